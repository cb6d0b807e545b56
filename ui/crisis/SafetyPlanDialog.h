#pragma once
// The student's safety plan on the six steps of the Stanley–Brown plan adapted for a school,
// written with the student in their own words. Saving makes a new version; earlier versions can
// be read (not changed) from the version list. Printing (one page for the student and the
// guardian) goes through the document preview, which asks for the passphrase and keeps the text.

#include "core/crisis/SafetyPlans.h"

#include <QDialog>
#include <QList>

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

class SafetyPlanDialog : public QDialog {
    Q_OBJECT
public:
    /// The student's plan (the newest version, or a new one with step 5 filled with the hotlines);
    /// `eventId`: the crisis event a new version is made after, or 0.
    SafetyPlanDialog(vault::Vault &vault, qint64 studentId, qint64 eventId, QWidget *parent = nullptr);

    crisis::SafetyPlanContent content() const;
    void setContent(const crisis::SafetyPlanContent &content);
    /// Saves a new version; false with the reason shown (nothing saved).
    bool save();
    /// The version shown (0 before the first save).
    int shownVersion() const { return m_shown.version; }
    bool isModified() const { return m_modified; }

public Q_SLOTS:
    void reject() override;

private:
    void loadVersions();
    void showVersion(int index);
    void appendFromDirectory();
    void print();
    void setEditable(bool editable);

    vault::Vault &m_vault;
    qint64 m_studentId;
    qint64 m_eventId;
    QList<crisis::SafetyPlan> m_versions;
    crisis::SafetyPlan m_shown;
    QLabel *m_title;
    QComboBox *m_versionBox;
    QPlainTextEdit *m_steps[6];
    QLineEdit *m_reason;
    QLineEdit *m_guardian;
    QCheckBox *m_signed;
    QDateEdit *m_review;
    QPushButton *m_fromDirectory;
    QPushButton *m_save;
    QPushButton *m_print;
    bool m_modified = false;
};

}  // namespace cd::ui
