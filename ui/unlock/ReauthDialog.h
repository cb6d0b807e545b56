#pragma once
// Asks the signed-in user for their passphrase again before sensitive work (managing users and
// keys; later exports and printed letters). The check derives a key, off the UI thread.

#include <QDateTime>
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

class ReauthDialog : public QDialog {
    Q_OBJECT
public:
    ReauthDialog(vault::Vault &vault, const QString &purpose, QWidget *parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void attemptFinished(bool ok);

private:
    vault::Vault &m_vault;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_working = false;
};

/// Remembers a successful re-authentication for a few minutes, so a room lead adding three
/// colleagues types the passphrase once.
class ReauthGate {
public:
    explicit ReauthGate(vault::Vault &vault) : m_vault(vault) {}
    /// True when confirmed recently, or when the user confirms now.
    bool confirm(QWidget *parent, const QString &purpose);
    static constexpr int kGraceSeconds = 300;

private:
    vault::Vault &m_vault;
    QDateTime m_confirmedAt;
};

}  // namespace ui
}  // namespace cd
