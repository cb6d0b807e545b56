// Issue 11, findings 1–3, written the way the insider did it: a colleague with a valid
// passphrase, the documented file formats and the core library's public calls (the same a few
// lines of C++ against counseldesk_core would use), no private hooks. Each test failed on the code
// before signed audit rows, the schema check and key rotation (docs/vault-format.md).

#include "audit/AuditKeys.h"
#include "storage/Database.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kWang = u"wang"_s;
const QString kWangPass = u"wang's own passphrase"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// A vault with the counselor wang, who exported four times; then the lead looked in.
void prepare(TempVault &tv)
{
    {
        auto lead = tv.open();
        REQUIRE(lead->addUser(kWang, u"王老师"_s, vault::Role::Counselor, kWangPass).ok());
    }
    {
        auto wang = tv.open(kWang, kWangPass);
        for (int i = 0; i < 4; ++i) REQUIRE(wang->recordEvent("screening.export", u"run:1"_s).ok());
    }
    { auto lead = tv.open(); }
}

/// What the insider holds: the database key from her own slot, and the database opened with it.
struct Insider {
    vault::KeySlotFile slots;
    vault::UnlockedKeys keys;
    std::unique_ptr<storage::Database> db;
};

Insider breakIn(const QString &dir, const QString &login, const QString &passphrase)
{
    Insider in;
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(dir));
    REQUIRE(slots.ok());
    in.slots = *slots;
    auto keys = vault::Vault::unlockKeys(in.slots, login, passphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(keys.ok());
    in.keys = std::move(*keys);
    auto db = storage::Database::open(vault::VaultPaths::database(dir), in.keys.dbKey, false);
    REQUIRE(db.ok());
    in.db = std::move(*db);
    return in;
}

/// Deletes the rows matching `where`, renumbers and rechains every later row with the chain key
/// from vault_meta, re-signs her own rows with her own key, and points the marker and the seal at
/// the new head: everything the format lets someone with the database key and her key do.
void rewriteHistory(Insider &in, const QString &where, const QString &self)
{
    storage::Database &db = *in.db;
    auto chainKeyHex = db.scalar(u"SELECT value FROM vault_meta WHERE key = 'audit_chain_key'"_s);
    REQUIRE(chainKeyHex.ok());
    QByteArray chainKeyBytes = QByteArray::fromHex(chainKeyHex->toString().toLatin1());
    const crypto::SecureBuffer chainKey = crypto::SecureBuffer::takeFrom(chainKeyBytes);
    REQUIRE(db.exec(u"DELETE FROM audit_log WHERE "_s + where).ok());
    auto stmt = db.prepare(u"SELECT seq, at, actor, action, target, detail, key_id FROM audit_log ORDER BY seq"_s);
    REQUIRE(stmt.ok());
    struct Row {
        audit::Entry e;
        qint64 oldSeq;
    };
    QList<Row> rows;
    while (*stmt->step()) {
        audit::Entry e;
        e.seq = stmt->int64(0);
        e.atText = stmt->text(1);
        e.actor = stmt->text(2);
        e.action = stmt->text(3);
        e.target = stmt->text(4);
        e.detail = stmt->text(5);
        e.keyId = stmt->int64(6);
        rows.append({e, e.seq});
    }
    const crypto::SigningKey mine = in.keys.identity.signingKey();
    QByteArray prev(32, '\0');
    qint64 seq = 0;
    for (Row &r : rows) {
        r.e.seq = ++seq;
        r.e.prevHash = prev;
        r.e.hash = audit::AuditLog::rowHash(chainKey, prev, r.e);
        prev = r.e.hash;
        auto update = db.prepare(u"UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ?, "
                                 "signature = CASE WHEN actor = ? THEN ? ELSE signature END WHERE seq = ?"_s);
        REQUIRE(update.ok());
        update->bind(1, -r.e.seq).bind(2, r.e.prevHash).bind(3, r.e.hash).bind(4, self);
        update->bind(5, mine.sign(audit::rowSignedMessage(in.slots.vaultId, r.e.hash))).bind(6, r.oldSeq);
        REQUIRE(update->exec().ok());
    }
    REQUIRE(db.exec(u"UPDATE audit_log SET seq = -seq"_s).ok());
    REQUIRE(db.exec(u"DELETE FROM audit_checkpoints WHERE seq > "_s + QString::number(seq)).ok());
    in.db.reset();
    in.slots.marker = vault::RollbackMarker{seq, prev, {}};
}

void saveSlots(const QString &dir, const Insider &in)
{
    REQUIRE(in.slots.save(vault::VaultPaths::keySlots(dir), in.keys.dbKey).ok());
}

}  // namespace

