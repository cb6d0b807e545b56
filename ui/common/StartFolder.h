#pragma once
// Where a folder chooser starts: the folder last used for the same thing when it still exists,
// else the user's Documents folder when there is one (it may be named but never made), else the
// home folder. The district export's and the District window's choosers use it.

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>

namespace cd::ui {

inline QString startFolder(const QString &last = {})
{
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir()) return documents;
    return QDir::homePath();
}

/// Tests only: the `start` the last FileDialogs::existingDirectory() was given, shown or answered
/// by the seam.
inline QString &lastDirectoryStart()
{
    static QString start;
    return start;
}

}  // namespace cd::ui
