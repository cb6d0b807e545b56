#pragma once
// The schema steps of the cases area. A released step never changes (its checksum is pinned in
// tests/unit/test_schema.cpp): a change to these tables is a new step, added here and to the one
// ordered list in core/registry/Schema.cpp, with a fixture vault made before it (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::cases {

/// Version 4: cases, sessions, the note index, private notes.
extern const storage::Migration kSchemaV4;
/// Version 5: concern categories and session drafts.
extern const storage::Migration kSchemaV5;

}  // namespace cd::cases
