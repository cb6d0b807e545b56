#include "ui/audit/AuditTableModel.h"
#include "ui/common/Dates.h"

#include "core/registry/AuditActions.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {
namespace ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<audit::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const audit::Entry &e = m_entries[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Seq: return e.seq;
    case Time:
        if (role == Qt::EditRole) return e.at;
        return dates::dateTimeSeconds(e.at);
    case Actor: return e.actor;
    case Action: return registry::auditActionLabel(e.action);
    case Target: return e.target;
    case Detail: return e.detail;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case Actor: return tr("User");
    case Action: return tr("Action");
    case Target: return tr("Subject");
    case Detail: return tr("Detail");
    default: return {};
    }
}

}  // namespace ui
}  // namespace cd
