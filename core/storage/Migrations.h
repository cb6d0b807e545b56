#pragma once
// Versioned schema migrations: `PRAGMA user_version` says which steps have run; all pending ones
// run in one transaction, so a vault is never left between two versions. The steps themselves
// live with their area (core/<area>/<Area>Schema.cpp) and are listed, in order, in one place:
// core/registry/Schema.cpp.

#include "common/Result.h"
#include "storage/Database.h"

#include <vector>

namespace cd::storage {

struct Migration {
    int version;       ///< the user_version after this step; strictly increasing
    const char *area;  ///< the area that owns the step ("students", …): named when it fails
    const char *sql;   ///< one or more statements
};

/// Brings `db` to the newest of `steps`. A database newer than the steps is refused. A step that
/// fails rolls everything back (the file is left as it was) and the error names the step.
Status migrate(Database &db, const std::vector<Migration> &steps);

}  // namespace cd::storage
