#pragma once
// Writes a whole file or nothing: temp file in the same folder, fsync, rename, fsync the folder.
// The file is readable and writable by its owner only.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace cd {

Status writeFileAtomically(const QString &path, const QByteArray &content);
/// fsync() a directory so a rename inside it survives a power cut.
Status syncDirectory(const QString &dirPath);

}  // namespace cd
