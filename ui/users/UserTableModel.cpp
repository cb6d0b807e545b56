#include "ui/users/UserTableModel.h"
#include "ui/common/Dates.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace cd {
namespace ui {

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<vault::UserInfo> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const vault::UserInfo *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const vault::UserInfo &u = m_users[index.row()];
    if (role == UserRole) return u.login;
    if (role == Qt::ForegroundRole && !u.active) return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Login: return u.login;
    case DisplayName: return u.displayName;
    case Role: return vault::roleName(u.role);
    case Status: return u.active ? tr("Active") : tr("Disabled");
    case Created:
        if (role == Qt::EditRole) return u.createdAt;  // sorts by time
        return dates::dateTime(u.createdAt);
    default: return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Login: return tr("User name");
    case DisplayName: return tr("Full name");
    case Role: return tr("Role");
    case Status: return tr("Status");
    case Created: return tr("Created");
    default: return {};
    }
}

}  // namespace ui
}  // namespace cd
