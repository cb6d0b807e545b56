#pragma once
// The schema steps of the students area. A released step never changes (its checksum is pinned in
// tests/unit/test_schema.cpp): a change to these tables is a new step, added here and to the one
// ordered list in core/registry/Schema.cpp, with a fixture vault made before it (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::students {

/// Version 2: students and their growth record.
extern const storage::Migration kSchemaV2;
/// Version 3: the watch list.
extern const storage::Migration kSchemaV3;

}  // namespace cd::students
