#include "ui/UiTestSupport.h"
#include "storage/Database.h"

#include "audit/AuditLogPage.h"
#include "audit/AuditTableModel.h"
#include "common/MessageBoxes.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"
#include "unlock/PassphraseDialog.h"
#include "unlock/ReauthDialog.h"
#include "users/AddUserDialog.h"
#include "users/UserManagementPage.h"
#include "users/UserTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
const QString kColleaguePass = u"quiet meadow lantern 9"_s;

/// Answers the next "confirm it is you" dialog with `passphrase`.
void answerReauth(const QString &passphrase)
{
    whenShown<ui::ReauthDialog>([passphrase](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), passphrase);
        dialog->accept();
    });
}

QStringList loginsShown(QTableView *view)
{
    QStringList logins;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        logins << view->model()->index(row, ui::UserTableModel::Login).data().toString();
    return logins;
}
}  // namespace

TEST_CASE("ui: the room lead adds, disables and reactivates a colleague", "[ui][users]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::UserManagementPage page(*vault);
    page.show();
    auto *view = child<QTableView>(&page, u"usersView"_s);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(loginsShown(view) == QStringList{kLeadLogin});

    // Add: confirm identity, then fill the real dialog while its exec() runs.
    answerReauth(kLeadPassphrase);
    whenShown<ui::AddUserDialog>([](ui::AddUserDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"newLogin"_s), u"zhaolei"_s);
        typeInto(child<QLineEdit>(dialog, u"newDisplayName"_s), u"赵磊"_s);
        typeInto(child<QLineEdit>(dialog, u"passphrase"_s), kColleaguePass);
        typeInto(child<QLineEdit>(dialog, u"passphraseRepeat"_s), kColleaguePass);
        dialog->accept();
    });
    page.addUser();
    CHECK(loginsShown(view).contains(u"zhaolei"_s));

    // Disable after confirmation (answered by the seam), then reactivate with a new passphrase.
    REQUIRE(page.selectUser(u"zhaolei"_s));
    CHECK(child<QPushButton>(&page, u"disableUserButton"_s)->isEnabled());
    ui::MessageBoxes::setNextAnswer(false);
    page.disableSelected();
    CHECK(vault->users()->at(1).active);  // declined: nothing changed
    ui::MessageBoxes::setNextAnswer(true);
    page.disableSelected();
    CHECK(ui::MessageBoxes::lastText().contains(u"zhaolei"_s));
    REQUIRE(page.selectUser(u"zhaolei"_s));
    CHECK_FALSE(child<QPushButton>(&page, u"disableUserButton"_s)->isEnabled());
    CHECK(child<QPushButton>(&page, u"reactivateUserButton"_s)->isEnabled());

    whenShown<ui::PassphraseDialog>([](ui::PassphraseDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"passphrase"_s), u"second meadow lantern 10"_s);
        typeInto(child<QLineEdit>(dialog, u"passphraseRepeat"_s), u"second meadow lantern 10"_s);
        dialog->accept();
    });
    page.reactivateSelected();
    REQUIRE(page.selectUser(u"zhaolei"_s));
    CHECK(child<QPushButton>(&page, u"disableUserButton"_s)->isEnabled());

    // The lead cannot disable or reset themself from this page.
    REQUIRE(page.selectUser(kLeadLogin));
    CHECK_FALSE(child<QPushButton>(&page, u"disableUserButton"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, u"resetPassphraseButton"_s)->isEnabled());

    // The filter narrows the list.
    typeInto(child<QLineEdit>(&page, u"usersFilter"_s), u"赵"_s);
    CHECK(loginsShown(view) == QStringList{u"zhaolei"_s});
}

TEST_CASE("ui: a wrong recovery code in the reset dialog is explained and changes nothing", "[ui][users]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->addUser(u"zhaolei"_s, {}, vault::Role::Counselor, kColleaguePass).ok());
    ui::UserManagementPage page(*vault);
    page.show();
    REQUIRE(page.selectUser(u"zhaolei"_s));
    answerReauth(kLeadPassphrase);
    QString shownError;
    whenShown<ui::PassphraseDialog>([&shownError](ui::PassphraseDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"proof"_s), u"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"_s);
        typeInto(child<QLineEdit>(dialog, u"passphrase"_s), u"new meadow lantern 11"_s);
        typeInto(child<QLineEdit>(dialog, u"passphraseRepeat"_s), u"new meadow lantern 11"_s);
        QObject::connect(dialog, &ui::PassphraseDialog::attemptFinished, dialog, [dialog, &shownError](bool ok) {
            CHECK_FALSE(ok);
            shownError = dialog->findChild<QLabel *>(u"passphraseError"_s)->text();
            dialog->reject();
        });
        dialog->accept();
    });
    page.resetSelected();
    CHECK(shownError.contains(u"recovery code"_s));
    vault.reset();
    CHECK(tryOpen(tv.dir(), u"zhaolei"_s, kColleaguePass).opened());
}

TEST_CASE("ui: a counselor's window has no user management or audit pages", "[ui][users]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"zhaolei"_s, {}, vault::Role::Counselor, kColleaguePass).ok());
    }
    auto vault = tv.open(u"zhaolei"_s, kColleaguePass);
    ui::MainWindow window(*vault);
    CHECK_FALSE(window.showPage(u"usersPage"_s));
    CHECK_FALSE(window.showPage(u"auditPage"_s));
    CHECK(window.showPage(u"homePage"_s));
}

TEST_CASE("ui: the audit page lists actions in words and names a tampered row", "[ui][audit]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::AuditLogPage page(*vault);
    page.show();
    auto *view = child<QTableView>(&page, u"auditView"_s);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view->model()->rowCount() >= 3);
    QStringList actions;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        actions << view->model()->index(row, ui::AuditTableModel::Action).data().toString();
    CHECK(actions.contains(u"Created the vault"_s));
    CHECK(actions.contains(u"Unlocked"_s));
    CHECK(page.verify());
    CHECK(child<QLabel>(&page, u"auditVerdict"_s)->text().contains(u"intact"_s));

    REQUIRE(vault->database().exec(u"UPDATE audit_log SET actor = 'x' WHERE seq = 1"_s).ok());
    CHECK_FALSE(page.verify());
    CHECK(child<QLabel>(&page, u"auditVerdict"_s)->text().contains(u"row 1"_s));
}

TEST_CASE("ui: managing users asks for the passphrase again, and a wrong one changes nothing", "[ui][users][reauth]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->addUser(u"zhaolei"_s, {}, vault::Role::Counselor, kColleaguePass).ok());
    ui::UserManagementPage page(*vault);
    page.show();
    REQUIRE(page.selectUser(u"zhaolei"_s));
    bool sawError = false;
    whenShown<ui::ReauthDialog>([&sawError](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), u"not my passphrase"_s);
        QObject::connect(dialog, &ui::ReauthDialog::attemptFinished, dialog, [dialog, &sawError](bool ok) {
            sawError = !ok && dialog->findChild<QLabel *>(u"reauthError"_s)->isVisible();
            if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + u"/reauth-wrong-passphrase.png"_s);
            // The dialog grew to its text: no wrapped line (the purpose, the error) is clipped.
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->isVisible() || !label->wordWrap()) continue;
                INFO(label->text().toStdString());
                CHECK(label->height() >= label->heightForWidth(label->width()));
            }
            dialog->reject();
        });
        dialog->accept();
    });
    ui::MessageBoxes::setNextAnswer(true);  // yes, disable
    page.disableSelected();
    CHECK(sawError);
    auto users = vault->users();
    REQUIRE(users.ok());
    for (const auto &u : *users) CHECK(u.active);
}
