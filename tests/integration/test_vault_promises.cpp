// The promises of ../shared/SECURITY.md that the foundation makes, each tested on a real vault.

#include "support/FileSnapshot.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/SchoolLabel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("Nothing of the data is readable on disk", "[promise][plaintext]")
{
    const QString marker = u"PLAINTEXT-MARKER-7f3a9c"_s;
    const QString chineseMarker = u"明文标记测试样本"_s;
    QTemporaryDir root;
    const QString dir = root.filePath(u"vault"_s);
    vault::CreateOptions options;
    // The school's name is the one thing kept in clear, as the sign-in window's label
    // (docs/vault-format.md): checked below to be alone in its file.
    const QString school = u"Synthetic Label School 南桥"_s;
    options.school = {school, vault::SchoolType::SeniorHigh};
    options.leadLogin = u"leadmarker7f3a9c"_s;
    options.leadDisplayName = marker + u" lead"_s;
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    {
        auto created = vault::Vault::create(dir, options);
        REQUIRE(created.ok());
        auto &vault = created->vault;
        REQUIRE(vault->addUser(u"usermarker7f3a9c"_s, marker + chineseMarker, vault::Role::Counselor,
                               u"passphrase of user"_s)
                    .ok());
        REQUIRE(vault->audit().append(options.leadLogin, audit::action::Checked, marker, chineseMarker).ok());
        // Mid-session too: the journal and any temp file of an open transaction.
        storage::Transaction tx(vault->database());
        REQUIRE(vault->audit().append(options.leadLogin, audit::action::Checked, marker, chineseMarker).ok());
        const QStringList searched = {dir, QDir::tempPath()};
        for (const QString &where : searched) {
            INFO(where.toStdString());
            CHECK(filesContaining(where, marker).isEmpty());
        }
        REQUIRE(tx.commit().ok());
    }
    const QStringList places = {
        root.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    for (const QString &where : places) {
        INFO(where.toStdString());
        for (const QString &needle : {marker, chineseMarker, u"leadmarker7f3a9c"_s, u"usermarker7f3a9c"_s})
            CHECK(filesContaining(where, needle).isEmpty());
    }
    QFile label(vault::schoolLabelPath(dir));
    REQUIRE(label.open(QIODevice::ReadOnly));
    CHECK(label.readAll() == school.toUtf8() + '\n');
    CHECK(QFileInfo(label).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(label).permissions().testFlag(QFileDevice::ReadOther));
    // The database file does not even start like an SQLite file.
    QFile db(vault::VaultPaths::database(dir));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.read(16).startsWith("SQLite format 3"));
}

TEST_CASE("100 wrong passphrases give a clear error and leave every file byte-identical", "[promise]")
{
    TempVault tv;
    const auto before = snapshotFolder(tv.dir());
    for (int i = 0; i < 100; ++i) {
        auto opened = vault::Vault::open(tv.dir(), kLeadLogin, u"wrong passphrase %1"_s.arg(i));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::WrongPassphrase);
        CHECK(opened.error().message.contains(u"passphrase"_s));
    }
    CHECK(snapshotFolder(tv.dir()) == before);
    CHECK(tryOpen(tv.dir(), u"nobody"_s, kLeadPassphrase).error == ErrorCode::UnknownUser);
    CHECK(snapshotFolder(tv.dir()) == before);
}

