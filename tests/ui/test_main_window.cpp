#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"
#include "screening/KioskStart.h"
#include "screening/KioskWindow.h"
#include "screening/ScreeningPage.h"
#include "shell/AppController.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"
#include "unlock/UnlockDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <functional>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// A controller with the vault unlocked as the lead.
struct Unlocked {
    TempVault tv;
    ui::AppController controller{tv.dir()};

    Unlocked()
    {
        controller.start();
        ui::UnlockDialog *dialog = controller.unlockDialog();
        REQUIRE(dialog != nullptr);
        typeInto(child<QLineEdit>(dialog, u"userName"_s), kLeadLogin);
        typeInto(child<QLineEdit>(dialog, u"secret"_s), kLeadPassphrase);
        dialog->accept();
        REQUIRE(waitUntil([&]() { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    }

    void expectLockedScreen()
    {
        REQUIRE(waitUntil([&]() { return controller.vault() == nullptr && controller.unlockDialog(); }));
        CHECK(controller.mainWindow() == nullptr);
        CHECK(topLevel<ui::MainWindow>() == nullptr);
        // Nothing of the vault stays on screen but the school's name, in the sign-in window alone.
        CHECK_FALSE(anyVisibleWindowShows(u"Lead Counselor"_s));
        CHECK(child<QLabel>(controller.unlockDialog(), u"unlockSchool"_s)->text() == u"Synthetic Test School"_s);
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window != controller.unlockDialog() && window->isVisible())
                CHECK_FALSE(window->windowTitle().contains(u"Synthetic Test School"_s));
        CHECK(controller.unlockDialog()->isVisible());
    }
};

/// A student and an open run, and a kiosk started on it from the screening page with PIN 2468
/// (`beforeStart` runs just before, once the data is in).
void startTestKiosk(Unlocked &app, const std::function<void()> &beforeStart = {})
{
    vault::Vault &vault = *app.controller.vault();
    addTestStudent(vault, u"K1"_s, u"李小明"_s);
    const qint64 run = createTestRun(vault, u"Kiosk run"_s, {7}, {u"PHQ-9"_s});
    auto *page = child<ui::ScreeningPage>(app.controller.mainWindow(), u"screeningPage"_s);
    page->reload();
    page->selectRun(run);
    if (beforeStart) beforeStart();
    whenShown<ui::KioskStartDialog>([](ui::KioskStartDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"kioskStartPin"_s), u"2468"_s);
        typeInto(child<QLineEdit>(dialog, u"kioskStartPinAgain"_s), u"2468"_s);
        child<QPushButton>(dialog, u"kioskStartOk"_s)->click();
    });
    page->startKioskMode();
}

}  // namespace

TEST_CASE("ui: the main window names the school and the signed-in user", "[ui][shell]")
{
    Unlocked app;
    ui::MainWindow *main = app.controller.mainWindow();
    CHECK(main->windowTitle().contains(u"Synthetic Test School"_s));
    CHECK(child<QLabel>(main, u"signedInLabel"_s)->text().contains(u"Lead Counselor"_s));
    CHECK(main->showPage(u"usersPage"_s));
    CHECK(main->currentPage() == u"usersPage"_s);
    CHECK(main->showPage(u"auditPage"_s));
    CHECK_FALSE(main->showPage(u"noSuchPage"_s));
}

TEST_CASE("ui: Ctrl+L locks: the key is wiped, the window gone, the unlock dialog back", "[ui][lock]")
{
    Unlocked app;
    QSignalSpy locked(&app.controller, &ui::AppController::locked);
    auto *lock = child<QAction>(app.controller.mainWindow(), u"actionLock"_s);
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->trigger();
    app.expectLockedScreen();
    CHECK(locked.count() == 1);
    // The lock was audited and the vault opens again.
    auto vault = app.tv.open();
    auto rows = vault->audit().recent(3);
    REQUIRE(rows.ok());
    bool sawManualLock = false;
    for (const auto &e : *rows)
        sawManualLock |= e.action == QLatin1String(audit::action::Locked) && e.detail == u"manual"_s;
    CHECK(sawManualLock);
}

