#include "ui/UiTestSupport.h"
#include "storage/Database.h"

#include "cases/CasesPanel.h"
#include "cases/DraftStore.h"
#include "cases/SessionEditor.h"
#include "common/MessageBoxes.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"
#include "screening/KioskStart.h"
#include "screening/KioskWindow.h"
#include "screening/ScreeningPage.h"
#include "shell/AppController.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "students/StudentRecordDialog.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"
#include "unlock/UnlockDialog.h"
#include "vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QImage>

#include <QSet>

#include <QToolBar>

#include <QAction>
#include <QListWidget>
#include <QTabWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

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
    // The product name once: the window system appends the display name to every title.
    CHECK_FALSE(main->windowTitle().contains(u"CounselDesk"_s));
    // Every page in the sidebar has an icon of the app's own: drawn, whatever the desktop's theme
    // (the offscreen platform has none).
    auto *nav = child<QListWidget>(main, u"navigation"_s);
    REQUIRE(nav->count() >= 5);
    QSet<qint64> looks;
    for (int i = 0; i < nav->count(); ++i) {
        INFO(nav->item(i)->text().toStdString());
        const QImage image = nav->item(i)->icon().pixmap(24, 24).toImage();
        REQUIRE_FALSE(image.isNull());
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) inked += qAlpha(image.pixel(x, y)) > 128;
        CHECK(inked > 20);
        looks.insert(qint64(qHashBits(image.constBits(), size_t(image.sizeInBytes()))));
    }
    CHECK(looks.size() == nav->count());  // no two pages look alike
    CHECK(child<QLabel>(main, u"signedInLabel"_s)->text().contains(u"Lead Counselor"_s));
    CHECK(main->showPage(u"usersPage"_s));
    CHECK(main->currentPage() == u"usersPage"_s);
    CHECK(main->showPage(u"auditPage"_s));
    CHECK_FALSE(main->showPage(u"noSuchPage"_s));
}

TEST_CASE("ui: the sidebar, menus and growth-record tabs come from the areas, in their order", "[ui][shell][areas]")
{
    Unlocked app;
    ui::MainWindow *main = app.controller.mainWindow();
    // Every area's page, in the registry's order (the lead sees the lead-only ones too).
    auto *nav = child<QListWidget>(main, u"navigation"_s);
    QStringList pages;
    for (int i = 0; i < nav->count(); ++i) pages << nav->item(i)->data(Qt::UserRole).toString();
    CHECK(pages == QStringList{u"homePage"_s, u"studentsPage"_s, u"agendaPage"_s, u"watchListPage"_s, u"crisisPage"_s,
                               u"lessonsPage"_s, u"screeningPage"_s, u"groupsPage"_s, u"usersPage"_s, u"auditPage"_s});
    // An area's menu action: the lead's concern categories, in the Vault menu.
    auto *categories = main->findChild<QAction *>(u"actionCategories"_s);
    REQUIRE(categories != nullptr);
    CHECK_FALSE(categories->text().isEmpty());
    // Recording a crisis event: the Tools menu, its shortcut, and the toolbar.
    auto *crisis = main->findChild<QAction *>(u"actionRecordCrisis"_s);
    REQUIRE(crisis != nullptr);
    CHECK(crisis->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *toolbar = main->findChild<QToolBar *>(u"quickToolbar"_s);
    REQUIRE(toolbar != nullptr);
    CHECK(toolbar->actions().contains(crisis));
    CHECK(main->findChild<QAction *>(u"actionRiskLevels"_s) != nullptr);  // the lead's
    // The growth record's own tabs with the cases and screening tabs the areas add, in order.
    vault::Vault &vault = *app.controller.vault();
    const qint64 id = addTestStudent(vault, u"AR1"_s, u"区域同学"_s);
    ui::StudentRecordDialog record(vault, id);
    REQUIRE(record.loaded());
    auto *tabs = child<QTabWidget>(&record, u"recordTabs"_s);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i) titles << tabs->tabText(i).remove(u'&');
    CHECK(titles == QStringList{u"Basic info"_s, u"Cases and sessions"_s, u"Family"_s, u"Psychological status"_s,
                                u"Watch list"_s, u"Crisis and referrals"_s, u"Screening"_s, u"Groups"_s, u"Class history"_s, u"Access history"_s});
}

