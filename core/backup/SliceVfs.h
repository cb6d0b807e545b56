#pragma once
// A read-only SQLite VFS that sees a byte range of a larger file as a whole database: the
// encrypted database inside a .cdbackup file is checked in place, never copied out to verify it.
// Open with SQLITE_OPEN_READONLY | SQLITE_OPEN_URI and a URI such as
//   file:/path/name.cdbackup?immutable=1&cd_offset=8192&cd_length=1048576
// Other files SQLite may ask for (there are none for an immutable read) go to the default VFS.

namespace cd::backup {

/// Registers the VFS once (thread-safe) and returns its name.
const char *sliceVfsName();

}  // namespace cd::backup