TEST_CASE("A counselor who deletes her rows and recomputes the chain is caught by the lead's check",
          "[insider][audit]")
{
    TempVault tv;
    prepare(tv);
    {
        Insider wang = breakIn(tv.dir(), kWang, kWangPass);
        rewriteHistory(wang, u"actor = 'wang' AND action = 'screening.export'"_s, kWang);
        saveSlots(tv.dir(), wang);
    }
    // The vault still opens (the marker, the MAC and the seal were all recomputed)…
    auto lead = tv.open();
    auto report = lead->check(true);
    REQUIRE(report.ok());
    CHECK(report->chain.intact());  // the chain alone is fooled, as before
    // …but the rows after hers were signed by the lead, whose key she does not hold.
    CHECK_FALSE(report->signatures.intact());
    CHECK_FALSE(report->ok());
    INFO(report->signatures.problem.toStdString());
    CHECK(report->signatures.problem.contains(kLeadLogin));
}

TEST_CASE("Dropping one's own newest rows below the lead's checkpoint is caught", "[insider][audit]")
{
    TempVault tv;
    prepare(tv);
    {
        // The lead's unlock checkpointed a head that includes her rows and the lead's own. She
        // drops every row from her first export on (the lead's later rows too: she cannot re-sign
        // them, so she deletes them) and keeps the checkpoints.
        Insider wang = breakIn(tv.dir(), kWang, kWangPass);
        auto first = wang.db->scalar(u"SELECT min(seq) FROM audit_log WHERE action = 'screening.export'"_s);
        REQUIRE(first.ok());
        auto stmt = wang.db->prepare(u"DELETE FROM audit_log WHERE seq >= ?"_s);
        REQUIRE(stmt.ok());
        stmt->bind(1, first->toLongLong());
        REQUIRE(stmt->exec().ok());
        auto head = audit::AuditLog::headOf(*wang.db);
        REQUIRE(head.ok());
        wang.db.reset();
        wang.slots.marker = vault::RollbackMarker{head->seq, head->hash, {}};
        saveSlots(tv.dir(), wang);
    }
    auto lead = tv.open();
    auto report = lead->check(true);
    REQUIRE(report.ok());
    CHECK(report->chain.intact());
    CHECK_FALSE(report->signatures.intact());
    CHECK(report->signatures.problem.contains(u"checkpoint"_s));
}

TEST_CASE("A row written outside CounselDesk under another user's name is caught", "[insider][audit]")
{
    TempVault tv;
    prepare(tv);
    {
        // She appends a row as the lead, chained and signed with her own key (or with a key she
        // registers for the lead herself): neither is a key a lead certified for the lead.
        Insider wang = breakIn(tv.dir(), kWang, kWangPass);
        auto chainKeyHex = wang.db->scalar(u"SELECT value FROM vault_meta WHERE key = 'audit_chain_key'"_s);
        QByteArray chainKeyBytes = QByteArray::fromHex(chainKeyHex->toString().toLatin1());
        audit::AuditLog log(*wang.db, crypto::SecureBuffer::takeFrom(chainKeyBytes));
        const crypto::SigningKey forged(crypto::SecureBuffer::random(32));
        audit::AuditKeys keys(*wang.db, wang.slots.vaultId);
        auto forgedId = keys.add(kLeadLogin, u"lead"_s, forged.publicKey(), nullptr);
        REQUIRE(forgedId.ok());
        log.setSigner(*forgedId, forged, wang.slots.vaultId);
        auto row = log.append(kLeadLogin, "user.passphrase_reset", kWang);
        REQUIRE(row.ok());
        wang.db.reset();
        wang.slots.marker = vault::RollbackMarker{row->seq, row->hash, {}};
        saveSlots(tv.dir(), wang);
    }
    auto lead = tv.open();
    auto report = lead->check(true);
    REQUIRE(report.ok());
    CHECK_FALSE(report->signatures.intact());
    CHECK(report->signatures.problem.contains(u"certified"_s));
}

TEST_CASE("A trigger, view, table or index planted with the sqlcipher shell makes the vault refuse to open",
          "[insider][schema]")
{
    const QString plant = GENERATE(
        u"CREATE TRIGGER drop_mine BEFORE INSERT ON audit_log WHEN NEW.actor = 'wang' BEGIN SELECT RAISE(IGNORE); END"_s,
        u"CREATE VIEW peek AS SELECT * FROM students"_s, u"CREATE TABLE stash (x)"_s,
        u"CREATE INDEX quick ON audit_log (actor)"_s);
    TempVault tv;
    prepare(tv);
    {
        Insider wang = breakIn(tv.dir(), kWang, kWangPass);
        REQUIRE(wang.db->exec(plant).ok());
    }
    const auto before = snapshotFolder(tv.dir());
    const OpenAttempt attempt = tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase);
    CHECK(attempt.error == ErrorCode::Tampered);
    const QString name = plant.section(u' ', 2, 2);
    CHECK(attempt.message.contains(u"\""_s + name + u"\""_s));
    CHECK(snapshotFolder(tv.dir()) == before);  // refused before anything was written
}

