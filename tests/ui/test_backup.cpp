#include "ui/UiTestSupport.h"

#include "backup/Backup.h"
#include "backup/BackupDialog.h"
#include "backup/RestoreDialog.h"
#include "common/MessageBoxes.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "students/StudentRepository.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "unlock/UnlockDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// Puts the backup settings back as they were for the next test.
struct BackupSettingsGuard {
    ~BackupSettingsGuard()
    {
        settings::backupDirectory.reset();
        settings::backupOnExit.reset();
        settings::backupGenerations.reset();
    }
};

}  // namespace

TEST_CASE("ui: back up from the dialog into a folder, and the status bar says when", "[ui][backup]")
{
    BackupSettingsGuard guard;
    TempVault tv;
    QTemporaryDir stick;
    auto vault = tv.open();
    addTestStudent(*vault, u"U1"_s, u"备份测试"_s);
    ui::MainWindow window(*vault);
    CHECK(child<QLabel>(&window, u"backupStatus"_s)->text().contains(u"No backup yet"_s));

    ui::BackupDialog dialog(*vault);
    dialog.show();
    // A folder that is not there: a message, nothing started.
    dialog.setFolder(stick.filePath(u"unplugged"_s));
    child<QPushButton>(&dialog, u"startBackupButton"_s)->click();
    CHECK_FALSE(dialog.isRunning());
    CHECK(child<QLabel>(&dialog, u"backupError"_s)->isVisibleTo(&dialog));

    QSignalSpy finished(&dialog, &ui::BackupDialog::finished);
    dialog.setFolder(stick.path());
    child<QPushButton>(&dialog, u"startBackupButton"_s)->click();
    REQUIRE(waitUntil([&]() { return finished.count() == 1; }, 20000));
    CHECK(finished.first().first().toBool());
    CHECK(QFile::exists(dialog.backupPath()));
    CHECK(child<QLabel>(&dialog, u"backupStatus"_s)->text().contains(u"verified"_s));
    CHECK(settings::backupDirectory.value() == stick.path());
    auto last = vault->audit().latest(audit::action::BackupMade);
    REQUIRE(last.ok());
    CHECK(last->has_value());

    window.updateBackupStatus();
    CHECK(child<QLabel>(&window, u"backupStatus"_s)->text().contains(u"today"_s));
}

TEST_CASE("ui: restore from the sign-in window, told plainly that the backup is older", "[ui][backup][restore]")
{
    BackupSettingsGuard guard;
    TempVault tv;
    QTemporaryDir stick;
    {
        auto vault = tv.open();
        addTestStudent(*vault, u"U2"_s, u"在备份里"_s);
        REQUIRE(backup::createBackup(backup::sourceOf(*vault), stick.path()).ok());
        addTestStudent(*vault, u"U3"_s, u"备份之后"_s);
    }
    settings::backupDirectory.set(stick.path());

    ui::RestoreDialog dialog(tv.dir());
    dialog.show();
    auto *list = child<QListWidget>(&dialog, u"backupList"_s);
    REQUIRE(list->count() == 1);  // found in the backup folder
    list->setCurrentRow(0);
    CHECK(child<QLineEdit>(&dialog, u"backupFile"_s)->text().endsWith(u".cdbackup"_s));

    // A wrong passphrase: named, nothing else happens.
    QSignalSpy opened(&dialog, &ui::RestoreDialog::backupOpened);
    typeInto(child<QLineEdit>(&dialog, u"restoreUser"_s), kLeadLogin);
    typeInto(child<QLineEdit>(&dialog, u"restoreSecret"_s), u"not the passphrase"_s);
    dialog.openBackup();
    REQUIRE(waitUntil([&]() { return opened.count() == 1; }));
    CHECK_FALSE(opened.at(0).first().toBool());
    CHECK(child<QLabel>(&dialog, u"restoreError"_s)->isVisibleTo(&dialog));
    CHECK_FALSE(child<QPushButton>(&dialog, u"restoreButton"_s)->isEnabled());

    typeInto(child<QLineEdit>(&dialog, u"restoreSecret"_s), kLeadPassphrase);
    dialog.openBackup();
    REQUIRE(waitUntil([&]() { return opened.count() == 2; }));
    REQUIRE(opened.at(1).first().toBool());
    CHECK(dialog.summary().contains(u"older than the vault"_s));
    CHECK(child<QPushButton>(&dialog, u"restoreButton"_s)->isEnabled());

    // Declining the confirmation changes nothing.
    const auto before = snapshotFolder(tv.dir());
    ui::MessageBoxes::setNextAnswer(false);
    child<QPushButton>(&dialog, u"restoreButton"_s)->click();
    CHECK(snapshotFolder(tv.dir()) == before);

    QSignalSpy restored(&dialog, &ui::RestoreDialog::restoreFinished);
    ui::MessageBoxes::setNextAnswer(true);  // confirm
    ui::MessageBoxes::setNextAnswer(true);  // the "restored" note
    child<QPushButton>(&dialog, u"restoreButton"_s)->click();
    REQUIRE(waitUntil([&]() { return restored.count() == 1; }, 30000));
    CHECK(restored.first().first().toBool());
    auto vault = tv.open();
    CHECK(students::StudentRepository(*vault).listAll()->size() == 1);
}