TEST_CASE("ui: the vault locks itself after the idle time, even under an open dialog", "[ui][lock][idle]")
{
    Unlocked app;
    // Open a modal dialog over the main window, as a counselor might before walking away.
    ui::PreferencesDialog *prefs = nullptr;
    whenShown<ui::PreferencesDialog>([&](ui::PreferencesDialog *dialog) {
        prefs = dialog;
        app.controller.setIdleIntervalForTesting(300);
        app.controller.idleWatcher()->start();
    });
    child<QAction>(app.controller.mainWindow(), u"actionPreferences"_s)->trigger();  // returns when the lock closes it
    CHECK(prefs != nullptr);
    app.expectLockedScreen();
    CHECK(child<QLabel>(app.controller.unlockDialog(), u"unlockNotice"_s)->text().contains(u"without use"_s));
}

TEST_CASE("ui: input keeps the vault open, the screen locking locks it", "[ui][lock][idle]")
{
    Unlocked app;
    app.controller.setIdleIntervalForTesting(400);
    app.controller.idleWatcher()->start();
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(150);
        QTest::mouseMove(app.controller.mainWindow(), QPoint(10 + i, 10));
        QKeyEvent shift(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(app.controller.mainWindow(), &shift);
    }
    CHECK(app.controller.vault() != nullptr);
    Q_EMIT app.controller.idleWatcher()->screenLocked();
    app.expectLockedScreen();
}

TEST_CASE("ui: preferences change the idle time and the language setting", "[ui][settings]")
{
    Unlocked app;
    settings::idleLockMinutes.reset();
    settings::language.reset();
    ui::PreferencesDialog dialog(app.controller.mainWindow());
    QSignalSpy changed(&dialog, &ui::PreferencesDialog::idleLockChanged);
    child<QSpinBox>(&dialog, u"idleSpin"_s)->setValue(15);
    auto *language = child<QComboBox>(&dialog, u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    ui::MessageBoxes::setNextAnswer(true);  // the "next start" notice
    dialog.accept();
    CHECK(settings::idleLockMinutes.value() == 15);
    CHECK(settings::language.value() == u"zh_CN"_s);
    CHECK(changed.count() == 1);
    settings::idleLockMinutes.reset();
    settings::language.reset();
}

TEST_CASE("ui: a student kiosk pauses the idle lock until it is left with its PIN", "[ui][lock][idle][kiosk]")
{
    Unlocked app;
    startTestKiosk(app, [&app]() {
        app.controller.setIdleIntervalForTesting(300);
        app.controller.idleWatcher()->start();
    });
    auto *kiosk = topLevel<ui::KioskWindow>();
    REQUIRE(kiosk != nullptr);
    CHECK_FALSE(app.controller.idleWatcher()->isActive());
    CHECK_FALSE(app.controller.mainWindow()->centralWidget()->isVisible());  // nothing of the vault behind it
    CHECK_FALSE(app.controller.mainWindow()->menuBar()->isVisible());
    // The app's shortcuts do not reach past the kiosk.
    for (const QKeySequence &keys : {QKeySequence(u"Ctrl+L"_s), QKeySequence(u"Ctrl+Q"_s), QKeySequence(u"F1"_s)})
        QTest::keySequence(kiosk, keys);
    QTest::qWait(900);  // three idle intervals with nobody at the kiosk
    CHECK(kiosk->isVisible());
    CHECK(app.controller.vault() != nullptr);
    CHECK(kiosk->tryPin(u"2468"_s));
    REQUIRE(waitUntil([&]() { return app.controller.idleWatcher()->isActive(); }, 3000));
    CHECK(app.controller.mainWindow()->centralWidget()->isVisible());
    app.expectLockedScreen();  // the idle lock is back
}

TEST_CASE("ui: someone guessing the kiosk's PIN locks the vault", "[ui][lock][kiosk]")
{
    Unlocked app;
    startTestKiosk(app);
    QPointer<ui::KioskWindow> kiosk = topLevel<ui::KioskWindow>();
    REQUIRE(kiosk);
    for (int i = 0; i < ui::KioskWindow::kTriesBeforeVaultLock - 1 && kiosk; ++i) CHECK_FALSE(kiosk->tryPin(u"0000"_s));
    CHECK(app.controller.vault() != nullptr);  // fourteen tries: waiting, not locked
    REQUIRE(kiosk);
    CHECK_FALSE(kiosk->tryPin(u"1111"_s));
    app.expectLockedScreen();
    CHECK(kiosk.isNull());  // gone with the main window
}
