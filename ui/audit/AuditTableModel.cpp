#include "ui/audit/AuditTableModel.h"
#include "ui/common/Dates.h"

#include "core/registry/AuditActions.h"
#include "core/registry/AuditDetail.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {
namespace ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<audit::Entry> &entries, const registry::AuditSubjects &subjects)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const audit::Entry &e : entries) {
        Row row{e, subjects.actor(e.actor), registry::auditActionLabel(e.action), {}, registry::auditDetailText(e.detail), {}};
        const registry::AuditSubject subject = subjects.subject(e);
        row.subject = subject.text;
        row.search = QStringList{row.actor, row.action, row.subject, row.detail, subject.searchKey, e.action,
                                 e.target, e.detail}
                         .join(u'\n');
        m_rows << row;
    }
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows[index.row()];
    const audit::Entry &e = row.entry;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SearchRole) return row.search;
    if (role == Qt::ToolTipRole && index.column() == Detail && !e.detail.isEmpty()) return e.detail;  // as stored
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Seq: return e.seq;
    case Time:
        if (role == Qt::EditRole) return e.at;
        return dates::dateTimeSeconds(e.at);
    case Actor: return row.actor;
    case Action: return row.action;
    case Target: return row.subject;
    case Detail: return row.detail;
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
