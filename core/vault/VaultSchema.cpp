#include "vault/VaultSchema.h"

namespace cd::vault {

namespace {

// Version 1: the vault itself (meta facts, users, the audit chain).
constexpr char kVaultV1[] = R"SQL(
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

const storage::Migration kSchemaV1 = {1, "vault", kVaultV1};

}  // namespace cd::vault
