// What this computer remembers between sign-ins, and what it explains: the sign-in window offers the
// user name last used for this vault (never the passphrase) with the focus on the passphrase; the
// main window reopens on the page it was on, at its size; Help ▸ User manual is F1; every preference
// says what it does and its default.
#include "ui/UiTestSupport.h"

#include "help/ManualWindow.h"
#include "preferences/PreferencesDialog.h"
#include "settings/Settings.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"
#include "unlock/UnlockDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTextBrowser>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

void signIn(ui::AppController &controller, const QString &login, const QString &passphrase)
{
    ui::UnlockDialog *dialog = controller.unlockDialog();
    REQUIRE(dialog != nullptr);
    typeInto(child<QLineEdit>(dialog, u"userName"_s), login);
    typeInto(child<QLineEdit>(dialog, u"secret"_s), passphrase);
    dialog->accept();
}

void signInAsLead(ui::AppController &controller)
{
    signIn(controller, kLeadLogin, kLeadPassphrase);
    REQUIRE(waitUntil([&]() { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
}

void lockNow(ui::AppController &controller)
{
    controller.lock(ui::AppController::LockReason::Manual);
    REQUIRE(waitUntil([&]() { return controller.vault() == nullptr && controller.unlockDialog(); }));
}

/// Whether any setting of this computer holds `text`.
bool settingsHold(const QString &text)
{
    QSettings settings;
    for (const QString &key : settings.allKeys())
        if (settings.value(key).toString().contains(text) || key.contains(text)) return true;
    return false;
}

}  // namespace

TEST_CASE("ui: the sign-in window offers the last user name of this vault, never the passphrase",
          "[ui][unlock][settings]")
{
    TempVault tv;
    {
        ui::UnlockDialog fresh(tv.dir());
        CHECK(child<QLineEdit>(&fresh, u"userName"_s)->text().isEmpty());  // nothing stored: nothing offered
        CHECK(fresh.focusWidget() == child<QLineEdit>(&fresh, u"userName"_s));
    }
    ui::AppController controller(tv.dir());
    controller.start();
    // A failed attempt remembers nothing.
    signIn(controller, u"nobody"_s, kLeadPassphrase);
    REQUIRE(waitUntil([&]() { return child<QLabel>(controller.unlockDialog(), u"unlockError"_s)->isVisible(); }));
    CHECK(settings::lastUserName(tv.dir()).isEmpty());

    signInAsLead(controller);
    CHECK(settings::lastUserName(tv.dir()) == kLeadLogin);
    CHECK_FALSE(settingsHold(kLeadPassphrase));
    lockNow(controller);
    ui::UnlockDialog *dialog = controller.unlockDialog();
    CHECK(child<QLineEdit>(dialog, u"userName"_s)->text() == kLeadLogin);
    CHECK(child<QLineEdit>(dialog, u"secret"_s)->text().isEmpty());
    CHECK(dialog->focusWidget() == child<QLineEdit>(dialog, u"secret"_s));

    // Another vault folder on the same computer offers nothing.
    TempVault other;
    ui::UnlockDialog elsewhere(other.dir());
    CHECK(child<QLineEdit>(&elsewhere, u"userName"_s)->text().isEmpty());
}

TEST_CASE("ui: the main window reopens on the page it was on, after a lock and after a restart",
          "[ui][shell][settings]")
{
    TempVault tv;
    {
        ui::AppController controller(tv.dir());
        controller.start();
        signInAsLead(controller);
        CHECK(controller.mainWindow()->currentPage() == u"homePage"_s);  // first time: the desk
        REQUIRE(controller.mainWindow()->showPage(u"screeningPage"_s));
        lockNow(controller);
        signInAsLead(controller);
        CHECK(controller.mainWindow()->currentPage() == u"screeningPage"_s);
        REQUIRE(controller.mainWindow()->showPage(u"auditPage"_s));
    }
    // The next start of CounselDesk.
    ui::AppController restarted(tv.dir());
    restarted.start();
    signInAsLead(restarted);
    CHECK(restarted.mainWindow()->currentPage() == u"auditPage"_s);

    // A page that is no longer there (another vault's setting, a page removed) opens the desk.
    settings::setLastPage(tv.dir(), kLeadLogin, u"noSuchPage"_s);
    lockNow(restarted);
    signInAsLead(restarted);
    CHECK(restarted.mainWindow()->currentPage() == u"homePage"_s);
}

TEST_CASE("ui: the main window reopens at the size and place it had", "[ui][shell][windows]")
{
    TempVault tv;
    ui::AppController controller(tv.dir());
    controller.start();
    signInAsLead(controller);
    ui::MainWindow *main = controller.mainWindow();
    main->showNormal();
    const QRect area = main->screen()->availableGeometry();
    const QRect chosen(area.topLeft() + QPoint(30, 40), QSize(area.width() * 3 / 4, area.height() * 3 / 4));
    main->setGeometry(chosen);
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    const QRect before = main->geometry();
    lockNow(controller);
    signInAsLead(controller);
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    CHECK(controller.mainWindow()->geometry() == before);
    CHECK_FALSE(controller.mainWindow()->isMaximized());
}

TEST_CASE("ui: Help ▸ User manual opens the manual with F1, at the chapter of the page", "[ui][shell][manual]")
{
    TempVault tv;
    ui::AppController controller(tv.dir());
    controller.start();
    signInAsLead(controller);
    auto *manual = controller.mainWindow()->findChild<QAction *>(u"actionManual"_s);
    REQUIRE(manual != nullptr);
    CHECK(manual->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(topLevel<ui::ManualWindow>() == nullptr);
    manual->trigger();
    ui::ManualWindow *window = topLevel<ui::ManualWindow>(u"manualWindow"_s);
    REQUIRE(window != nullptr);
    CHECK_FALSE(window->chapters().isEmpty());
    manual->trigger();  // the same window again, not a second one
    int shown = 0;
    for (QWidget *w : QApplication::topLevelWidgets()) shown += qobject_cast<ui::ManualWindow *>(w) && w->isVisible();
    CHECK(shown == 1);
    CHECK(window->browser()->source().fragment() == u"contents"_s);  // from the desk: the contents

    // F1 on a page opens the manual at that page's chapter.
    const QList<QPair<QString, QString>> pages = {{u"studentsPage"_s, u"students"_s},
                                                  {u"watchListPage"_s, u"watch"_s},
                                                  {u"screeningPage"_s, u"screening"_s},
                                                  {u"crisisPage"_s, u"crisis"_s},
                                                  {u"usersPage"_s, u"users"_s},
                                                  {u"auditPage"_s, u"audit"_s}};
    QStringList chapterAnchors;
    for (const auto &chapter : window->chapters()) chapterAnchors << chapter.first;
    for (const auto &[page, chapter] : pages) {
        INFO(page.toStdString());
        REQUIRE(controller.mainWindow()->showPage(page));
        manual->trigger();
        CHECK(window->browser()->source().fragment() == chapter);
        CHECK(chapterAnchors.contains(chapter));
    }
    window->close();
    REQUIRE(waitUntil([&]() { return topLevel<ui::ManualWindow>() == nullptr; }));
}

TEST_CASE("ui: every preference says what it does and its default, under it and as a tooltip",
          "[ui][settings]")
{
    ui::PreferencesDialog dialog;
    const QList<QPair<QString, QString>> settingsAndNotes = {{u"languageCombo"_s, u"languageNote"_s},
                                                             {u"idleSpin"_s, u"idleNote"_s},
                                                             {u"retentionSpin"_s, u"retentionNote"_s},
                                                             {u"backupReminderSpin"_s, u"backupReminderNote"_s},
                                                             {u"fullCheckSpin"_s, u"fullCheckNote"_s}};
    dialog.show();
    REQUIRE(waitUntil([&]() { return dialog.isVisible(); }));
    for (const auto &[field, note] : settingsAndNotes) {
        INFO(note.toStdString());
        auto *label = child<QLabel>(&dialog, note);
        auto *widget = child<QWidget>(&dialog, field);
        CHECK(label->isVisible());
        CHECK(label->text().size() > 30);
        CHECK(widget->toolTip() == label->text());
        // Under its setting, not somewhere else in the dialog.
        CHECK(label->mapTo(&dialog, QPoint(0, 0)).y() > widget->mapTo(&dialog, QPoint(0, 0)).y());
        CHECK(label->mapTo(&dialog, QPoint(0, 0)).y()
              < widget->mapTo(&dialog, QPoint(0, 0)).y() + widget->height() + 2 * label->height());
    }
    // The defaults named are the settings' own.
    CHECK(child<QLabel>(&dialog, u"idleNote"_s)->text().contains(QString::number(settings::idleLockMinutes.defaultValue())));
    CHECK(child<QLabel>(&dialog, u"retentionNote"_s)
              ->text()
              .contains(QString::number(settings::retentionYears.defaultValue())));
    CHECK(child<QLabel>(&dialog, u"backupReminderNote"_s)
              ->text()
              .contains(QString::number(settings::backupReminderDays.defaultValue())));
}

TEST_CASE("ui: F1 in the sign-in window opens the manual at signing in", "[ui][unlock][manual]")
{
    TempVault tv;
    ui::UnlockDialog dialog(tv.dir());
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));  // a shortcut reaches the active window only
    QTest::keyClick(child<QLineEdit>(&dialog, u"userName"_s), Qt::Key_F1);
    ui::ManualWindow *window = topLevel<ui::ManualWindow>(u"manualWindow"_s);
    REQUIRE(window != nullptr);
    CHECK(window->browser()->source().fragment() == u"signin"_s);
    window->close();
    REQUIRE(waitUntil([&]() { return topLevel<ui::ManualWindow>() == nullptr; }));
}
