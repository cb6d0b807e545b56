#include "support/FileSnapshot.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <QFile>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const crypto::SecureBuffer &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
}

/// Column `index` of every row `sql` gives.
QStringList column(storage::Database &db, const QString &sql, int index = 0)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.ok());
    QStringList values;
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) return values;
        values << stmt->text(index);
    }
}

/// Every row of every table but the audit log, each column quoted: "table|'a'|1|NULL".
QStringList everyRowButTheAuditLog(storage::Database &db)
{
    const QStringList tables =
        column(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' ORDER BY name"_s);
    REQUIRE(tables.contains(u"users"_s));
    QStringList rows;
    for (const QString &table : tables) {
        QStringList columns;
        for (const QString &name : column(db, u"PRAGMA table_info(%1)"_s.arg(table), 1))
            columns << u"quote(%1)"_s.arg(name);
        REQUIRE_FALSE(columns.isEmpty());
        for (const QString &row : column(db, u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(columns.join(u" || '|' || "_s), table)))
            rows << table + u'|' + row;
    }
    REQUIRE(rows.filter(u"users|"_s).size() == 2);  // the lead and the colleague: the rows were read
    return rows;
}

}  // namespace

TEST_CASE("A created vault opens for its lead and remembers the school", "[vault]")
{
    TempVault tv;
    auto vault = tv.open();
    CHECK(vault->currentUser().login == kLeadLogin);
    CHECK(vault->currentUser().role == vault::Role::Lead);
    CHECK(vault->school().name == u"Synthetic Test School"_s);
    CHECK(vault->school().type == vault::SchoolType::JuniorHigh);
    CHECK(vault->userKey().size() == 32);
    CHECK_FALSE(vault->mustSetPassphrase());
    auto report = vault->check(false);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("Opening a vault leaves no file in the working folder", "[vault]")
{
    // The schema check's in-memory reference once created an empty ":memory:" file wherever the
    // program was started.
    TempVault tv;
    QTemporaryDir cwd;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(cwd.path()));
    {
        auto vault = tv.open();
        CHECK(vault->isOpen());
    }
    QDir::setCurrent(before);
    CHECK(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("Creating refuses a folder that holds a vault and bad first-user input", "[vault]")
{
    TempVault tv;
    vault::CreateOptions options;
    options.school = {u"X"_s, vault::SchoolType::Primary};
    options.leadLogin = u"lead"_s;
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    CHECK(vault::Vault::create(tv.dir(), options).error().code == ErrorCode::AlreadyExists);

    QTemporaryDir other;
    options.passphrase = u"short"_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    options.passphrase = kLeadPassphrase;
    options.leadLogin = u"two words"_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    options.leadLogin = u"lead"_s;
    options.school.name = u"   "_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(vault::Vault::exists(other.filePath(u"v"_s)));
}

TEST_CASE("Unlock, lock and re-unlock write audit rows and keep the chain intact", "[vault][audit]")
{
    TempVault tv;
    for (int i = 0; i < 3; ++i) {
        auto vault = tv.open();
        vault->close(u"test"_s);
        CHECK_FALSE(vault->isOpen());
    }
    auto vault = tv.open();
    auto entries = vault->audit().recent(100);
    REQUIRE(entries.ok());
    int unlocks = 0;
    int locks = 0;
    for (const auto &e : *entries) {
        unlocks += e.action == QLatin1String(audit::action::Unlocked);
        locks += e.action == QLatin1String(audit::action::Locked);
    }
    CHECK(unlocks == 4);
    CHECK(locks == 4);  // the creation session's lock too
    auto report = vault->check(true);
    REQUIRE(report.ok());
    CHECK(report->chain.intact());
    CHECK(report->marker.ok());
}

TEST_CASE("Recovery code unlock requires a new passphrase, then the new one works", "[vault][recovery]")
{
    TempVault tv;
    {
        auto opened = vault::Vault::open(tv.dir(), kLeadLogin, tv.recoveryCode().toLower(),
                                         vault::UnlockMethod::RecoveryCode);
        REQUIRE(opened.ok());
        auto &vault = *opened;
        CHECK(vault->mustSetPassphrase());
        CHECK(vault->userKey().isEmpty());
        // Until a new passphrase is set, the lead's powers are withheld.
        CHECK(vault->addUser(u"x"_s, {}, vault::Role::Counselor, kLeadPassphrase).error().code
              == ErrorCode::PermissionDenied);
        CHECK(vault->setPassphraseAfterRecovery(u"short"_s).error().code == ErrorCode::InvalidInput);
        REQUIRE(vault->setPassphraseAfterRecovery(u"a brand new passphrase"_s).ok());
        CHECK_FALSE(vault->mustSetPassphrase());
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"a brand new passphrase"_s).opened());
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"_s, vault::UnlockMethod::RecoveryCode).error
          == ErrorCode::WrongPassphrase);
    // Something that is no recovery code at all is named as such (and costs no key derivation).
    const OpenAttempt notACode = tryOpen(tv.dir(), kLeadLogin, u"not a code"_s, vault::UnlockMethod::RecoveryCode);
    CHECK(notACode.error == ErrorCode::WrongPassphrase);
    CHECK(notACode.message.contains(u"24 letters and digits"_s));
}

