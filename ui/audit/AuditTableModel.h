#pragma once
// Audit log rows as a table, newest first, in words: action labels from the registry
// (core/registry/AuditActions.h), users and subjects by name (core/registry/AuditSubjects.h,
// resolved when shown, held in memory only), details translated (core/registry/AuditDetail.h).
// SearchRole on any column is the text a search matches: everything shown plus a student's pinyin.

#include "core/audit/AuditLog.h"
#include "core/registry/AuditSubjects.h"

#include <QAbstractTableModel>

namespace cd {
namespace ui {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Target, Detail, ColumnCount };
    static constexpr int SearchRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);
    /// The rows, with their users and subjects named by `subjects` (resolved for these rows).
    void setEntries(const QList<audit::Entry> &entries, const registry::AuditSubjects &subjects);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        audit::Entry entry;
        QString actor, action, subject, detail, search;
    };
    QList<Row> m_rows;
};

}  // namespace ui
}  // namespace cd
