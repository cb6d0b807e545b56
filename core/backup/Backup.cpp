#include "backup/Backup.h"

#include "backup/SliceVfs.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "common/SafePaths.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <thread>

#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace cd::backup {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kCopyChunk = 4 << 20;

Error cancelled() { return makeError(ErrorCode::Cancelled, Tr::tr("The backup was cancelled. Nothing was kept.")); }

QString uniqueName(const QDir &dest, const QDateTime &created)
{
    const QString stem = u"counseldesk-"_s + created.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = stem + QLatin1String(kFileSuffix);
    for (int n = 2; entryKind(dest.filePath(name)) != EntryKind::Missing ||
                    entryKind(dest.filePath(name + u".part"_s)) != EntryKind::Missing;
         ++n)
        name = stem + u'-' + QString::number(n) + QLatin1String(kFileSuffix);
    return name;
}

/// Removes what a crashed or unplugged earlier backup left (older than ten minutes).
void removeStaleParts(const QDir &dest)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QFileInfo &info : dest.entryInfoList({u"counseldesk-*.cdbackup.part"_s}, QDir::Files))
        if (info.lastModified().toUTC() < cutoff) QFile::remove(info.absoluteFilePath());
}

/// What one sequential read of a backup file yields.
struct Digests {
    QByteArray db;     ///< SHA-256 of the database bytes
    QByteArray slots;  ///< SHA-256 of the key-slot file
};

/// Reads the file once, front to back: the database's hash against the plain copy after it, the
/// rest against the trailer. The kernel is asked to read ahead, so a check running beside this
/// finds the pages in memory.
Result<Digests> digest(const QString &path, const Header &h, const Progress &progress)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != h.fileSize) return damagedBackup(name);
#ifdef POSIX_FADV_WILLNEED
    ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
    ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_WILLNEED);
#endif
    crypto::Sha256 rest;
    crypto::Sha256 db;
    crypto::Sha256 slots;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (qint64 at = 0; at < h.trailerOffset;) {
        const qint64 n = file.read(chunk.data(), qMin(kChunk, h.trailerOffset - at));
        if (n <= 0) return damagedBackup(name);
        // Each piece of the chunk goes to the database's hash or to the rest's.
        const auto feed = [&](crypto::Sha256 &hash, qint64 from, qint64 length) {
            const qint64 begin = qMax(at, from);
            const qint64 end = qMin(at + n, from + length);
            if (begin < end) hash.add(chunk.constData() + (begin - at), static_cast<std::size_t>(end - begin));
        };
        feed(rest, 0, h.dbOffset);
        feed(db, h.dbOffset, h.dbLength);
        feed(rest, h.dbOffset + h.dbLength, h.trailerOffset - h.dbOffset - h.dbLength);
        feed(slots, h.slotsOffset, h.slotsLength);
        at += n;
        if (progress && !progress(at, h.trailerOffset)) return cancelled();
    }
    const QByteArray trailer = file.read(kTrailerBytes);
    Digests d{db.final(), slots.final()};
    rest.add(d.db);
    if (trailer.size() != kTrailerBytes || !crypto::constantTimeEquals(trailer.left(kHashBytes), d.db)
        || !crypto::constantTimeEquals(trailer.mid(kHashBytes), rest.final()))
        return damagedBackup(name);
    return d;
}

}  // namespace

Source sourceOf(vault::Vault &vault)
{
    Source s;
    s.databasePath = vault::VaultPaths::database(vault.directory());
    s.keySlotsPath = vault::VaultPaths::keySlots(vault.directory());
    s.dbKey = vault.databaseKey().mid(0, vault.databaseKey().size());
    s.school = vault.school().name;
    s.createdBy = vault.currentUser().login;
    return s;
}

