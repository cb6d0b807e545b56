#include "common/SafePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Common)
};

}  // namespace

EntryKind entryKind(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) return EntryKind::Missing;
    if (S_ISLNK(st.st_mode)) return EntryKind::SymLink;
    if (S_ISDIR(st.st_mode)) return EntryKind::Directory;
    if (S_ISREG(st.st_mode)) return EntryKind::File;
    return EntryKind::Other;
}

bool removeEntry(const QString &path)
{
    switch (entryKind(path)) {
    case EntryKind::Missing:
        return true;
    case EntryKind::Directory:
        // QDir::removeRecursively removes links inside as links; only its starting point is
        // followed, and that is a real folder here.
        return QDir(path).removeRecursively();
    default:
        return ::unlink(QFile::encodeName(path).constData()) == 0;
    }
}

Status makeFreshDirectory(const QString &path)
{
    if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) == 0) return {};
    const int error = errno;
    return makeError(ErrorCode::Io, Tr::tr("Cannot create the folder %1: %2. Check the drive and its permissions, "
                                           "then try again.")
                                        .arg(QDir::toNativeSeparators(path),
                                             QString::fromLocal8Bit(std::strerror(error))));
}

int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL) return errno;
    // A filesystem without RENAME_NOREPLACE (some network and FUSE drives): check, then rename.
    if (entryKind(to) != EntryKind::Missing) return EEXIST;
    return ::rename(a.constData(), b.constData()) == 0 ? 0 : errno;
}

QString freeSiblingName(const QString &base, const QString &suffix, const QDateTime &when)
{
    const QString stem = base + suffix + u'-' + when.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = stem;
    for (int n = 2; entryKind(name) != EntryKind::Missing; ++n) name = stem + u'-' + QString::number(n);
    return name;
}

}  // namespace cd
