#pragma once
// An FTS4 index read the way someone holding the database key reads it: every term of every
// segment (the b-tree nodes in `<table>_segdir.root` and `<table>_segments.block`, decoded by the
// format in SQLite's fts3 documentation), including the terms of delete markers and of rows an
// index still holds for a deleted or replaced document. A query never shows those.

#include "crypto/SecureBuffer.h"

#include <QSet>
#include <QString>

namespace cd::test {

/// Every term in the segments of FTS4 table `table` of the encrypted database at `path`,
/// opened read-only with the raw `key`.
QSet<QString> ftsSegmentTerms(const QString &path, const crypto::SecureBuffer &key, const QString &table);

}  // namespace cd::test