TEST_CASE("A flipped byte anywhere in the database is refused as damage and changes nothing", "[promise][damage]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        for (int i = 0; i < 3; ++i)  // a few pages of content
            REQUIRE(vault->addUser(u"user%1"_s.arg(i), QString(3000, u'x'), vault::Role::Counselor,
                                   u"passphrase %1 long"_s.arg(i))
                        .ok());
    }
    const QString dbPath = vault::VaultPaths::database(tv.dir());
    const qint64 size = QFileInfo(dbPath).size();
    REQUIRE(size >= 4096 * 4);
    QFile original(dbPath);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray pristine = original.readAll();
    original.close();

    QList<qint64> offsets = {0, 15, 16, 100, 4095, 4096, 4096 + 2000, size - 1, size - 20, size - 48};
    QRandomGenerator rng(20261129);
    while (offsets.size() < 60) offsets << rng.bounded(size);
    for (qint64 offset : offsets) {
        flipByte(dbPath, offset);
        const auto damaged = snapshotFolder(tv.dir());
        INFO("offset " << offset);
        CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
        CHECK(snapshotFolder(tv.dir()) == damaged);  // refused, never "repaired"
        QFile restore(dbPath);
        REQUIRE(restore.open(QIODevice::WriteOnly | QIODevice::Truncate));
        restore.write(pristine);
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("A flipped byte of the key-slot file stops the unlock", "[promise][damage]")
{
    TempVault tv;
    const QString path = vault::VaultPaths::keySlots(tv.dir());
    const qint64 size = QFileInfo(path).size();
    QRandomGenerator rng(7);
    for (int i = 0; i < 40; ++i) {
        const qint64 offset = rng.bounded(size);
        flipByte(path, offset);
        INFO("offset " << offset);
        CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
        flipByte(path, offset);  // flipping the same bit again restores the file
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("An older copy of the database put back is detected as rolled back", "[promise][rollback]")
{
    TempVault tv;
    const QString dbPath = vault::VaultPaths::database(tv.dir());
    const QString oldCopy = tv.root() + u"/old.db"_s;
    REQUIRE(QFile::copy(dbPath, oldCopy));
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"counselor passphrase"_s).ok());
    }
    REQUIRE(QFile::remove(dbPath));
    REQUIRE(QFile::copy(oldCopy, dbPath));
    const auto before = snapshotFolder(tv.dir());
    auto opened = vault::Vault::open(tv.dir(), kLeadLogin, kLeadPassphrase);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::RolledBack);
    CHECK(opened.error().message.contains(u"older"_s));
    CHECK(snapshotFolder(tv.dir()) == before);
}

TEST_CASE("A database from another vault beside this key-slot file is refused", "[promise][damage]")
{
    TempVault first;
    TempVault second;  // same lead login and passphrase, different keys
    REQUIRE(QFile::remove(vault::VaultPaths::database(first.dir())));
    REQUIRE(QFile::copy(vault::VaultPaths::database(second.dir()), vault::VaultPaths::database(first.dir())));
    CHECK(tryOpen(first.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
}

TEST_CASE("Deleting the newest audit rows is caught by the marker", "[promise][audit]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->syncMarker().ok());
    REQUIRE(vault->database().exec(u"DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"_s).ok());
    auto report = vault->check(false);
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok());
    CHECK_FALSE(report->marker.ok());
}

TEST_CASE("An edited audit row is named by the check", "[promise][audit]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->database().exec(u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"_s).ok());
    auto report = vault->check(false);
    REQUIRE(report.ok());
    CHECK(report->chain.firstBrokenSeq == 2);
    CHECK_FALSE(report->ok());
}

TEST_CASE("A second opener of the same vault is told it is in use", "[promise][lock]")
{
    TempVault tv;
    auto first = tv.open();
    auto second = vault::Vault::open(tv.dir(), kLeadLogin, kLeadPassphrase);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::InUse);
    first.reset();
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("A locked vault is sealed: even bytes SQLCipher does not authenticate are checked", "[promise][damage]")
{
    TempVault tv;
    const QString dbPath = vault::VaultPaths::database(tv.dir());
    // The last 12 bytes of each page's reserve are padding outside SQLCipher's page HMAC.
    for (qint64 offset : {qint64(4095), qint64(4096 - 12), qint64(2 * 4096 - 1)}) {
        flipByte(dbPath, offset);
        INFO("offset " << offset);
        auto opened = vault::Vault::open(tv.dir(), kLeadLogin, kLeadPassphrase);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Damaged);
        CHECK(opened.error().message.contains(u"while the vault was locked"_s));
        flipByte(dbPath, offset);
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("A vault left open by a crash (no seal) still opens, checked page by page", "[promise][crash]")
{
    TempVault tv;
    const QString copy = tv.root() + u"/crashed"_s;
    {
        auto vault = tv.open();  // unlocking clears the seal
        QDir().mkpath(copy);
        for (const QString &file : {vault::VaultPaths::database(tv.dir()), vault::VaultPaths::keySlots(tv.dir())})
            REQUIRE(QFile::copy(file, copy + u'/' + QFileInfo(file).fileName()));
    }  // the copy is what a power cut would have left: no lock row, no seal
    auto reopened = vault::Vault::open(copy, kLeadLogin, kLeadPassphrase);
    REQUIRE(reopened.ok());
    auto report = (*reopened)->check(true);
    REQUIRE(report.ok());
    CHECK(report->ok());
}
