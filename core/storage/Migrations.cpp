#include "storage/Migrations.h"

#include <QCoreApplication>

namespace cd::storage {

namespace {

// Version 1: the vault itself (meta facts, users, the audit chain).
const char *const kVaultV1 = R"SQL(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'counselor')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
)SQL";

}  // namespace

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, kVaultV1},
    };
    return migrations;
}

int latestSchemaVersion() { return allMigrations().back().version; }

Status migrate(Database &db, const std::vector<Migration> &migrations)
{
    const int current = db.userVersion();
    if (current < 0) return db.lastError();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Storage",
                                                     "This vault was written by a newer CounselDesk (schema %1, "
                                                     "this program knows %2). Install the newer version.")
                             .arg(current)
                             .arg(latest));
    if (current == latest) return {};

    Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    for (const Migration &m : migrations) {
        if (m.version <= current) continue;
        CD_TRY(db.exec(QString::fromUtf8(m.sql)));
    }
    CD_TRY(db.setUserVersion(latest));
    return tx.commit();
}

}  // namespace cd::storage
