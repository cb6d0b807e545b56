#pragma once
// Schedules (or cancels) the interview of a screening follow-up: a date and time.

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;

namespace cd {
namespace ui {

class InterviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `current`: the time already scheduled, or invalid.
    InterviewDialog(const QString &studentName, const QDateTime &current, QWidget *parent = nullptr);
    /// The chosen time (local), or an invalid QDateTime to cancel the interview.
    QDateTime interviewAt() const;

private:
    QDateTimeEdit *m_at;
    QCheckBox *m_none;
};

}  // namespace ui
}  // namespace cd
