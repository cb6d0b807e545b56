#pragma once
// Every referral, one row each: number, student, status, destination, and the return slip's due
// date or the follow-up date, red when a reminder is due (Referrals::reminders).

#include "core/crisis/Directory.h"
#include "core/crisis/Referrals.h"
#include "core/students/StudentRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace cd::ui {

class ReferralListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Student, Status, Due, Destination, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReferrals(QList<crisis::Referral> referrals, const QHash<qint64, students::StudentSummary> &students,
                      const QHash<qint64, QString> &institutions, const QList<crisis::ReferralReminder> &reminders);
    int reminderCount() const { return int(m_reminders.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        crisis::Referral referral;
        QString student;
        QString destination;
        QString reminder;  ///< what is due, or empty
    };
    QList<Row> m_rows;
    QSet<qint64> m_reminders;
};

}  // namespace cd::ui