TEST_CASE("ui: Ctrl+L locks: the vault closed and sealed, the window gone, the unlock dialog back", "[ui][lock]")
{
    // (That closing wipes the keys is checked on the vault itself: "Closing wipes the keys the
    // vault held…" in integration/test_vault_lifecycle.cpp. Here: the controller really closed it.)
    Unlocked app;
    QSignalSpy locked(&app.controller, &ui::AppController::locked);
    auto *lock = child<QAction>(app.controller.mainWindow(), u"actionLock"_s);
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    auto unlockedSlots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(app.tv.dir()));
    REQUIRE(unlockedSlots.ok());
    CHECK(unlockedSlots->marker.fileSeal.isEmpty());  // cleared at the unlock
    lock->trigger();
    app.expectLockedScreen();
    CHECK(locked.count() == 1);
    // Vault::close() ran to its end: the whole-file seal, written just before the keys are wiped.
    auto lockedSlots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(app.tv.dir()));
    REQUIRE(lockedSlots.ok());
    CHECK_FALSE(lockedSlots->marker.fileSeal.isEmpty());
    // The lock was audited and the vault opens again.
    auto vault = app.tv.open();
    auto rows = vault->audit().recent(3);
    REQUIRE(rows.ok());
    bool sawManualLock = false;
    for (const auto &e : *rows)
        sawManualLock |= e.action == QLatin1String(audit::action::Locked) && e.detail == u"manual"_s;
    CHECK(sawManualLock);
}

TEST_CASE("ui: what the lock tests look for is found in labels, editors, buttons and item views", "[ui][lock]")
{
    // anyVisibleWindowShows() is the oracle of "nothing of the vault stays on screen": it must
    // see every kind of widget a record is shown in, and only visible ones.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *table = new QTableWidget(1, 2, &window);
    table->setItem(0, 1, new QTableWidgetItem(u"in a table cell"_s));
    layout->addWidget(table);
    auto *plain = new QPlainTextEdit(u"in a plain text editor"_s, &window);
    layout->addWidget(plain);
    layout->addWidget(new QTextEdit(u"in a rich text editor"_s, &window));
    layout->addWidget(new QPushButton(u"on a button"_s, &window));
    auto *hidden = new QLabel(u"in a hidden label"_s, &window);
    layout->addWidget(hidden);
    hidden->hide();
    window.show();
    REQUIRE(waitUntil([&]() { return window.isVisible(); }));
    CHECK(anyVisibleWindowShows(u"in a table cell"_s));
    CHECK(anyVisibleWindowShows(u"in a plain text editor"_s));
    CHECK(anyVisibleWindowShows(u"in a rich text editor"_s));
    CHECK(anyVisibleWindowShows(u"on a button"_s));
    CHECK_FALSE(anyVisibleWindowShows(u"in a hidden label"_s));
    window.hide();
    CHECK_FALSE(anyVisibleWindowShows(u"in a table cell"_s));
}

