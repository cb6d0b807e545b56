#include "ui/UiTestSupport.h"

#include "common/FileDialogs.h"
#include "setup/SetupWizard.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
const QString kStrongPassphrase = u"violet tractor harbour 42"_s;
}

TEST_CASE("ui: the first-start wizard creates the vault and shows the recovery code once", "[ui][wizard]")
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"vault"_s);
    ui::AppController controller(dir);
    controller.start();
    ui::SetupWizard *wizard = controller.setupWizard();
    REQUIRE(wizard != nullptr);
    REQUIRE(wizard->isVisible());
    wizard->setKdfStrength(crypto::KdfStrength::Minimal);

    // Page 1: the school.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());
    typeInto(child<QLineEdit>(wizard, u"schoolName"_s), u"第三实验中学 (synthetic)"_s);
    child<QComboBox>(wizard, u"schoolType"_s)->setCurrentIndex(2);
    REQUIRE(next->isEnabled());
    next->click();

    // Page 2: the room lead; weak or mismatched passphrases keep Next disabled.
    REQUIRE(wizard->currentId() == ui::SetupWizard::Lead);
    typeInto(child<QLineEdit>(wizard, u"leadLogin"_s), u"wangfang"_s);
    typeInto(child<QLineEdit>(wizard, u"leadDisplayName"_s), u"王芳"_s);
    auto *pass = child<QLineEdit>(wizard, u"passphrase"_s);
    auto *repeat = child<QLineEdit>(wizard, u"passphraseRepeat"_s);
    // The names and the passphrase read as one form: every field starts at the same place.
    QApplication::processEvents();
    const int column = child<QLineEdit>(wizard, u"leadLogin"_s)->mapTo(wizard, QPoint(0, 0)).x();
    CHECK(child<QLineEdit>(wizard, u"leadDisplayName"_s)->mapTo(wizard, QPoint(0, 0)).x() == column);
    CHECK(pass->mapTo(wizard, QPoint(0, 0)).x() == column);
    CHECK(repeat->mapTo(wizard, QPoint(0, 0)).x() == column);
    typeInto(pass, u"password12"_s);
    typeInto(repeat, u"password12"_s);
    CHECK_FALSE(next->isEnabled());  // long enough, but far too easy to guess
    typeInto(pass, kStrongPassphrase);
    typeInto(repeat, kStrongPassphrase + u"x"_s);
    CHECK_FALSE(next->isEnabled());
    typeInto(repeat, kStrongPassphrase);
    REQUIRE(next->isEnabled());
    next->click();

    // Page 3 creates the vault off the UI thread, then page 4 shows the code.
    REQUIRE(waitUntil([&]() { return wizard->currentId() == ui::SetupWizard::Recovery; }));
    const QString code = child<QLabel>(wizard, u"recoveryCode"_s)->text();
    CHECK(code.size() == 29);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    wizard->reject();  // Escape cannot skip the recovery code once the vault exists
    CHECK(wizard->isVisible());

    // Save the sheet as a PDF (the dialog answered by the seam).
    const QString pdf = root.filePath(u"recovery.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(pdf);
    child<QAbstractButton>(wizard, u"saveRecoveryPdf"_s)->click();
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    CHECK(child<QLabel>(wizard, u"recoverySaved"_s)->text().contains(u"recovery.pdf"_s));

    child<QCheckBox>(wizard, u"recoveryKept"_s)->setChecked(true);
    REQUIRE(finish->isEnabled());
    finish->click();

    REQUIRE(waitUntil([&]() { return controller.mainWindow() != nullptr && controller.mainWindow()->isVisible(); }));
    REQUIRE(controller.vault() != nullptr);
    CHECK(controller.vault()->school().name == u"第三实验中学 (synthetic)"_s);
    CHECK(controller.vault()->school().type == vault::SchoolType::SeniorHigh);
    CHECK(controller.vault()->currentUser().displayName == u"王芳"_s);
    CHECK(child<QLabel>(controller.mainWindow(), u"signedInLabel"_s)->text().contains(u"王芳"_s));

    // The code really opens the vault.
    controller.lock(ui::AppController::LockReason::Manual);
    REQUIRE(waitUntil([&]() { return controller.vault() == nullptr && controller.unlockDialog(); }));
    controller.unlockDialog()->close();
    CHECK(tryOpen(dir, u"wangfang"_s, code, vault::UnlockMethod::RecoveryCode).opened());
}

TEST_CASE("ui: cancelling the wizard before creation leaves no vault", "[ui][wizard]")
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"vault"_s);
    ui::AppController controller(dir);
    QSignalSpy quit(&controller, &ui::AppController::quitRequested);
    controller.start();
    REQUIRE(controller.setupWizard() != nullptr);
    controller.setupWizard()->reject();
    REQUIRE(waitUntil([&]() { return quit.count() == 1; }));
    CHECK_FALSE(vault::Vault::exists(dir));
}
