#pragma once
// The schema a vault may hold is exactly the one CounselDesk's own steps create: a trigger, view,
// table or index added with the sqlcipher shell (say, a trigger that silently drops audit rows)
// makes the vault refuse to open, naming the object.

#include "common/Result.h"
#include "storage/Migrations.h"

#include <vector>

namespace cd::storage {

/// Tampered unless `db`'s schema equals what `steps` up to its user_version create (built in
/// memory for the comparison). SQLite's own internal objects are not compared.
Status checkSchemaMatches(Database &db, const std::vector<Migration> &steps);

}  // namespace cd::storage