Result<BackupResult> createBackup(const Source &source, const QString &destDir, const Progress &progress,
                                  int generations)
{
    const QDir dest(destDir);
    if (destDir.isEmpty() || !dest.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("The folder %1 is not there (was the drive removed?). Choose "
                                                     "another folder.")
                                                  .arg(QDir::toNativeSeparators(destDir)));
    if (QFileInfo(dest.absolutePath()) == QFileInfo(QFileInfo(source.databasePath).absolutePath()))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a folder outside the vault, best on another drive: "
                                                         "a backup beside the vault is lost with it."));
    removeStaleParts(dest);
    QElapsedTimer timer;
    timer.start();

    // A read transaction on a connection of our own: no write commits until the copy is done,
    // so the bytes copied are one consistent state of the database.
    auto db = storage::Database::openReadOnly(source.databasePath, u"mode=ro"_s, source.dbKey);
    if (!db) return db.error();
    CD_TRY((*db)->exec(u"BEGIN"_s));
    CD_TRY((*db)->exec(u"SELECT count(*) FROM sqlite_master"_s));  // takes the shared lock
    // The key slots are read under the lock: their marker can only trail the copied database.
    auto slots = vault::KeySlotFile::load(source.keySlotsPath);
    if (!slots) return slots.error();
    CD_TRY(slots->verifyMac(source.dbKey));
    if (auto holds = vault::Vault::checkRollbackMarker(**db, slots->marker); !holds)
        return holds.error().code == ErrorCode::RolledBack
                   ? makeError(ErrorCode::Internal, Tr::tr("The vault changed while the backup started. Try again."))
                   : holds.error();
    auto head = audit::AuditLog::headOf(**db);
    if (!head) return head.error();
    auto counts = countRecords(**db);
    if (!counts) return counts.error();
    const int schemaVersion = (*db)->userVersion();

    const QByteArray slotBytes = slots->loadedBytes();
    const qint64 dbLength = QFileInfo(source.databasePath).size();
    if (dbLength < kDbAlignment || dbLength % kDbAlignment != 0)
        return makeError(ErrorCode::Damaged, Tr::tr("The vault database has an unexpected size. Check the vault "
                                                   "(Vault ▸ Check integrity) before backing it up."));
    const qint64 total = dbLength * 2;  // copy, then read back
    Header header = makeHeader(slots->vaultId, clock::now(), slotBytes.size(), dbLength);
    const QString name = uniqueName(dest, header.created);
    const QString finalPath = dest.absoluteFilePath(name);

    OutputFile out;
    CD_TRY(out.open(finalPath + u".part"_s));
    crypto::Sha256 rest;
    crypto::Sha256 dbHash;
    crypto::Sha256 slotsHash;
    const auto put = [&](const QByteArray &bytes) -> Status {
        rest.add(bytes);
        return out.write(bytes);
    };
    CD_TRY(put(header.bytes));
    CD_TRY(put(slotBytes));
    slotsHash.add(slotBytes);
    CD_TRY(put(QByteArray(header.dbOffset - header.slotsOffset - slotBytes.size(), '\0')));

    QFile in(source.databasePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the vault database: %1").arg(in.errorString()));
    // The kernel copies the pages (copy_file_range where it can, as cp does) while a second
    // thread hashes the same bytes from the page cache; the read-back check compares the two.
    // Both handles stay open until the read transaction ends: closing a handle on the database
    // file would drop the process's POSIX locks on it (SQLite's "how to corrupt", 2.2).
    std::atomic<bool> stopHashing{false};
    bool hashRead = true;
    QFile source2(source.databasePath);
    if (!source2.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the vault database: %1").arg(source2.errorString()));
    std::thread hasher([&]() {
        QByteArray chunk(kCopyChunk, Qt::Uninitialized);
        for (qint64 at = 0; at < dbLength && !stopHashing;) {
            const qint64 n = source2.read(chunk.data(), qMin(kCopyChunk, dbLength - at));
            if (n <= 0) {
                hashRead = false;
                return;
            }
            dbHash.add(chunk.constData(), static_cast<std::size_t>(n));
            at += n;
        }
    });
    const Status copied = out.copyFrom(in.handle(), 0, dbLength, [&](qint64 done) {
        return !progress || progress(done, total);
    });
    if (!copied) stopHashing = true;
    hasher.join();
    if (!copied) return copied.error().code == ErrorCode::Cancelled ? cancelled() : copied.error();
    if (!hashRead)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the vault database: %1").arg(source2.errorString()));
    CD_TRY((*db)->exec(u"COMMIT"_s));
    db->reset();
    in.close();
    source2.close();

    Manifest manifest;
    manifest.school = source.school;
    manifest.createdBy = source.createdBy;
    manifest.auditSeq = head->seq;
    manifest.auditHash = head->hash;
    manifest.schemaVersion = schemaVersion;
    manifest.counts = *counts;
    manifest.dbSha256 = dbHash.final();
    manifest.slotsSha256 = slotsHash.final();
    const QByteArray sealed = sealManifest(manifest, source.dbKey, header.bytes);
    QByteArray length(4, Qt::Uninitialized);
    qToLittleEndian(static_cast<quint32>(sealed.size()), length.data());
    CD_TRY(put(length));
    CD_TRY(put(sealed));
    CD_TRY(put(manifest.dbSha256));
    CD_TRY(out.write(rest.final()));
    CD_TRY(out.finish());
    const QString partPath = out.path();
    const qint64 writeMs = timer.restart();

    // Read back from the drive and check everything while the file still has its temporary
    // name: only a verified file is ever called a backup.
    const auto verifyProgress = [&](qint64 done, qint64 of) {
        return !progress || progress(dbLength + static_cast<qint64>(double(done) / qMax<qint64>(1, of) * dbLength), total);
    };
    auto reread = readHeader(partPath);
    OpenedBackup written;
    Status verified = reread ? Status() : Status(reread.error());
    if (verified) {
        written.path = partPath;
        written.header = *reread;
        written.manifest = manifest;
        written.dbKey = source.dbKey.mid(0, source.dbKey.size());
        written.keySlots = slotBytes;
        verified = verifyContents(written, verifyProgress);
    }
    if (!verified) {
        QFile::remove(partPath);
        if (verified.error().code == ErrorCode::Cancelled) return cancelled();
        return makeError(verified.error().code == ErrorCode::Io ? ErrorCode::Io : ErrorCode::Damaged,
                         Tr::tr("The backup was written, but reading it back from the drive failed (%1). It was "
                                "removed; try another drive.")
                             .arg(verified.error().message));
    }
    if (const int error = renameNoReplace(partPath, finalPath); error != 0) {
        QFile::remove(partPath);
        return makeError(ErrorCode::Io, writeErrorMessage(finalPath, error));
    }
    CD_TRY(syncDirectory(dest.absolutePath()));
    written.path = finalPath;

    BackupResult result;
    result.writeMs = writeMs;
    result.verifyMs = timer.elapsed();
    result.path = finalPath;
    result.header = written.header;
    result.manifest = manifest;
    const QList<BackupEntry> existing = listBackups(dest.absolutePath(), slots->vaultId);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        if (existing.at(i).path == finalPath || kept < qMax(1, generations) - 1) {
            if (existing.at(i).path != finalPath) ++kept;
            continue;
        }
        if (QFile::remove(existing.at(i).path)) result.pruned << existing.at(i).path;
    }
    if (!result.pruned.isEmpty()) (void)syncDirectory(dest.absolutePath());  // best effort: the new one is synced
    return result;
}

