#include "ui/crisis/OpenEventsModel.h"

#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisModels.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace cd::ui {

void OpenEventsModel::setEvents(QList<crisis::CrisisEvent> events, QHash<qint64, students::StudentSummary> students,
                                crisis::RiskLabels labels, QList<crisis::StepLimit> limits, const QDateTime &now)
{
    beginResetModel();
    m_labels = std::move(labels);
    m_rows.clear();
    for (crisis::CrisisEvent &e : events) {
        Row row;
        row.student = crisisui::studentLine(students, e.studentId);
        for (crisis::CrisisStep step : crisis::crisisSteps()) {
            if (e.step(step)) continue;
            int minutes = 0;
            for (const crisis::StepLimit &limit : limits)
                if (limit.step == step) minutes = limit.minutes;
            if (minutes <= 0) continue;
            row.due = e.occurredAt.addSecs(qint64(minutes) * 60);
            row.overdue = row.due < now;
            row.next = row.overdue ? tr("%1: overdue since %2").arg(crisis::stepName(step), crisisui::dateTime(row.due))
                                   : tr("%1: due by %2").arg(crisis::stepName(step), crisisui::dateTime(row.due));
            break;
        }
        row.event = std::move(e);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int OpenEventsModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.overdue; }));
}

int OpenEventsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int OpenEventsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OpenEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows.at(index.row());
    const crisis::CrisisEvent &e = row.event;
    if (role == crisisui::IdRole) return e.id;
    if (role == crisisui::StudentRole) return e.studentId;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Student: return row.student;
        case Level: return m_labels.label(e.level);
        case Kind: return crisis::kindName(e.kind);
        case When: return crisisui::dateTime(e.occurredAt);
        case NextStep:
            if (role == Qt::ToolTipRole && row.overdue) return tr("Past the school's time limit: %1").arg(row.next);
            return row.next.isEmpty() ? tr("every timed step recorded") : row.next;
        default: return {};
        }
    }
    if (role == crisisui::SortRole) {
        switch (column) {
        case Level: return crisis::severity(e.level);
        case When: return e.occurredAt;
        case NextStep: return row.due.isValid() ? row.due : QDateTime(QDate(9999, 1, 1), QTime());
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (column == Level) return crisisui::levelColour(m_labels, e.level);
        if (column == NextStep && row.overdue) return crisisui::overdueColour();
    }
    if (role == Qt::FontRole && (column == Level || (column == NextStep && row.overdue))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant OpenEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Student: return tr("Student");
    case Level: return tr("Level");
    case Kind: return tr("Kind");
    case When: return tr("When");
    case NextStep: return tr("Next step");
    default: return {};
    }
}

}  // namespace cd::ui
