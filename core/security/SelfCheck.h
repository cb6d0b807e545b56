#pragma once
// Refuses to run on a plaintext SQLite: the linked library must be SQLCipher, and the system
// libsqlite3 (which Qt's QSQLITE driver would bring) must not be mapped into the process.

#include "common/Result.h"

namespace cd::security {

Status verifySqlCipherLinked();
/// The SQLCipher version string, e.g. "3.4.1".
QString sqlCipherVersion();

}  // namespace cd::security
