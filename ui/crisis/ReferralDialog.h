#pragma once
// A referral for a student (from a crisis event or a case): the destination from the directory,
// the observed reason (no diagnosis: the school advises a visit, Mental Health Law art. 23), how
// long it has lasted, urgency, the questions for the doctor, what the letter discloses (item by
// item; private notes never), the guardian's consent; and its course: given to the guardian, seen,
// the return slip entered, closed. Errors from the core show in the dialog; nothing typed is lost.

#include "core/crisis/PrintedDocuments.h"
#include "core/crisis/Referrals.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// What a new referral starts from.
struct NewReferral {
    qint64 studentId = 0;
    qint64 eventId = 0;  ///< the crisis event it comes from, or 0
};

class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    /// Edits referral `referralId`.
    ReferralDialog(vault::Vault &vault, qint64 referralId, QWidget *parent = nullptr);
    /// Drafts a new referral for the student.
    ReferralDialog(vault::Vault &vault, const NewReferral &start, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    qint64 referralId() const { return m_referral.id; }
    const crisis::Referral &referral() const { return m_referral; }
    /// The referral as filled in.
    crisis::Referral edited() const;

    /// Saves the text (creating the referral the first time); false with the message shown.
    bool save();
    void markGiven();
    void markSeen();
    void enterSlip();
    void closeReferral();
    /// Saves pending edits, then previews and prints one of the referral's documents.
    void printDocument(crisis::DocumentKind kind);
    /// True when the fields differ from the referral as saved.
    bool hasUnsavedEdits() const;

private:
    void build();
    void fill();
    void fillDestinations(qint64 selectId);
    void updateState();
    bool reload();
    void showError(const QString &message);

    vault::Vault &m_vault;
    crisis::Referral m_referral;
    bool m_loaded = false;
    QString m_student;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_header = nullptr;
    QComboBox *m_destination = nullptr;
    QPushButton *m_addDestination = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_duration = nullptr;
    QComboBox *m_urgency = nullptr;
    QPlainTextEdit *m_questions = nullptr;
    std::map<crisis::Disclosure, QCheckBox *> m_disclose;
    QPlainTextEdit *m_screeningText = nullptr;
    QPlainTextEdit *m_sessionText = nullptr;
    QLineEdit *m_guardian = nullptr;
    QLineEdit *m_relation = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_consentGiven = nullptr;
    QDateTimeEdit *m_consentAt = nullptr;
    QComboBox *m_consentMethod = nullptr;
    QLabel *m_course = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_given = nullptr;
    QPushButton *m_seen = nullptr;
    QPushButton *m_slip = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_print = nullptr;
};

}  // namespace cd::ui
