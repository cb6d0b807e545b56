#pragma once
// Writes or edits one counseling session: date, length, kind, the structured note (presenting
// issue, observations, intervention, plan), a risk rating, the next appointment, and the
// counselor's private note, which only its author can ever read. The editors keep their undo.
// While the counselor writes, a draft is kept in the vault (a couple of seconds after the last
// change, and whenever the editor closes without saving, including a lock), and offered again the
// next time they open the same session or start a new one on the case.

#include "core/cases/CaseRepository.h"
#include "core/cases/DraftStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTimer;
class QDateEdit;
class QCheckBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QPushButton;
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
    /// Closing without saving (Close, Escape, a lock) keeps what was typed as a draft.
    void done(int result) override;
    /// Writes the draft now if anything changed since the last draft or save.
    bool saveDraft();
    /// Discards the draft and the unsaved changes after confirmation, and closes.
    void discardDraft();
    /// Whether the editor opened on a draft (and restored it).
    bool restoredDraft() const { return m_restoredDraft; }
    /// Moves the private note into the session record after confirmation (audited).
    void sharePrivateNote();
    qint64 savedId() const { return m_session.id; }
    QPlainTextEdit *field(const QString &objectName) const;

private:
    /// Shows a booked appointment, or none (the field then offers a week from now).
    void setNextAppointment(const QDateTime &at);
    cases::Session entered() const;
    void restore(const cases::SessionDraft &draft);
    void markChanged();

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
    QCheckBox *m_hasNext;
    QPlainTextEdit *m_private;
    QLabel *m_draftStatus;
    QPushButton *m_discard;
    QTimer *m_draftTimer;
    bool m_changed = false;       ///< typed since the last draft or save
    bool m_hasDraft = false;      ///< a draft of this session is in the vault
    bool m_restoredDraft = false;
    bool m_discarding = false;
};

}  // namespace ui
}  // namespace cd
