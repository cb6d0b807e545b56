#pragma once
// The life of the GUI: first-run wizard or unlock dialog, then the main window of the unlocked
// vault; locking (Ctrl+L, idle, screen lock, suspend) destroys the window, closes the vault and
// wipes its key, and shows the unlock dialog again.

#include "ui/setup/SetupWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/unlock/UnlockDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace cd {
namespace ui {

class IdleWatcher;

class AppController : public QObject {
    Q_OBJECT
public:
    enum class LockReason { Manual, Idle, ScreenLocked, Suspend };

    explicit AppController(const QString &vaultDirectory, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the wizard (no vault yet) or the unlock dialog.
    void start();
    void lock(LockReason reason);

    // For tests and the start-up probe.
    MainWindow *mainWindow() const { return m_main; }
    UnlockDialog *unlockDialog() const { return m_unlock; }
    SetupWizard *setupWizard() const { return m_wizard; }
    vault::Vault *vault() const { return m_vault.get(); }
    IdleWatcher *idleWatcher() const { return m_idle; }
    /// Tests: idle time in milliseconds instead of the minutes setting.
    void setIdleIntervalForTesting(int milliseconds);

Q_SIGNALS:
    void unlocked();
    void locked();
    void unlockDialogShown();
    void quitRequested();

protected:
    /// Ctrl+L locks from every window and dialog (the menu's shortcut only reaches the main window
    /// while no modal dialog is open), except from the student kiosk.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWizard();
    void showUnlock(const QString &notice);
    void showMain(std::unique_ptr<vault::Vault> vault);
    /// The District window in place of `startScreen` (the wizard or the sign-in window).
    void showDistrict(QWidget *startScreen);
    void finishLock(LockReason reason);
    void requireNewPassphrase(std::unique_ptr<vault::Vault> vault);
    void quit();
    void closeModalDialogs();
    void waitForBackgroundJobs();
    int idleIntervalMs() const;

    QString m_directory;
    std::unique_ptr<vault::Vault> m_vault;
    QPointer<MainWindow> m_main;
    QPointer<UnlockDialog> m_unlock;
    QPointer<SetupWizard> m_wizard;
    IdleWatcher *m_idle;
    int m_testIdleMs = 0;
    bool m_lockPending = false;
    bool m_kioskActive = false;
    bool m_restoreAfterLock = false;  ///< open the restore dialog once the sign-in window shows
};

}  // namespace ui
}  // namespace cd
