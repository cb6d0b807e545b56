#pragma once
// The vault's users as a table: login, full name, role, status, created.

#include "core/vault/Types.h"

#include <QAbstractTableModel>
#include <QList>

namespace cd {
namespace ui {

class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, DisplayName, Role, Status, Created, ColumnCount };
    static constexpr int UserRole = Qt::UserRole + 1;  ///< the row's login

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<vault::UserInfo> &users);
    const vault::UserInfo *userAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<vault::UserInfo> m_users;
};

}  // namespace ui
}  // namespace cd
