#include "ui/UiTestSupport.h"

#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "unlock/PassphraseDialog.h"
#include "unlock/UnlockDialog.h"
#include "vault/SchoolLabel.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
void submit(ui::UnlockDialog *dialog, const QString &user, const QString &secret)
{
    typeInto(child<QLineEdit>(dialog, u"userName"_s), user);
    typeInto(child<QLineEdit>(dialog, u"secret"_s), secret);
    QTest::keyClick(child<QLineEdit>(dialog, u"secret"_s), Qt::Key_Return);
}
}  // namespace

TEST_CASE("ui: a wrong passphrase is explained and the vault stays as it was", "[ui][unlock]")
{
    TempVault tv;
    const auto before = snapshotFolder(tv.dir());
    ui::AppController controller(tv.dir());
    controller.start();
    ui::UnlockDialog *dialog = controller.unlockDialog();
    REQUIRE(dialog != nullptr);
    QSignalSpy attempts(dialog, &ui::UnlockDialog::attemptFinished);
    submit(dialog, kLeadLogin, u"not my passphrase"_s);
    REQUIRE(waitUntil([&]() { return attempts.count() == 1; }));
    CHECK(attempts.at(0).at(0).toBool() == false);
    auto *error = child<QLabel>(dialog, u"unlockError"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"not correct"_s));
    CHECK(controller.mainWindow() == nullptr);
    CHECK(snapshotFolder(tv.dir()) == before);

    submit(dialog, u"nobody"_s, kLeadPassphrase);
    REQUIRE(waitUntil([&]() { return attempts.count() == 2; }));
    CHECK(error->text().contains(u"nobody"_s));

    submit(dialog, kLeadLogin, kLeadPassphrase);
    REQUIRE(waitUntil([&]() { return controller.mainWindow() != nullptr; }));
    CHECK(controller.vault()->currentUser().login == kLeadLogin);
}

TEST_CASE("ui: the unlock button waits for a user name and a passphrase", "[ui][unlock]")
{
    TempVault tv;
    ui::UnlockDialog dialog(tv.dir());
    dialog.show();
    auto *ok = child<QDialogButtonBox>(&dialog, QString())->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    typeInto(child<QLineEdit>(&dialog, u"userName"_s), kLeadLogin);
    CHECK_FALSE(ok->isEnabled());
    typeInto(child<QLineEdit>(&dialog, u"secret"_s), u"x"_s);
    CHECK(ok->isEnabled());
}

TEST_CASE("ui: forgotten passphrase, unlock with the recovery code, then a new passphrase is required",
          "[ui][unlock][recovery]")
{
    TempVault tv;
    ui::AppController controller(tv.dir());
    controller.start();
    ui::UnlockDialog *dialog = controller.unlockDialog();
    REQUIRE(dialog != nullptr);
    child<QPushButton>(dialog, u"toggleRecovery"_s)->click();
    CHECK(dialog->recoveryMode());
    submit(dialog, kLeadLogin, tv.recoveryCode());

    ui::PassphraseDialog *fresh = nullptr;
    REQUIRE(waitUntil([&]() { return (fresh = topLevel<ui::PassphraseDialog>()) != nullptr; }));
    CHECK(controller.mainWindow() == nullptr);  // no data before the new passphrase
    typeInto(child<QLineEdit>(fresh, u"passphrase"_s), u"maple kettle orbit 77"_s);
    typeInto(child<QLineEdit>(fresh, u"passphraseRepeat"_s), u"maple kettle orbit 77"_s);
    QSignalSpy done(fresh, &ui::PassphraseDialog::attemptFinished);
    fresh->accept();
    REQUIRE(waitUntil([&]() { return controller.mainWindow() != nullptr; }));
    REQUIRE(done.count() == 1);
    controller.lock(ui::AppController::LockReason::Manual);
    REQUIRE(waitUntil([&]() { return controller.vault() == nullptr; }));
    controller.unlockDialog()->close();
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"maple kettle orbit 77"_s).opened());
}

TEST_CASE("ui: the sign-in window names the school whose records it unlocks", "[ui][unlock]")
{
    TempVault tv;
    const QString label = vault::schoolLabelPath(tv.dir());
    {
        ui::UnlockDialog dialog(tv.dir());
        dialog.show();
        auto *school = child<QLabel>(&dialog, u"unlockSchool"_s);
        CHECK(school->isVisible());
        CHECK(school->text() == u"Synthetic Test School"_s);
        CHECK(school->textFormat() == Qt::PlainText);  // from a file anyone could edit
    }
    // A vault made before the label (or whose label was removed): no name, and the next unlock
    // writes it from the database; an edited label is put right the same way.
    for (const QByteArray &found : {QByteArray(), QByteArray("<b>Another School</b>\n")}) {
        QFile::remove(label);
        if (!found.isEmpty()) {
            QFile edited(label);
            REQUIRE(edited.open(QIODevice::WriteOnly));
            edited.write(found);
        }
        ui::UnlockDialog dialog(tv.dir());
        dialog.show();
        auto *school = child<QLabel>(&dialog, u"unlockSchool"_s);
        CHECK(school->isVisible() == !found.isEmpty());
        if (!found.isEmpty()) CHECK(school->text() == u"<b>Another School</b>"_s);  // shown, never as markup
        QSignalSpy attempts(&dialog, &ui::UnlockDialog::attemptFinished);
        submit(&dialog, kLeadLogin, kLeadPassphrase);
        REQUIRE(waitUntil([&]() { return attempts.count() == 1; }));
        REQUIRE(attempts.at(0).at(0).toBool());
        dialog.takeVault().reset();
        CHECK(vault::readSchoolLabel(tv.dir()) == u"Synthetic Test School"_s);
    }
}
