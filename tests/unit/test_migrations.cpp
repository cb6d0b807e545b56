#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<storage::Database> openDb(const QTemporaryDir &dir, const crypto::SecureBuffer &key)
{
    auto db = storage::Database::open(dir.filePath(u"m.db"_s), key, true);
    REQUIRE(db.ok());
    return std::move(*db);
}
}  // namespace

TEST_CASE("Migrations bring a new database to the latest version once", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    auto db = openDb(dir, key);
    CHECK(db->userVersion() == 0);
    REQUIRE(storage::migrate(*db).ok());
    CHECK(db->userVersion() == storage::latestSchemaVersion());
    REQUIRE(storage::migrate(*db).ok());  // idempotent
    CHECK(db->scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"_s)->toInt() == 1);
}

TEST_CASE("A failing migration leaves the database at its previous version", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    auto db = openDb(dir, key);
    const std::vector<storage::Migration> steps = {
        {1, "CREATE TABLE a (x INTEGER);"},
        {2, "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);"},
    };
    auto st = storage::migrate(*db, steps);
    REQUIRE_FALSE(st.ok());
    CHECK(db->userVersion() == 0);
    CHECK(db->scalar(u"SELECT count(*) FROM sqlite_master"_s)->toInt() == 0);
}

TEST_CASE("A database from a newer program is refused, not downgraded", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    auto db = openDb(dir, key);
    REQUIRE(db->setUserVersion(storage::latestSchemaVersion() + 1).ok());
    auto st = storage::migrate(*db);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(u"newer"_s));
}

TEST_CASE("The database opens only with its key", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    {
        auto db = openDb(dir, key);
        REQUIRE(storage::migrate(*db).ok());
    }
    auto wrong = storage::Database::open(dir.filePath(u"m.db"_s), crypto::SecureBuffer::random(32), false);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Damaged);
    auto right = storage::Database::open(dir.filePath(u"m.db"_s), key, false);
    CHECK(right.ok());
}
