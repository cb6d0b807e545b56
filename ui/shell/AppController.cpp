#include "ui/shell/AppController.h"

#include "ui/backup/BackupDialog.h"
#include "ui/common/Async.h"
#include "ui/common/LockState.h"
#include "ui/common/WindowFit.h"
#include "ui/district/DistrictWindow.h"
#include "ui/preferences/PreferencesDialog.h"
#include "core/settings/Settings.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/MainWindow.h"
#include "ui/unlock/PassphraseDialog.h"
#include "ui/unlock/UnlockDialog.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
QString reasonCode(AppController::LockReason reason)
{
    switch (reason) {
    case AppController::LockReason::Manual: return u"manual"_s;
    case AppController::LockReason::Idle: return u"idle"_s;
    case AppController::LockReason::ScreenLocked: return u"screen"_s;
    case AppController::LockReason::Suspend: return u"suspend"_s;
    }
    return {};
}
}  // namespace

AppController::AppController(const QString &vaultDirectory, QObject *parent)
    : QObject(parent), m_directory(vaultDirectory), m_idle(new IdleWatcher(this))
{
    QApplication::setQuitOnLastWindowClosed(false);
    windowfit::install();  // every window opens inside its screen, where it was last time
    connect(m_idle, &IdleWatcher::idle, this, [this]() { lock(LockReason::Idle); });
    connect(m_idle, &IdleWatcher::screenLocked, this, [this]() { lock(LockReason::ScreenLocked); });
    connect(m_idle, &IdleWatcher::aboutToSuspend, this, [this]() { lock(LockReason::Suspend); });
    QApplication::instance()->installEventFilter(this);
}

void AppController::waitForBackgroundJobs()
{
    // A key derivation may be writing the vault on a worker thread: let it finish first.
    QElapsedTimer clock;
    clock.start();
    while (backgroundJobsRunning() > 0 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

AppController::~AppController()
{
    waitForBackgroundJobs();
    delete m_main;
    delete m_unlock;
    delete m_wizard;
    if (m_vault) m_vault->close(u"quit"_s);
}

void AppController::start()
{
    if (vault::Vault::exists(m_directory)) showUnlock(QString());
    else showWizard();
}

int AppController::idleIntervalMs() const
{
    if (m_testIdleMs > 0) return m_testIdleMs;
    const int minutes = qBound(settings::kMinIdleLockMinutes, settings::idleLockMinutes.value(),
                               settings::kMaxIdleLockMinutes);
    return minutes * 60 * 1000;
}

void AppController::setIdleIntervalForTesting(int milliseconds)
{
    m_testIdleMs = milliseconds;
    m_idle->setInterval(idleIntervalMs());
}

void AppController::showWizard()
{
    m_wizard = new SetupWizard(m_directory);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<vault::Vault> created = m_wizard ? m_wizard->takeVault() : nullptr;
        if (result == QDialog::Accepted && created) showMain(std::move(created));
        else quit();
    });
    connect(m_wizard, &SetupWizard::districtRequested, this, [this]() { showDistrict(m_wizard); });
    m_wizard->show();
}

void AppController::showUnlock(const QString &notice)
{
    m_unlock = new UnlockDialog(m_directory);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock->setNotice(notice);
    connect(m_unlock, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<vault::Vault> opened = m_unlock ? m_unlock->takeVault() : nullptr;
        if (result != QDialog::Accepted || !opened) {
            quit();
            return;
        }
        if (opened->mustSetPassphrase()) requireNewPassphrase(std::move(opened));
        else showMain(std::move(opened));
    });
    connect(m_unlock, &UnlockDialog::districtRequested, this, [this]() { showDistrict(m_unlock); });
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
    if (std::exchange(m_restoreAfterLock, false))
        QTimer::singleShot(0, m_unlock, [unlock = m_unlock]() {
            if (unlock) unlock->openRestore();
        });
    Q_EMIT unlockDialogShown();
}

void AppController::showDistrict(QWidget *startScreen)
{
    // The start screen steps aside for the bureau's window and comes back as it closes (before
    // it is gone, so that the application does not quit for want of a window).
    QPointer<QWidget> start(startScreen);
    if (start) start->hide();
    DistrictWindow *district = DistrictWindow::showWindow();
    connect(district, &DistrictWindow::closing, this, [start]() {
        if (!start) return;
        start->show();
        start->raise();
        start->activateWindow();
    });
}

void AppController::requireNewPassphrase(std::unique_ptr<vault::Vault> vault)
{
    m_vault = std::move(vault);
    auto *dialog = new PassphraseDialog(*m_vault, PassphraseDialog::Mode::AfterRecovery);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);  // a lock must find and close it
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (!m_vault) return;
        std::unique_ptr<vault::Vault> recovered = std::move(m_vault);
        if (result == QDialog::Accepted) {
            showMain(std::move(recovered));
            return;
        }
        recovered->close(u"recovery_cancelled"_s);
        showUnlock(tr("The vault was locked again: a new passphrase is needed after a recovery-code unlock."));
    });
    dialog->show();
}

