#pragma once
// Versioned schema migrations: `PRAGMA user_version` says which have run; all pending ones run in
// one transaction, so a vault is never left between two versions.

#include "common/Result.h"
#include "storage/Database.h"

#include <vector>

namespace cd::storage {

struct Migration {
    int version;      ///< the user_version after this step; strictly increasing
    const char *sql;  ///< one or more statements
};

/// Every migration of the application, in order (each area adds its steps here).
const std::vector<Migration> &allMigrations();

/// Brings `db` to the newest version. A database newer than this build is refused.
Status migrate(Database &db, const std::vector<Migration> &migrations = allMigrations());

int latestSchemaVersion();

}  // namespace cd::storage
