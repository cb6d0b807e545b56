#pragma once
// Sets a passphrase on a key slot: one's own (change, or after a recovery-code unlock), or, for
// the room lead, a colleague's (reset with the recovery code, or on reactivation). The slow key
// derivation runs off the UI thread.

#include <QDialog>

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

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        ChangeOwn,      ///< current passphrase, then the new one
        AfterRecovery,  ///< unlocked with the recovery code: a new passphrase is required
        ResetOther,     ///< room lead: recovery code, then the colleague's new passphrase
        Reactivate,     ///< room lead: a disabled colleague's new passphrase
    };

    PassphraseDialog(vault::Vault &vault, Mode mode, const QString &targetLogin = {}, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void attemptFinished(bool ok);

private:
    void setBusy(bool busy);
    void updateButtons();

    vault::Vault &m_vault;
    Mode m_mode;
    QString m_target;
    QLineEdit *m_proof = nullptr;  ///< current passphrase or recovery code, when the mode asks for one
    PassphraseField *m_field;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_working = false;
};

}  // namespace ui
}  // namespace cd
