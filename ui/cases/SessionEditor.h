#pragma once
// Writes or edits one counseling session: date, length, kind, the structured note (presenting
// issue, observations, intervention, plan), a risk rating, the next appointment, and the
// counselor's private note, which only its author can ever read. The editors keep their undo.

#include "cases/Cases.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class SessionEditor : public QDialog {
    Q_OBJECT
public:
    SessionEditor(vault::Vault &vault, const cases::Session &session, QWidget *parent = nullptr);
    /// Validates and writes the session (and the private note) in one go.
    bool save();
    void accept() override;
    /// Moves the private note into the session record after confirmation (audited).
    void sharePrivateNote();
    qint64 savedId() const { return m_session.id; }
    QPlainTextEdit *field(const QString &objectName) const;

private:
    vault::Vault &m_vault;
    cases::Session m_session;
    QDateEdit *m_date;
    QSpinBox *m_minutes;
    QComboBox *m_kind;
    QPlainTextEdit *m_presenting;
    QPlainTextEdit *m_observations;
    QPlainTextEdit *m_intervention;
    QPlainTextEdit *m_plan;
    QComboBox *m_risk;
    QDateTimeEdit *m_next;
    QPlainTextEdit *m_private;
};

}  // namespace ui
}  // namespace cd
