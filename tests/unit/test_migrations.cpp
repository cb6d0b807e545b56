#include "registry/Schema.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>

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
    REQUIRE(storage::migrate(*db, registry::schemaSteps()).ok());
    CHECK(db->userVersion() == registry::latestSchemaVersion());
    REQUIRE(storage::migrate(*db, registry::schemaSteps()).ok());  // idempotent
    CHECK(db->scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"_s)->toInt() == 1);
}

TEST_CASE("A failing migration leaves the database at its previous version", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    auto db = openDb(dir, key);
    const std::vector<storage::Migration> steps = {
        {1, "test", "CREATE TABLE a (x INTEGER);"},
        {2, "lessons", "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);"},
    };
    auto st = storage::migrate(*db, steps);
    REQUIRE_FALSE(st.ok());
    // The message names the step and its area.
    CHECK(st.error().message.contains(u"step 2"_s));
    CHECK(st.error().message.contains(u"lessons"_s));
    CHECK(db->userVersion() == 0);
    CHECK(db->scalar(u"SELECT count(*) FROM sqlite_master"_s)->toInt() == 0);
}

TEST_CASE("A database from a newer program is refused, not downgraded", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    auto db = openDb(dir, key);
    REQUIRE(db->setUserVersion(registry::latestSchemaVersion() + 1).ok());
    auto st = storage::migrate(*db, registry::schemaSteps());
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(u"newer"_s));
}

TEST_CASE("The database opens only with its key", "[migrations]")
{
    QTemporaryDir dir;
    const auto key = crypto::SecureBuffer::random(32);
    {
        auto db = openDb(dir, key);
        REQUIRE(storage::migrate(*db, registry::schemaSteps()).ok());
    }
    auto wrong = storage::Database::open(dir.filePath(u"m.db"_s), crypto::SecureBuffer::random(32), false);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Damaged);
    auto right = storage::Database::open(dir.filePath(u"m.db"_s), key, false);
    CHECK(right.ok());
}

TEST_CASE("A released schema step never changes: each one's checksum is pinned", "[migrations][schema]")
{
    // SHA-256 of each step's SQL as released. A change to the schema is a new step at the end of
    // core/registry/Schema.cpp (with a fixture vault made before it), never an edit of these.
    const QList<std::pair<int, QByteArray>> pinned = {
        {1, "c1b6946e1ed111ce4c34d19ebe4d6075318021822f383709dc63fcceebdf5e0b"},
        {2, "251b608d917d59c6d7d04679a05018c6b7bc83d5419969cf89d8a096c3e3322b"},
        {3, "7c592f4c0809cd062b58fc7970ad8bca4745a1ff8f6fbe5a2c8ff7b70fb2f48c"},
        {4, "512799d7b0efc2a100227d694589148c7767ace6ba8203496f3b0c813ab7b5de"},
        {5, "293e458f61b5fc99367d041dc0b16acd5977d923029e91bcac722935672e9bcb"},
        {6, "8c6576d04541ca385b239127f3d538e4b809e032af86e2609c08cc9362e07053"},
        {7, "3c70785b61c732a6ccecf6c42ec8f7d5e792ca7f4ceafb72d040ed5d3e60cbdb"},
        {8, "4f03224b788bb6e98d1f6dd5aae97f8484cb8321324ac2109a5e1b82af0a2485"},
        {9, "0774701a493ebfa0281546e1ceab09ef8c3450a754e35267836ba24d21b495bb"},
        {10, "b476a9ca41eae6975ce1263dd7618f3e57614307530ad494c59465129139299d"},
    };
    const std::vector<storage::Migration> &steps = registry::schemaSteps();
    // Every released step is pinned here; a new step adds its line in the commit that adds it.
    REQUIRE(steps.size() == static_cast<size_t>(pinned.size()));
    for (size_t i = 0; i < steps.size(); ++i) {
        INFO("schema step " << steps[i].version << " (" << steps[i].area << ")");
        CHECK(steps[i].version == pinned[static_cast<qsizetype>(i)].first);
        CHECK(QCryptographicHash::hash(QByteArray(steps[i].sql), QCryptographicHash::Sha256).toHex()
              == pinned[static_cast<qsizetype>(i)].second);
        if (i > 0) CHECK(steps[i].version == steps[i - 1].version + 1);
    }
}
