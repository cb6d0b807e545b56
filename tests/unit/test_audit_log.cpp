#include "audit/AuditLog.h"
#include "registry/Schema.h"
#include "vault/VaultAudit.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

struct Chain {
    QTemporaryDir dir;
    crypto::SecureBuffer key = crypto::SecureBuffer::random(32);
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<audit::AuditLog> log;

    explicit Chain(int rows)
    {
        auto opened = storage::Database::open(dir.filePath(u"a.db"_s), key, true);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        REQUIRE(storage::migrate(*db, registry::schemaSteps()).ok());
        log = std::make_unique<audit::AuditLog>(*db, crypto::subkey(key, 2, "CDAUDIT_"));
        for (int i = 1; i <= rows; ++i)
            REQUIRE(log->append(u"lead"_s, audit::action::Unlocked, u"target %1"_s.arg(i), u"detail"_s).ok());
    }
    void sql(const QString &statement) { REQUIRE(db->exec(statement).ok()); }
    audit::ChainReport verify()
    {
        auto report = log->verify();
        REQUIRE(report.ok());
        return *report;
    }
};

}  // namespace

TEST_CASE("An untouched chain verifies and reports its head", "[audit]")
{
    Chain chain(5);
    const auto report = chain.verify();
    CHECK(report.intact());
    CHECK(report.rows == 5);
    CHECK(report.head.seq == 5);
    auto head = chain.log->head();
    REQUIRE(head.ok());
    CHECK(head->hash == report.head.hash);
    auto recent = chain.log->recent(2);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 2);
    CHECK(recent->at(0).seq == 5);
    auto about = chain.log->recent(10, u"target 3"_s);
    REQUIRE(about.ok());
    REQUIRE(about->size() == 1);
    CHECK(about->at(0).seq == 3);
}

TEST_CASE("Editing any field of a row is named as that row", "[audit]")
{
    for (const QString &column : {u"at"_s, u"actor"_s, u"action"_s, u"target"_s, u"detail"_s}) {
        Chain chain(6);
        chain.sql(u"UPDATE audit_log SET %1 = %1 || 'x' WHERE seq = 4"_s.arg(column));
        const auto report = chain.verify();
        INFO(column.toStdString());
        CHECK(report.firstBrokenSeq == 4);
        CHECK(report.problem.contains(u"edited"_s));
    }
}

TEST_CASE("Deleting a row is named at the gap", "[audit]")
{
    Chain chain(6);
    chain.sql(u"DELETE FROM audit_log WHERE seq = 3"_s);
    const auto report = chain.verify();
    CHECK(report.firstBrokenSeq == 3);
    CHECK(report.problem.contains(u"missing"_s));
}

TEST_CASE("Reordering rows is detected at the first moved row", "[audit]")
{
    Chain chain(6);
    // Swap the contents of rows 2 and 3 (keeping their sequence numbers).
    chain.sql(u"UPDATE audit_log SET seq = -2 WHERE seq = 2"_s);
    chain.sql(u"UPDATE audit_log SET seq = 2 WHERE seq = 3"_s);
    chain.sql(u"UPDATE audit_log SET seq = 3 WHERE seq = -2"_s);
    CHECK(chain.verify().firstBrokenSeq == 2);
}

TEST_CASE("Replaying a row at the end is detected", "[audit]")
{
    Chain chain(4);
    chain.sql(u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) "
              "SELECT 5, at, actor, action, target, detail, prev_hash, hash FROM audit_log WHERE seq = 2"_s);
    CHECK(chain.verify().firstBrokenSeq == 5);
}

TEST_CASE("A forged row with a recomputed plain hash is still refused", "[audit]")
{
    Chain chain(3);
    audit::Entry forged;
    forged.seq = 4;
    forged.at = clock::now();
    forged.actor = u"intruder"_s;
    forged.action = u"vault.unlock"_s;
    auto head = chain.log->head();
    REQUIRE(head.ok());
    // Without the MAC key an attacker can only guess: use a wrong key.
    const auto wrongKey = crypto::SecureBuffer::random(32);
    const QByteArray hash = audit::AuditLog::rowHash(wrongKey, head->hash, forged);
    auto stmt = chain.db->prepare(u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) VALUES (4, ?, 'intruder', 'vault.unlock', '', '', ?, ?)"_s);
    REQUIRE(stmt.ok());
    stmt->bind(1, clock::toStorage(forged.at)).bind(2, head->hash).bind(3, hash);
    REQUIRE(stmt->exec().ok());
    CHECK(chain.verify().firstBrokenSeq == 4);
}

TEST_CASE("A timestamp rewritten in another form of the same moment is detected", "[audit]")
{
    Chain chain(3);
    chain.sql(u"UPDATE audit_log SET at = replace(at, 'Z', '+00:00') WHERE seq = 2"_s);
    CHECK(chain.verify().firstBrokenSeq == 2);
}
