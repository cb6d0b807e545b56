#pragma once
// Audit log rows as a table, newest first, with the stored action codes shown in words
// (their labels come from the registry: core/registry/AuditActions.h).

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

namespace cd {
namespace ui {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Target, Detail, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    void setEntries(const QList<audit::Entry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<audit::Entry> m_entries;
};

}  // namespace ui
}  // namespace cd
