#pragma once
// Unlocks the vault: user name and passphrase, or (forgotten passphrase) user name and the
// recovery code. Key derivation runs off the UI thread behind a busy indicator.

#include "core/vault/Vault.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cd {
namespace ui {

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &vaultDirectory, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    /// The unlocked vault after accept().
    std::unique_ptr<vault::Vault> takeVault();
    bool recoveryMode() const { return m_recovery; }
    void setRecoveryMode(bool recovery);
    /// A one-line note above the form, e.g. "Locked after 5 minutes without use."
    void setNotice(const QString &notice);

    /// Restore from a backup (a damaged vault, a new computer, an accident): the restore dialog.
    void openRestore();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// "District packages…": the education bureau's District window, which needs no vault.
    void districtRequested();
    /// Emitted when an unlock attempt ends (for tests and the start-up probe).
    void attemptFinished(bool unlocked);

private:
    void setBusy(bool busy);
    /// Names the school whose records this vault holds (its label beside the vault), if known.
    void showSchool();
    void updateButtons();

    QString m_directory;
    QLabel *m_notice;
    QLabel *m_school;
    QLabel *m_heading;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_toggleRecovery;
    QPushButton *m_restore;
    QPushButton *m_district;
    QDialogButtonBox *m_buttons;
    bool m_recovery = false;
    bool m_working = false;
    std::unique_ptr<vault::Vault> m_vault;
};

}  // namespace ui
}  // namespace cd
