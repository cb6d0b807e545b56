#include "support/FileSnapshot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

namespace cd::test {

QMap<QString, QByteArray> snapshotFolder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (info.fileName() == QLatin1String("vault.lock")) continue;
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(info.fileName(), f.readAll());
    }
    return files;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x10)));
}

QStringList filesContaining(const QString &dir, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray content = f.readAll();
        if (content.contains(utf8) || content.contains(utf16)) hits << path;
    }
    return hits;
}

}  // namespace cd::test
