#pragma once
// The schema steps of the vault area. A released step never changes (its checksum is pinned in
// tests/unit/test_schema.cpp): a change to these tables is a new step, added here and to the one
// ordered list in core/registry/Schema.cpp, with a fixture vault made before it (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::vault {

/// Version 1: the vault: meta facts, users, the audit chain.
extern const storage::Migration kSchemaV1;
/// Version 8: signed audit rows: users' public keys and certificates, the lead's checkpoints.
extern const storage::Migration kSchemaV8;

}  // namespace cd::vault
