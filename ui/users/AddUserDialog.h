#pragma once
// The room lead adds a colleague: user name, full name, role and a first passphrase.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class PassphraseField;

class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(vault::Vault &vault, QWidget *parent = nullptr);
    void accept() override;
    QString addedLogin() const { return m_added; }

Q_SIGNALS:
    void attemptFinished(bool ok);

private:
    void updateButtons();
    void setBusy(bool busy);

    vault::Vault &m_vault;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    PassphraseField *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_working = false;
    QString m_added;
};

}  // namespace ui
}  // namespace cd