TEST_CASE("The order of the slots in the key-slot file does not matter", "[vault][recovery]")
{
    TempVault tv;
    crypto::SecureBuffer dbKey;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"counselor passphrase"_s).ok());
        dbKey = crypto::SecureBuffer::copyOf(reinterpret_cast<const char *>(vault->databaseKey().data()),
                                             vault->databaseKey().size());
    }
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(tv.dir()));
    REQUIRE(slots.ok());
    REQUIRE(slots->slots.size() == 3);
    // Each slot first in turn (rewritten with the vault's key, as the vault itself would).
    for (int first = 0; first < 3; ++first) {
        vault::KeySlotFile reordered = *slots;
        reordered.slots.move(first, 0);
        REQUIRE(reordered.save(vault::VaultPaths::keySlots(tv.dir()), dbKey).ok());
        INFO("slot " << first << " first");
        CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
        CHECK(tryOpen(tv.dir(), u"wang"_s, u"counselor passphrase"_s).opened());
        CHECK(tryOpen(tv.dir(), kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode).opened());
        CHECK(tryOpen(tv.dir(), u"nobody"_s, kLeadPassphrase).error == ErrorCode::UnknownUser);
        slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(tv.dir()));  // the marker moved
        REQUIRE(slots.ok());
    }
}

TEST_CASE("Changing one's passphrase rewraps one slot and replaces the database key, every record as it was",
          "[vault]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"counselor passphrase"_s).ok());
    }
    const auto before = snapshotFolder(tv.dir());
    auto slotsBefore = vault::KeySlotFile::parse(before.value(u"keyslots.cdk"_s), u"before"_s);
    REQUIRE(slotsBefore.ok());
    auto vault = tv.open();
    const QByteArray userKey = bytesOf(vault->userKey());
    const QByteArray dbKey = bytesOf(vault->databaseKey());
    const QStringList rowsBefore = everyRowButTheAuditLog(vault->database());
    const qint64 auditBefore = vault->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
    CHECK(vault->changePassphrase(u"wrong current pass"_s, u"another passphrase"_s).error().code
          == ErrorCode::WrongPassphrase);
    REQUIRE(vault->changePassphrase(kLeadPassphrase, u"another passphrase"_s).ok());

    // The database: every row as it was but the key's generation, and two audit rows more: the
    // change, then the new database key (a copy of the old slot file must open nothing: issue 11).
    QStringList expected = rowsBefore;
    expected.replaceInStrings(u"vault_meta|'key_generation'|'0'"_s, u"vault_meta|'key_generation'|'1'"_s);
    CHECK(everyRowButTheAuditLog(vault->database()) == expected);
    CHECK(expected != rowsBefore);
    CHECK(vault->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong() == auditBefore + 2);
    const auto recent = vault->audit().recent(2);
    REQUIRE(recent.ok());
    CHECK(recent->at(0).action == QLatin1String(audit::action::KeyRotated));
    CHECK(recent->at(1).action == QLatin1String(audit::action::PassphraseChanged));
    vault.reset();

    // The key-slot file: the lead's slot rewrapped, the colleague's and the recovery slot as they were.
    auto slotsAfter = vault::KeySlotFile::load(vault::VaultPaths::keySlots(tv.dir()));
    REQUIRE(slotsAfter.ok());
    CHECK(slotsAfter->vaultId == slotsBefore->vaultId);
    REQUIRE(slotsAfter->slots.size() == 3);
    REQUIRE(slotsBefore->slots.size() == 3);
    const QByteArray leadId = slotsBefore->loginId(kLeadLogin);
    for (qsizetype i = 0; i < slotsBefore->slots.size(); ++i) {
        const vault::KeySlot &was = slotsBefore->slots.at(i);
        const vault::KeySlot &is = slotsAfter->slots.at(i);
        INFO("slot " << i);
        CHECK(is.id == was.id);
        CHECK((is.sealed == was.sealed) == (was.id != leadId));
        CHECK((is.salt == was.salt) == (was.id != leadId));
    }

    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), u"wang"_s, u"counselor passphrase"_s).opened());
    CHECK(tryOpen(tv.dir(), kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode).opened());
    auto reopened = tv.open(kLeadLogin, u"another passphrase"_s);
    // A new database key; the same private key.
    CHECK(bytesOf(reopened->databaseKey()) != dbKey);
    CHECK(bytesOf(reopened->userKey()) == userKey);
    CHECK(reopened->verifyPassphrase(u"another passphrase"_s).ok());
    CHECK(reopened->verifyPassphrase(kLeadPassphrase).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("Closing wipes the keys the vault held and lets the folder go", "[vault][lock]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->databaseKey().size() == 32);
    REQUIRE(vault->userKey().size() == 32);
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::InUse);
    vault->close(u"test"_s);
    CHECK_FALSE(vault->isOpen());
    // Freed with sodium_free, which overwrites them; nothing of either is left to read.
    CHECK(vault->databaseKey().isEmpty());
    CHECK(vault->databaseKey().data() == nullptr);
    CHECK(vault->userKey().isEmpty());
    CHECK(vault->userKey().data() == nullptr);
    // Locked cleanly: the whole-file seal is written, and the object no longer holds the folder.
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(tv.dir()));
    REQUIRE(slots.ok());
    CHECK_FALSE(slots->marker.fileSeal.isEmpty());
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("A missing folder or database is reported plainly", "[vault]")
{
    QTemporaryDir dir;
    CHECK(tryOpen(dir.filePath(u"none"_s), kLeadLogin, kLeadPassphrase).error == ErrorCode::NotFound);
    TempVault tv;
    QFile::remove(vault::VaultPaths::database(tv.dir()));
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
}