void AppController::showMain(std::unique_ptr<vault::Vault> vault)
{
    m_vault = std::move(vault);
    m_kioskActive = false;
    m_main = new MainWindow(*m_vault);
    m_main->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_main, &MainWindow::lockRequested, this, [this]() { lock(LockReason::Manual); });
    connect(m_main, &MainWindow::quitRequested, this, &AppController::quit);
    // The kiosk is unattended between students and cannot be left without its PIN: the idle lock
    // waits until it closes (a screen lock or suspend still locks at once).
    connect(m_main, &MainWindow::kioskActive, this, [this](bool active) {
        m_kioskActive = active;
        if (active) m_idle->stop();
        else if (m_vault && !m_lockPending) m_idle->start();
    });
    connect(m_main, &MainWindow::restoreRequested, this, [this]() {
        m_restoreAfterLock = true;
        lock(LockReason::Manual);
    });
    connect(m_main, &MainWindow::preferencesRequested, this, [this]() {
        PreferencesDialog dialog(m_main);
        connect(&dialog, &PreferencesDialog::idleLockChanged, this,
                [this](int) { m_idle->setInterval(idleIntervalMs()); });
        dialog.exec();
    });
    m_main->show();
    m_main->raise();
    // The full integrity check, once every few days, right after an unlock.
    const int checkDays = settings::fullCheckDays.value();
    auto lastFull = m_vault->audit().latest(audit::action::Checked, u"full"_s);
    if (checkDays > 0 && lastFull
        && (!*lastFull || (*lastFull)->at.daysTo(QDateTime::currentDateTimeUtc()) >= checkDays))
        QTimer::singleShot(300, m_main, [main = m_main]() {
            if (main && !lockInProgress()) main->checkIntegrity(true);
        });
    m_main->activateWindow();
    m_idle->setInterval(idleIntervalMs());
    m_idle->start();
    Q_EMIT unlocked();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_vault && !m_lockPending && !m_kioskActive) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier) {
            lock(LockReason::Manual);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AppController::lock(LockReason reason)
{
    if (!m_vault || m_lockPending) return;
    m_lockPending = true;
    setLockInProgress(true);
    m_idle->stop();
    // Nothing of the data stays on screen: hide at once, close every dialog so nested event
    // loops unwind, then tear down once they have.
    if (m_main) m_main->hide();
    closeModalDialogs();
    QTimer::singleShot(0, this, [this, reason]() { finishLock(reason); });
}

void AppController::closeModalDialogs()
{
    for (int guard = 0; guard < 32; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) break;
        if (auto *dialog = qobject_cast<QDialog *>(modal)) dialog->reject();
        else modal->close();
        if (QApplication::activeModalWidget() == modal) modal->hide();
    }
}

void AppController::finishLock(LockReason reason)
{
    // Never close the vault under a key derivation on a worker thread, nor inside a nested loop.
    if (!m_vault) {  // already closed (e.g. the recovery dialog was rejected by the lock)
        m_lockPending = false;
        setLockInProgress(false);
        return;
    }
    if (backgroundJobsRunning() > 0 || QThread::currentThread()->loopLevel() > 1) {
        closeModalDialogs();  // one may have opened since (e.g. a finished check's result)
        QTimer::singleShot(50, this, [this, reason]() { finishLock(reason); });
        return;
    }
    delete m_main;
    if (m_vault) m_vault->close(reasonCode(reason));
    m_vault.reset();
    m_lockPending = false;
    setLockInProgress(false);
    Q_EMIT locked();
    QString notice;
    switch (reason) {
    case LockReason::Idle: notice = tr("The vault locked itself after a period without use."); break;
    case LockReason::ScreenLocked: notice = tr("The vault locked because the screen was locked."); break;
    case LockReason::Suspend: notice = tr("The vault locked because the computer went to sleep."); break;
    case LockReason::Manual: break;
    }
    showUnlock(notice);
}

void AppController::quit()
{
    m_idle->stop();
    waitForBackgroundJobs();
    if (m_vault && m_main && settings::backupOnExit.value() && !settings::backupDirectory.value().isEmpty()) {
        BackupDialog backup(*m_vault, BackupDialog::Mode::OnExit, m_main);
        backup.exec();  // closes itself once verified; a failure stays on screen until dismissed
        waitForBackgroundJobs();
    }
    if (m_main) m_main->hide();  // remembers where it was
    delete m_main;
    if (m_vault) m_vault->close(u"quit"_s);
    m_vault.reset();
    Q_EMIT quitRequested();
    QCoreApplication::quit();
}

}  // namespace ui
}  // namespace cd
