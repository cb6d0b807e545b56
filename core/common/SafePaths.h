#pragma once
// Paths CounselDesk creates or removes beside a vault or a backup, handled without following
// symbolic links: a link planted where a staging folder or a temporary file goes is removed as a
// link (never followed into the folder it points to), folders and files are created fresh (an
// existing entry is an error, not something to reuse), and renames never replace what is there.

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace cd {

enum class EntryKind { Missing, File, Directory, SymLink, Other };
/// What is at `path` itself (lstat: a symbolic link is reported as one, not followed).
EntryKind entryKind(const QString &path);

/// Removes whatever is at `path`: a link or file is unlinked, a real folder is removed with its
/// contents (links inside removed as links). Nothing is followed. True when nothing is left.
bool removeEntry(const QString &path);

/// Creates the folder `path` (mode 0700); fails if anything already has that name.
Status makeFreshDirectory(const QString &path);

/// rename(2) that fails instead of replacing an existing entry (renameat2 RENAME_NOREPLACE).
/// Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to);

/// `base` + `suffix` + "-YYYYMMDD-HHMMSS" (local time of `when`), with "-2", "-3"… added until
/// no entry of that name exists (a link counts).
QString freeSiblingName(const QString &base, const QString &suffix, const QDateTime &when);

}  // namespace cd
