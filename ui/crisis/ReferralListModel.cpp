#include "ui/crisis/ReferralListModel.h"

#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisModels.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace cd::ui {

void ReferralListModel::setReferrals(QList<crisis::Referral> referrals,
                                     const QHash<qint64, students::StudentSummary> &students,
                                     const QHash<qint64, QString> &institutions,
                                     const QList<crisis::ReferralReminder> &reminders)
{
    beginResetModel();
    m_rows.clear();
    m_reminders.clear();
    QHash<qint64, QString> due;
    for (const crisis::ReferralReminder &r : reminders) {
        m_reminders.insert(r.referralId);
        due.insert(r.referralId, r.kind == crisis::ReferralReminder::SlipOverdue
                                     ? tr("Return slip overdue since %1").arg(crisisui::date(r.due))
                                     : tr("Follow-up due %1").arg(crisisui::date(r.due)));
    }
    for (crisis::Referral &r : referrals) {
        Row row;
        row.student = crisisui::studentLine(students, r.studentId);
        row.destination = institutions.value(r.institutionId);
        row.reminder = due.value(r.id);
        row.referral = std::move(r);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int ReferralListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ReferralListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows.at(index.row());
    const crisis::Referral &r = row.referral;
    if (role == crisisui::IdRole) return r.id;
    if (role == crisisui::StudentRole) return r.studentId;
    const int column = index.column();
    const bool due = !row.reminder.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Number: return r.number;
        case Student: return row.student;
        case Status: return crisis::referralStatusName(r.status);
        case Destination: return row.destination;
        case Due:
            if (due) return row.reminder;
            if (r.status == crisis::ReferralStatus::Given || r.status == crisis::ReferralStatus::Seen)
                return tr("Return slip due %1").arg(crisisui::date(r.slipDue));
            if (r.status == crisis::ReferralStatus::SlipReturned && r.followUpOn.isValid())
                return tr("Follow-up %1").arg(crisisui::date(r.followUpOn));
            return QString();
        default: return {};
        }
    }
    if (role == crisisui::SortRole) {
        if (column == Status) return int(r.status);
        if (column == Due) {
            if (r.status == crisis::ReferralStatus::SlipReturned && r.followUpOn.isValid()) return r.followUpOn;
            return r.slipDue.isValid() ? r.slipDue : QDate(9999, 1, 1);
        }
        if (column == Number) return r.createdAt;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && column == Due && due) return crisisui::overdueColour();
    if (role == Qt::FontRole && column == Due && due) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("Number");
    case Student: return tr("Student");
    case Status: return tr("Status");
    case Destination: return tr("Destination");
    case Due: return tr("Slip or follow-up");
    default: return {};
    }
}

}  // namespace cd::ui
