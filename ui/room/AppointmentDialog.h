#pragma once
// Books or changes an appointment (预约): who asked (a student, a teacher or a parent), the student
// concerned, the counselor, when and how long, and why. What the time clashes with shows as it is
// chosen; a clash with the counselor's own appointment cannot be saved, the others (outside the
// room's open hours, a lesson, a group session) are booked after a clear warning.

#include "core/room/Appointments.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StudentPicker;

class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    /// `appointment.id` 0: a new one (its time and counselor as given).
    AppointmentDialog(vault::Vault &vault, const room::Appointment &appointment, QWidget *parent = nullptr);
    /// The appointment as filled in so far.
    room::Appointment appointment() const;
    /// The saved appointment's id (after Save), else 0.
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    void updateConflicts();

    vault::Vault &m_vault;
    room::Appointment m_original;
    QComboBox *m_requester;
    StudentPicker *m_student;
    QLineEdit *m_requesterName;
    QComboBox *m_counselor;
    QDateTimeEdit *m_when;
    QSpinBox *m_minutes;
    QPlainTextEdit *m_reason;
    QLabel *m_conflicts;
    qint64 m_saved = 0;
};

}  // namespace cd::ui
