#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace cd {

Status writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const auto fail = [&](const QString &reason) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, QCoreApplication::translate("Common", "Cannot write %1: %2. Check the drive "
                                                                          "and free space, then try again.")
                                            .arg(path, reason));
    };
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size()) return fail(file.errorString());
    if (!file.commit()) return fail(file.errorString());  // QSaveFile fsyncs before renaming
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status syncDirectory(const QString &dirPath)
{
    const QByteArray native = QFile::encodeName(dirPath);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return {};  // not every filesystem lets a folder be opened; the rename is still atomic
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Common", "The drive did not confirm the write to %1. Check the drive, then try again.").arg(dirPath));
    return {};
}

}  // namespace cd