Result<Header> checkIntact(const QString &path, const Progress &progress)
{
    auto header = readHeader(path);
    if (!header) return header.error();
    auto digests = digest(path, *header, progress);
    if (!digests) return digests.error();
    return header;
}

Result<OpenedBackup> openBackup(const QString &path, const QString &login, const QString &secret,
                                vault::UnlockMethod method)
{
    const QString name = QFileInfo(path).fileName();
    auto header = readHeader(path);
    if (!header) return header.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(header->slotsOffset)) return damagedBackup(name);
    OpenedBackup b;
    b.path = path;
    b.header = *header;
    b.keySlots = file.read(header->slotsLength);
    auto slots = vault::KeySlotFile::parse(b.keySlots, name);
    if (!slots) return damagedBackup(name);
    auto keys = vault::Vault::unlockKeys(*slots, login, secret, method);
    if (!keys) return keys.error();
    CD_TRY(slots->verifyMac(keys->dbKey));
    if (!file.seek(header->manifestOffset)) return damagedBackup(name);
    auto manifest = openManifest(file.read(header->manifestLength), keys->dbKey, header->bytes, name);
    if (!manifest) return manifest.error();
    b.manifest = *manifest;
    b.dbKey = std::move(keys->dbKey);
    if (keys->identity.isValid()) b.boxSecret = keys->identity.boxSecret();
    return b;
}

Status verifyContents(const OpenedBackup &b, const Progress &progress)
{
    const QString name = QFileInfo(b.path).fileName();
    const Header &h = b.header;

    // The database's own checks run beside the checksum pass (two cores, one read each).
    auto db = storage::Database::openReadOnly(
        b.path, u"immutable=1&cd_offset=%1&cd_length=%2"_s.arg(h.dbOffset).arg(h.dbLength), b.dbKey, sliceVfsName());
    if (!db) return db.error().code == ErrorCode::Damaged ? Status(damagedBackup(name)) : Status(db.error());
    // Room for every page (up to 256 MiB): integrity_check then decrypts each page once.
    CD_TRY((*db)->exec(u"PRAGMA cache_size = -%1"_s.arg(qMin<qint64>(h.dbLength / 1024 + 1024, 256 * 1024))));
    Status dbStatus;
    std::thread checker([&]() { dbStatus = (*db)->checkIntegrity(true); });
    auto digests = digest(b.path, h, progress);
    Status hashStatus = digests ? Status() : Status(digests.error());
    if (digests && (!crypto::constantTimeEquals(digests->db, b.manifest.dbSha256)
                    || !crypto::constantTimeEquals(digests->slots, b.manifest.slotsSha256)))
        hashStatus = damagedBackup(name);
    if (!hashStatus) sqlite3_interrupt((*db)->handle());
    checker.join();
    CD_TRY(hashStatus);
    if (!dbStatus) return damagedBackup(name);

    auto slots = vault::KeySlotFile::parse(b.keySlots, name);
    if (!slots || slots->vaultId != h.vaultId) return damagedBackup(name);
    CD_TRY(slots->verifyMac(b.dbKey));
    auto counts = countRecords(**db);
    auto head = audit::AuditLog::headOf(**db);
    if (!counts || !head || *counts != b.manifest.counts || head->seq != b.manifest.auditSeq
        || head->hash != b.manifest.auditHash || !vault::Vault::checkRollbackMarker(**db, slots->marker))
        return damagedBackup(name);
    return {};
}

QList<BackupEntry> listBackups(const QString &dir, const QByteArray &vaultId)
{
    QList<BackupEntry> list;
    const QDir folder(dir);
    for (const QFileInfo &info : folder.entryInfoList({u"*"_s + QLatin1String(kFileSuffix)}, QDir::Files)) {
        auto header = readHeader(info.absoluteFilePath());
        if (!header || (!vaultId.isEmpty() && header->vaultId != vaultId)) continue;
        list.append({info.absoluteFilePath(), *header});
    }
    std::sort(list.begin(), list.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.header.created != b.header.created ? a.header.created > b.header.created : a.path > b.path;
    });
    return list;
}

}  // namespace cd::backup
