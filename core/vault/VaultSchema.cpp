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

// Version 8: signed audit rows (docs/vault-format.md, "Who wrote a row"). Every user's Ed25519
// public key, certified by a room lead (or by the recovery key); each row names the key that
// signed it; the room lead's signed checkpoints of the chain's head.
constexpr char kVaultV8[] = R"SQL(
CREATE TABLE audit_keys (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL COLLATE NOCASE,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'counselor', 'recovery')),
    public_key    BLOB NOT NULL UNIQUE,
    added_at      TEXT NOT NULL,
    certified_by  INTEGER REFERENCES audit_keys(id),
    certificate   BLOB
);
CREATE TABLE audit_checkpoints (
    seq        INTEGER PRIMARY KEY,
    hash       BLOB NOT NULL,
    signed_from INTEGER NOT NULL,
    key_id     INTEGER NOT NULL REFERENCES audit_keys(id),
    signature  BLOB NOT NULL
);
ALTER TABLE audit_log ADD COLUMN key_id INTEGER;
ALTER TABLE audit_log ADD COLUMN signature BLOB;
)SQL";

}  // namespace

const storage::Migration kSchemaV1 = {1, "vault", kVaultV1};
const storage::Migration kSchemaV8 = {8, "vault", kVaultV8};

}  // namespace cd::vault
