#pragma once
// Time off school (休学) and the return (复学) of one student: starting a time off (its first day,
// the reason, the referral it follows), then the return's papers as they arrive (the medical
// certificate, the guardian's application, the school's return assessment) and the return itself,
// which the core refuses until the papers are in and the assessment passed.

#include "core/crisis/Absences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// A date that may not have happened yet: a tick and a date.
class OptionalDate : public QWidget {
    Q_OBJECT
public:
    OptionalDate(const QString &tickText, QWidget *parent = nullptr);
    QDate date() const;
    void setDate(const QDate &date);
    QCheckBox *tick() const { return m_tick; }
    QDateEdit *edit() const { return m_edit; }

private:
    QCheckBox *m_tick;
    QDateEdit *m_edit;
};

class TimeOffDialog : public QDialog {
    Q_OBJECT
public:
    TimeOffDialog(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    /// Starts the time off, or saves the return's papers (and the return); false with the reason shown.
    bool save();
    bool isAway() const { return m_current.id != 0; }

private:
    vault::Vault &m_vault;
    qint64 m_studentId;
    crisis::Absence m_current;  ///< the time off in progress (id 0: the student is at school)
    QDateEdit *m_leaveFrom;
    QLineEdit *m_reason;
    QComboBox *m_referral;
    OptionalDate *m_certificate;
    OptionalDate *m_application;
    OptionalDate *m_assessmentOn;
    QPlainTextEdit *m_assessment;
    QCheckBox *m_passed;
    OptionalDate *m_returned;
};

}  // namespace cd::ui
