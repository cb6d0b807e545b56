// Issue 11, findings 4 and 5, as a hostile colleague would try them: a valid (but disabled)
// passphrase, the documented file formats, file edits and links beside the vault, the real CLI
// and the core library's public calls. Restore must never take damage as permission, and never
// follow a link it did not make.

#include "backup/Backup.h"
#include "common/Clock.h"
#include "support/CliRun.h"
#include "support/FileSnapshot.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kZhao = u"zhao"_s;
const QString kZhaoPassphrase = u"zhao passphrase 1"_s;

/// A vault where zhao, a room lead, made a backup and was disabled after it; a student was
/// added after the backup too. Returns the backup's path (in `stick`).
QString backupThenDisable(const TempVault &tv, const QTemporaryDir &stick)
{
    auto vault = tv.open();
    REQUIRE(vault->addUser(kZhao, {}, vault::Role::Lead, kZhaoPassphrase).ok());
    auto made = backup::createBackup(backup::sourceOf(*vault), stick.path());
    REQUIRE(made.ok());
    addTestStudent(*vault, u"N1"_s, u"学生"_s + u"N1"_s, QDate(2011, 5, 6), 9);  // newer than the backup
    REQUIRE(vault->disableUser(kZhao).ok());
    return made->path;
}

void appendByte(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::Append));
    REQUIRE(f.write("\0", 1) == 1);
}

QStringList entriesBeside(const TempVault &tv, const QString &pattern)
{
    return QDir(tv.root()).entryList({pattern}, QDir::AllEntries | QDir::Hidden | QDir::System);
}

/// A folder of someone else's files next to the vault, and its contents.
struct Victim {
    QString dir;
    QMap<QString, QByteArray> before;
    explicit Victim(const TempVault &tv) : dir(QDir(tv.root()).filePath(u"victim"_s))
    {
        REQUIRE(QDir().mkpath(dir));
        QFile f(QDir(dir).filePath(u"precious.txt"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not the vault's");
        f.close();
        before = snapshotFolder(dir);
    }
    bool untouched() const { return snapshotFolder(dir) == before && !QFile::exists(QDir(dir).filePath(u"vault.db"_s)); }
};

}  // namespace

TEST_CASE("insider: one byte appended to the slot file is no permission to restore: the newer vault is kept aside, "
          "byte for byte, where the CLI says",
          "[insider][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    const QString backupPath = backupThenDisable(tv, stick);
    const QStringList restore = {u"restore"_s, backupPath, tv.dir(), u"--yes"_s};

    // The disabled lead is refused while the vault is in working order.
    const auto intact = snapshotFolder(tv.dir());
    const CliRun refused = runCliAs(restore, kZhao, kZhaoPassphrase);
    CHECK(refused.exitCode == 1);
    CHECK(snapshotFolder(tv.dir()) == intact);

    // The attacker's edit, then the same command.
    appendByte(vault::VaultPaths::keySlots(tv.dir()));
    const auto damaged = snapshotFolder(tv.dir());
    const CliRun run = runCliAs(restore, kZhao, kZhaoPassphrase);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QStringList aside = entriesBeside(tv, u"vault.replaced-*"_s);
    REQUIRE(aside.size() == 1);
    const QString asidePath = QDir(tv.root()).filePath(aside.first());
    CHECK(run.out.contains(QDir::toNativeSeparators(asidePath)));
    CHECK(snapshotFolder(asidePath) == damaged);  // every byte of the newer vault, slot file and database
    CHECK(QFileInfo(asidePath).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ExeUser));
}