TEST_CASE("A disabled user's slot from an earlier copy opens nothing current", "[insider][rotation]")
{
    TempVault tv;
    prepare(tv);
    const QByteArray oldSlots = readAll(vault::VaultPaths::keySlots(tv.dir()));
    {
        auto lead = tv.open();
        REQUIRE(lead->disableUser(kWang).ok());
        CHECK(lead->keyGeneration() == 1);
        REQUIRE(lead->recordEvent("student.import", u"student:1"_s).ok());
    }
    // Her slot, taken from the copy, still unwraps the key it held…
    auto slots = vault::KeySlotFile::parse(oldSlots, u"old"_s);
    REQUIRE(slots.ok());
    auto keys = vault::Vault::unlockKeys(*slots, kWang, kWangPass, vault::UnlockMethod::Passphrase);
    REQUIRE(keys.ok());
    // …which no longer opens the live database.
    auto db = storage::Database::open(vault::VaultPaths::database(tv.dir()), keys->dbKey, false);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Damaged);
    // The old slot file put back is refused too, and so is she; the lead still gets in.
    const QByteArray current = readAll(vault::VaultPaths::keySlots(tv.dir()));
    writeAll(vault::VaultPaths::keySlots(tv.dir()), oldSlots);
    CHECK_FALSE(tryOpen(tv.dir(), kWang, kWangPass).opened());
    CHECK_FALSE(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
    writeAll(vault::VaultPaths::keySlots(tv.dir()), current);
    CHECK(tryOpen(tv.dir(), kWang, kWangPass).error == ErrorCode::UnknownUser);
    auto lead = tv.open();
    auto report = lead->check(true);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("After a passphrase change the earlier slot file and passphrase open nothing", "[insider][rotation]")
{
    TempVault tv;
    prepare(tv);
    const QByteArray oldSlots = readAll(vault::VaultPaths::keySlots(tv.dir()));
    {
        auto wang = tv.open(kWang, kWangPass);
        REQUIRE(wang->changePassphrase(kWangPass, u"a brand new passphrase"_s).ok());
        CHECK(wang->keyGeneration() == 1);
    }
    writeAll(vault::VaultPaths::keySlots(tv.dir()), oldSlots);
    const auto before = snapshotFolder(tv.dir());
    CHECK_FALSE(tryOpen(tv.dir(), kWang, kWangPass).opened());
    CHECK(snapshotFolder(tv.dir()) == before);
}

TEST_CASE("Every user keeps working across key rotations, private notes included", "[rotation]")
{
    TempVault tv;
    prepare(tv);
    {
        auto lead = tv.open();
        REQUIRE(lead->addUser(u"li"_s, {}, vault::Role::Counselor, u"li's passphrase here"_s).ok());
        REQUIRE(lead->disableUser(u"li"_s).ok());
        REQUIRE(lead->resetPassphrase(kWang, tv.recoveryCode(), u"reset by the lead"_s).ok());
        CHECK(lead->keyGeneration() == 2);
        auto report = lead->check(true);
        REQUIRE(report.ok());
        INFO(report->signatures.problem.toStdString());
        CHECK(report->ok());
    }
    CHECK(tryOpen(tv.dir(), kWang, u"reset by the lead"_s).opened());
    CHECK(tryOpen(tv.dir(), kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode).opened());
    auto wang = tv.open(kWang, u"reset by the lead"_s);
    auto report = wang->check(false);
    REQUIRE(report.ok());
    INFO(report->signatures.problem.toStdString());
    CHECK(report->ok());
}

TEST_CASE("An interrupted rotation is finished or undone at the next unlock", "[rotation]")
{
    TempVault tv;
    prepare(tv);
    const QString staging = vault::VaultPaths::rotating(tv.dir());
    SECTION("a stray copy from before the commit is removed")
    {
        writeAll(staging, QByteArray(8192, 'x'));
        CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
        CHECK_FALSE(QFile::exists(staging));
    }
    SECTION("a planted link is removed as a link, never followed")
    {
        QDir(tv.root()).mkpath(u"victim"_s);
        const QString victim = QDir(tv.root()).filePath(u"victim/file"_s);
        writeAll(victim, "precious");
        REQUIRE(QFile::link(victim, staging));
        CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());
        CHECK_FALSE(QFileInfo(staging).isSymLink());
        CHECK(readAll(victim) == "precious");
    }
    SECTION("a committed rotation whose copy was not yet swapped in is finished")
    {
        // Before: the folder as it was; after: the folder once the rotation is done. A crash
        // between the commit (the new slot file) and the swap leaves the old database, the new
        // slot file and the new database still under its staging name.
        const QByteArray oldDb = readAll(vault::VaultPaths::database(tv.dir()));
        {
            auto lead = tv.open();
            REQUIRE(lead->disableUser(kWang).ok());
        }
        const QByteArray newDb = readAll(vault::VaultPaths::database(tv.dir()));
        writeAll(vault::VaultPaths::database(tv.dir()), oldDb);
        writeAll(staging, newDb);
        auto lead = tv.open();
        CHECK_FALSE(QFile::exists(staging));
        CHECK(lead->keyGeneration() == 1);
        auto report = lead->check(true);
        REQUIRE(report.ok());
        CHECK(report->ok());
    }
}
