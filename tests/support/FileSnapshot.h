#pragma once
// The bytes of every file in a folder, to prove an operation changed nothing.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace cd::test {

/// file name -> content, for every regular file directly in `dir` (the lock file excluded).
QMap<QString, QByteArray> snapshotFolder(const QString &dir);
/// Flips one bit of the byte at `offset` of `path`.
void flipByte(const QString &path, qint64 offset);
/// Searches every file below `dir` for `needle` (as UTF-8 and UTF-16); the paths that hold it.
QStringList filesContaining(const QString &dir, const QString &needle);

}  // namespace cd::test