TEST_CASE("insider: the current recovery code still replaces a damaged vault outright, a damaged database is kept "
          "aside for the backup's passphrase",
          "[insider][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    const QString backupPath = backupThenDisable(tv, stick);
    flipByte(vault::VaultPaths::database(tv.dir()), 5000);
    const auto damaged = snapshotFolder(tv.dir());

    // The database is damaged but the slot file is not: the current lead's passphrase still
    // opens the slots, not the database, so the old files are kept.
    auto opened = backup::openBackup(backupPath, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    auto restored = backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(restored.ok());
    REQUIRE_FALSE(restored->keptAside.isEmpty());
    CHECK(snapshotFolder(restored->keptAside) == damaged);
    CHECK(tryOpen(tv.dir(), kZhao, kZhaoPassphrase).opened());  // the backup's users, as in the backup

    // The recovery code valid in the vault replaces it without keeping anything.
    flipByte(vault::VaultPaths::database(tv.dir()), 5000);
    auto byCode = backup::openBackup(backupPath, kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode);
    REQUIRE(byCode.ok());
    auto replaced = backup::restoreBackup(*byCode, tv.dir(), kLeadLogin, tv.recoveryCode(),
                                          vault::UnlockMethod::RecoveryCode);
    REQUIRE(replaced.ok());
    CHECK(replaced->keptAside.isEmpty());
    CHECK(entriesBeside(tv, u"vault.replaced-*"_s).size() == 1);  // only the first one
}

TEST_CASE("insider: restore never follows a link planted where it stages or keeps a vault", "[insider][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    const QString backupPath = backupThenDisable(tv, stick);
    const Victim victim(tv);
    const PinnedClock pinned(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600));
    const QString replacedName = u"vault.replaced-"_s + clock::now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    REQUIRE(QFile::link(u"victim"_s, QDir(tv.root()).filePath(u".vault.restoring"_s)));
    REQUIRE(QFile::link(u"victim"_s, QDir(tv.root()).filePath(replacedName)));

    auto opened = backup::openBackup(backupPath, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    SECTION("a vault in working order, replaced by its lead")
    {
        auto restored = backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase,
                                              vault::UnlockMethod::Passphrase);
        INFO((restored ? QString() : restored.error().message).toStdString());
        CHECK(restored.ok());
        CHECK(victim.untouched());
        CHECK_FALSE(QFileInfo::exists(QDir(tv.root()).filePath(u".vault.restoring"_s)));  // the link, removed
    }
    SECTION("a damaged vault, kept aside")
    {
        appendByte(vault::VaultPaths::keySlots(tv.dir()));
        const auto damaged = snapshotFolder(tv.dir());
        auto restored = backup::restoreBackup(*opened, tv.dir(), kZhao, kZhaoPassphrase,
                                              vault::UnlockMethod::Passphrase);
        REQUIRE(restored.ok());
        CHECK(victim.untouched());
        CHECK(QFileInfo(restored->keptAside).fileName() != replacedName);
        CHECK(snapshotFolder(restored->keptAside) == damaged);
        CHECK(QFileInfo(QDir(tv.root()).filePath(replacedName)).isSymLink());  // not ours: left alone
    }
    SECTION("the vault folder itself a link: refused")
    {
        const QString linked = QDir(tv.root()).filePath(u"linked"_s);
        REQUIRE(QFile::link(u"victim"_s, linked));
        auto refused = backup::restoreBackup(*opened, linked, kLeadLogin, kLeadPassphrase,
                                             vault::UnlockMethod::Passphrase);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(victim.untouched());
    }
}

TEST_CASE("insider: a backup never writes through a link planted at its temporary name", "[insider][backup]")
{
    TempVault tv;
    QTemporaryDir stick;
    const Victim victim(tv);
    const PinnedClock pinned(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600));
    const QString name = u"counseldesk-"_s + clock::now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) + u".cdbackup"_s;
    const QString target = QDir(victim.dir).filePath(u"planted.txt"_s);  // dangling: "no file there" to exists()
    REQUIRE(QFile::link(target, QDir(stick.path()).filePath(name + u".part"_s)));
    auto vault = tv.open();
    auto made = backup::createBackup(backup::sourceOf(*vault), stick.path());
    REQUIRE(made.ok());
    CHECK(QFileInfo(made->path).fileName() != name);
    CHECK(victim.untouched());
}