TEST_CASE("ui: the vault locks itself after the idle time, even under an open growth record", "[ui][lock][idle]")
{
    Unlocked app;
    // A student's growth record open over the student list, as a counselor might leave it.
    const QString name = u"离开同学"_s;
    const QString number = u"IDLE-0042"_s;
    const QString status = u"IDLE-STATUS-MARKER 最近情绪低落"_s;
    vault::Vault &vault = *app.controller.vault();
    const qint64 studentId = addTestStudent(vault, number, name);
    students::GrowthRecord record;
    record.psychStatus = status;
    REQUIRE(students::StudentRepository(vault).saveGrowthRecord(studentId, record).ok());
    ui::MainWindow *main = app.controller.mainWindow();
    auto *studentsPage = child<ui::StudentsPage>(main, u"studentsPage"_s);
    studentsPage->reload();
    REQUIRE(main->showPage(u"studentsPage"_s));
    CHECK(anyVisibleWindowShows(number));  // in the student table

    bool recordOnScreen = false;
    whenShown<ui::StudentRecordDialog>([&](ui::StudentRecordDialog *dialog) {
        auto *tabs = child<QTabWidget>(dialog, u"recordTabs"_s);
        auto *statusEditor = child<QPlainTextEdit>(dialog, u"psychStatus"_s);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(statusEditor)) tabs->setCurrentIndex(i);
        recordOnScreen = statusEditor->isVisible() && anyVisibleWindowShows(status) && anyVisibleWindowShows(name);
        app.controller.setIdleIntervalForTesting(300);
        app.controller.idleWatcher()->start();
    });
    studentsPage->openRecord(studentId);  // returns when the lock closes the record
    CHECK(recordOnScreen);
    app.expectLockedScreen();
    for (const QString &shown : {name, number, status}) {
        INFO(shown.toStdString());
        CHECK_FALSE(anyVisibleWindowShows(shown));
    }
    CHECK(child<QLabel>(app.controller.unlockDialog(), u"unlockNotice"_s)->text().contains(u"without use"_s));
}

TEST_CASE("ui: Ctrl+L locks from a dialog over the main window, not only from the main window", "[ui][lock]")
{
    Unlocked app;
    vault::Vault &vault = *app.controller.vault();
    const qint64 studentId = addTestStudent(vault, u"CTRL-L-1"_s, u"锁定同学"_s);
    auto *studentsPage = child<ui::StudentsPage>(app.controller.mainWindow(), u"studentsPage"_s);
    studentsPage->reload();
    bool sent = false;
    whenShown<ui::StudentRecordDialog>([&](ui::StudentRecordDialog *dialog) {
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
        sent = true;
    });
    studentsPage->openRecord(studentId);  // returns when the lock closes the record
    CHECK(sent);
    app.expectLockedScreen();
    CHECK_FALSE(anyVisibleWindowShows(u"锁定同学"_s));
}

TEST_CASE("ui: a lock while a session is being written keeps what was typed as a draft", "[ui][lock][cases][drafts]")
{
    Unlocked app;
    vault::Vault &vault = *app.controller.vault();
    const qint64 studentId = addTestStudent(vault, u"L1"_s, u"锁定同学"_s, QDate(2010, 1, 1));
    const qint64 caseId = addTestCase(vault, studentId);
    const QString presenting = u"锁屏前写了一半的记录"_s;
    const QString privateNote = u"half a private thought"_s;
    const auto drafts = [&vault]() { return vault.database().scalar(u"SELECT count(*) FROM session_drafts"_s)->toInt(); };

    bool typed = false;
    int draftsBeforeLock = -1;
    whenShown<ui::StudentRecordDialog>([&](ui::StudentRecordDialog *record) {
        auto *panel = child<ui::CasesPanel>(record, u"casesPanel"_s);
        panel->selectCase(caseId);
        whenShown<ui::SessionEditor>([&](ui::SessionEditor *editor) {
            editor->field(u"presenting"_s)->insertPlainText(presenting);
            editor->field(u"privateNote"_s)->insertPlainText(privateNote);
            typed = true;
            draftsBeforeLock = drafts();  // typed a moment ago: the 2-second draft has not been written
            child<QAction>(app.controller.mainWindow(), u"actionLock"_s)->trigger();
        });
        panel->newSession();  // returns when the lock closes the editor
    });
    child<ui::StudentsPage>(app.controller.mainWindow(), u"studentsPage"_s)->openRecord(studentId);
    app.expectLockedScreen();
    CHECK(typed);
    CHECK(draftsBeforeLock == 0);

    // Unlocked again: the draft is there, what was typed in it, the private part for its author.
    auto reopened = app.tv.open();
    auto draft = cases::DraftStore(*reopened).load(caseId, 0);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->session.presenting == presenting);
    CHECK((*draft)->privateNote == std::optional<QString>(privateNote));
    CHECK(cases::CaseRepository(*reopened).sessionsOf(caseId)->isEmpty());  // a draft, not a session
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
    CHECK_FALSE(child<QToolBar>(app.controller.mainWindow(), u"quickToolbar"_s)->isVisible());
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
