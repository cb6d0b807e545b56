#pragma once
// The vault's schema: every step of every area, in the one order they run.

#include "storage/Migrations.h"

#include <vector>

namespace cd::registry {

/// Every schema step, by version (1, 2, …). Each area owns its steps (core/<area>/<Area>Schema.cpp);
/// a released step never changes (tests/unit/test_schema.cpp pins each one's checksum).
const std::vector<storage::Migration> &schemaSteps();
/// The version a vault has once every step has run.
int latestSchemaVersion();

/// Test seam: steps appended after the real ones (as a newer release would add them), so a test
/// can run a step that fails, or migrate a fixture one version further. Empty to remove them.
void setExtraSchemaStepsForTesting(std::vector<storage::Migration> steps);

}  // namespace cd::registry
