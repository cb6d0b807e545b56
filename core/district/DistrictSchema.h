#pragma once
// The schema steps of the district summary (docs/district-summary.md): the school's profile
// (staffing, room and funding), one row. A released step never changes (its checksum is pinned in
// tests/unit/test_migrations.cpp); a change is a new step with a fixture vault made before it
// (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::district {

/// Version 10: `school_profile`, and the index of group sessions by group that schema 9 lacked.
extern const storage::Migration kSchemaV10;

}  // namespace cd::district