// Issue 11 finding 4: a vault that cannot be read is replaced, but kept aside, and the note says
// where. CD_SCREENSHOTS=<folder> saves the note as restore-kept-aside-<language>.png.
TEST_CASE("ui: restoring over a vault that cannot be read says where the old one was kept", "[ui][backup][restore]")
{
    const QString language = GENERATE(u"en"_s, u"zh_CN"_s);
    QTranslator translator;
    if (language == u"zh_CN"_s) {
        REQUIRE(translator.load(u":/i18n/counseldesk_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    BackupSettingsGuard guard;
    TempVault tv;
    QTemporaryDir stick;
    {
        auto vault = tv.open();
        REQUIRE(backup::createBackup(backup::sourceOf(*vault), stick.path()).ok());
    }
    {
        QFile slots(vault::VaultPaths::keySlots(tv.dir()));
        REQUIRE(slots.open(QIODevice::Append));
        slots.write("\n");
    }
    settings::backupDirectory.set(stick.path());
    ui::RestoreDialog dialog(tv.dir());
    dialog.show();
    child<QListWidget>(&dialog, u"backupList"_s)->setCurrentRow(0);
    QSignalSpy opened(&dialog, &ui::RestoreDialog::backupOpened);
    typeInto(child<QLineEdit>(&dialog, u"restoreUser"_s), kLeadLogin);
    typeInto(child<QLineEdit>(&dialog, u"restoreSecret"_s), kLeadPassphrase);
    dialog.openBackup();
    REQUIRE(waitUntil([&]() { return opened.count() == 1; }));
    QSignalSpy restored(&dialog, &ui::RestoreDialog::restoreFinished);
    ui::MessageBoxes::setNextAnswer(true);  // confirm
    ui::MessageBoxes::setNextAnswer(true);  // the "restored" note
    child<QPushButton>(&dialog, u"restoreButton"_s)->click();
    REQUIRE(waitUntil([&]() { return restored.count() == 1; }, 30000));
    REQUIRE(restored.first().first().toBool());
    const QStringList aside = QDir(tv.root()).entryList({u"vault.replaced-*"_s}, QDir::Dirs);
    REQUIRE(aside.size() == 1);
    const QString note = ui::MessageBoxes::lastText();
    CHECK(note.contains(QDir::toNativeSeparators(QDir(tv.root()).filePath(aside.first()))));
    if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty()) {
        QMessageBox box(QMessageBox::Information, dialog.windowTitle(), note, QMessageBox::Ok, &dialog);
        box.show();
        QCoreApplication::processEvents();
        QDir().mkpath(shots);
        box.grab().save(QDir(shots).filePath(u"restore-kept-aside-%1.png"_s.arg(language)));
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("ui: a damaged vault at sign-in points to restoring a backup", "[ui][backup][restore]")
{
    TempVault tv;
    flipByte(vault::VaultPaths::database(tv.dir()), 6000);
    ui::UnlockDialog dialog(tv.dir());
    dialog.show();
    QSignalSpy attempt(&dialog, &ui::UnlockDialog::attemptFinished);
    typeInto(child<QLineEdit>(&dialog, u"userName"_s), kLeadLogin);
    typeInto(child<QLineEdit>(&dialog, u"secret"_s), kLeadPassphrase);
    dialog.accept();
    REQUIRE(waitUntil([&]() { return attempt.count() == 1; }));
    CHECK(child<QLabel>(&dialog, u"unlockError"_s)->text().contains(u"Restore from a backup"_s));
    auto *restore = child<QPushButton>(&dialog, u"restoreFromBackup"_s);
    CHECK(restore->isEnabled());
    bool shown = false;
    whenShown<ui::RestoreDialog>([&shown](ui::RestoreDialog *d) {
        shown = true;
        CHECK(child<QLineEdit>(d, u"restoreUser"_s)->text() == kLeadLogin);
        d->reject();
    });
    restore->click();
    CHECK(shown);
}
