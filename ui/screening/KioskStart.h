#pragma once
// Starting the student kiosk for a run: a dialog explains what the kiosk does and asks the
// counselor for a PIN twice (4 to 8 digits), then the kiosk takes the whole screen.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class KioskWindow;

class KioskStartDialog : public QDialog {
    Q_OBJECT
public:
    /// `runName`: shown in the explanation.
    explicit KioskStartDialog(const QString &runName, QWidget *parent = nullptr);
    /// The PIN, once accepted (4 to 8 digits, typed the same twice).
    QString pin() const;
    void accept() override;

private:
    void updateButton();

    QLineEdit *m_pin;
    QLineEdit *m_again;
    QLabel *m_problem;
    QPushButton *m_ok;
};

/// Asks for the PIN and opens the kiosk on `runId` full screen (deleted when it closes). The run
/// must be open; otherwise says so. Returns the kiosk, or nullptr when none was started.
KioskWindow *startKiosk(QWidget *parent, vault::Vault &vault, qint64 runId);

}  // namespace ui
}  // namespace cd
