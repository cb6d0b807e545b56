#pragma once
// The pages of the SetupWizard.

#include "core/vault/Types.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace cd {
namespace ui {

class PassphraseField;
class SetupWizard;

class SchoolPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SchoolPage(QWidget *parent = nullptr);
    vault::SchoolProfile profile() const;
    bool isComplete() const override;

private:
    QLineEdit *m_name;
    QComboBox *m_type;
};

class LeadPage : public QWizardPage {
    Q_OBJECT
public:
    explicit LeadPage(QWidget *parent = nullptr);
    QString login() const;
    QString displayName() const;
    QString passphrase() const;
    bool isComplete() const override;
    void initializePage() override;

private:
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QLabel *m_loginProblem;
    PassphraseField *m_passphrase;
};

/// Creates the vault when shown; complete once it exists.
class CreatePage : public QWizardPage {
    Q_OBJECT
public:
    CreatePage(SetupWizard *wizard, SchoolPage *school, LeadPage *lead);
    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void creationFinished(bool ok);

private:
    SetupWizard *m_wizard;
    SchoolPage *m_school;
    LeadPage *m_lead;
    QLabel *m_status;
    QProgressBar *m_busy;
    bool m_running = false;
};

class RecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    RecoveryPage(SetupWizard *wizard, SchoolPage *school);
    void initializePage() override;
    bool isComplete() const override;
    void setCode(const QString &code) { m_code = code; }

private:
    void saveAsPdf();
    void print();

    SetupWizard *m_wizard;
    SchoolPage *m_school;
    QString m_code;
    QLabel *m_codeLabel;
    QLabel *m_saved;
    QCheckBox *m_kept;
};

}  // namespace ui
}  // namespace cd
