#pragma once
// The small dialogs of a crisis event: recording a step of the procedure (time, person, note),
// recording who was told (time, recipient, person, method, the directory's institution when an
// institution was told, a break of confidentiality with its reason, their response), and a note
// (closing an event or a referral).

#include "core/crisis/CrisisEvents.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StepDialog : public QDialog {
    Q_OBJECT
public:
    /// `step`: the step chosen first; `eventTime`: no step is earlier.
    StepDialog(crisis::CrisisStep step, const QDateTime &eventTime, const QString &person, QWidget *parent = nullptr);
    crisis::CrisisStep step() const;
    QDateTime doneAt() const;
    QString person() const;
    QString note() const;

private:
    QComboBox *m_step;
    QDateTimeEdit *m_at;
    QLineEdit *m_person;
    QPlainTextEdit *m_note;
};

class NotificationDialog : public QDialog {
    Q_OBJECT
public:
    NotificationDialog(vault::Vault &vault, const QDateTime &eventTime, QWidget *parent = nullptr);
    crisis::Notification notification() const;

private:
    void update();

    QDateTimeEdit *m_at;
    QComboBox *m_recipient;
    QLineEdit *m_person;
    QComboBox *m_method;
    QComboBox *m_institution;
    QCheckBox *m_breach;
    QLineEdit *m_reason;
    QPlainTextEdit *m_response;
    QPushButton *m_ok = nullptr;
};

/// A required note, e.g. why an event can be closed.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString &title, const QString &prompt, const QString &acceptText, QWidget *parent = nullptr);
    QString note() const;

private:
    QPlainTextEdit *m_note;
};

}  // namespace cd::ui
