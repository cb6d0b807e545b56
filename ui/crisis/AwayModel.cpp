#include "ui/crisis/AwayModel.h"

#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisModels.h"

using namespace Qt::StringLiterals;

namespace cd::ui {

void AwayModel::setAbsences(QList<crisis::Absence> absences, const QHash<qint64, students::StudentSummary> &students)
{
    beginResetModel();
    m_rows.clear();
    for (crisis::Absence &a : absences) {
        QString student = crisisui::studentLine(students, a.studentId);
        m_rows.append({std::move(a), std::move(student)});
    }
    endResetModel();
}

int AwayModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int AwayModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AwayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows.at(index.row());
    const crisis::Absence &a = row.absence;
    if (role == crisisui::IdRole || role == crisisui::StudentRole) return a.studentId;
    if (role == crisisui::SortRole && index.column() == Since) return a.leaveFrom;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != crisisui::SortRole) return {};
    switch (index.column()) {
    case Student: return row.student;
    case Since: return crisisui::date(a.leaveFrom);
    case Reason: return a.reason;
    case Return: {
        QStringList done;
        if (a.certificateOn.isValid()) done << tr("certificate %1").arg(crisisui::date(a.certificateOn));
        if (a.applicationOn.isValid()) done << tr("application %1").arg(crisisui::date(a.applicationOn));
        if (a.assessmentOn.isValid())
            done << (a.assessmentPassed ? tr("assessment passed %1").arg(crisisui::date(a.assessmentOn))
                                        : tr("assessment %1, not passed").arg(crisisui::date(a.assessmentOn)));
        return done.isEmpty() ? tr("nothing received yet") : done.join(u", "_s);
    }
    default: return {};
    }
}

QVariant AwayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Student: return tr("Student");
    case Since: return tr("Away since");
    case Reason: return tr("Reason");
    case Return: return tr("Return paperwork");
    default: return {};
    }
}

}  // namespace cd::ui
