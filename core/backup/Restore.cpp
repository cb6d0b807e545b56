// Restore: compare a backup with the vault it would replace, then swap it in safely.

#include "backup/Backup.h"

#include "common/AtomicFile.h"
#include "common/OutputFile.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cd::backup {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr qint64 kChunk = 1 << 20;

/// Copies `length` bytes at `offset` of the backup into a new file, checking their SHA-256.
Status extract(const QString &backupPath, qint64 offset, qint64 length, const QByteArray &sha256,
               const QString &target, const Progress &progress)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(offset)) return damagedBackup(QFileInfo(backupPath).fileName());
    OutputFile out;
    CD_TRY(out.open(target));
    crypto::Sha256 hash;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (qint64 done = 0; done < length;) {
        const qint64 n = in.read(chunk.data(), qMin(kChunk, length - done));
        if (n <= 0) return damagedBackup(QFileInfo(backupPath).fileName());
        hash.add(chunk.constData(), static_cast<std::size_t>(n));
        CD_TRY(out.write(chunk.constData(), n));
        done += n;
        if (progress && !progress(done, length))
            return makeError(ErrorCode::Cancelled, Tr::tr("The restore was cancelled. The vault was not changed."));
    }
    if (!crypto::constantTimeEquals(hash.final(), sha256)) return damagedBackup(QFileInfo(backupPath).fileName());
    return out.finish();
}

}  // namespace

bool Comparison::backupIsOlder() const { return currentAuditSeq > backupAuditSeq; }

Comparison compareWithVault(const OpenedBackup &backup, const QString &vaultDir)
{
    Comparison c;
    c.backupAuditSeq = backup.manifest.auditSeq;
    c.vaultExists = vault::Vault::exists(vaultDir);
    if (!c.vaultExists) return c;
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(vaultDir));
    if (!slots) {
        c.problem = slots.error().message;
        return c;
    }
    c.currentAuditSeq = slots->marker.seq;
    c.sameVault = slots->vaultId == backup.header.vaultId;
    if (!c.sameVault) return c;
    const QString uri = QUrl::fromLocalFile(QFileInfo(vault::VaultPaths::database(vaultDir)).absoluteFilePath())
                            .toString(QUrl::FullyEncoded)
                        + u"?mode=ro"_s;
    auto db = storage::Database::openReadOnly(uri, backup.dbKey);
    Status healthy = db ? (*db)->checkIntegrity(false) : Status(db.error());
    auto counts = healthy ? countRecords(**db) : Result<Counts>(healthy.error());
    if (!counts) {
        c.problem = counts.error().message;
        return c;
    }
    c.readable = true;
    c.current = *counts;
    return c;
}

Status restoreBackup(const OpenedBackup &backup, const QString &vaultDir, const QString &login, const QString &secret,
                     vault::UnlockMethod method, const Progress &progress)
{
    const qint64 total = backup.header.dbLength * 2;
    CD_TRY(verifyContents(backup, [&](qint64 done, qint64 of) {
        return !progress || progress(done * backup.header.dbLength / qMax<qint64>(1, of), total);
    }));

    const QFileInfo target(QDir(vaultDir).absolutePath());
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, writeErrorMessage(parent, EACCES));
    const bool replacing = target.exists();
    if (vault::Vault::exists(target.absoluteFilePath())) {
        vault::VaultLock lock(vault::VaultPaths::lockFile(target.absoluteFilePath()));
        if (lock.tryLock() == vault::VaultLock::Outcome::InUse)
            return makeError(ErrorCode::InUse, Tr::tr("The vault %1 is open in CounselDesk. Lock or close it there "
                                                      "first, then restore.")
                                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }

    // 1. The restored files beside the vault, complete and synced.
    const QString staging = parent + u"/."_s + target.fileName() + u".restoring"_s;
    QDir(staging).removeRecursively();  // left by an interrupted restore
    if (!QDir().mkpath(staging)) return makeError(ErrorCode::Io, writeErrorMessage(staging, EACCES));
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto cleanStaging = [&]() { QDir(staging).removeRecursively(); };
    Status st = extract(backup.path, backup.header.slotsOffset, backup.header.slotsLength,
                        backup.manifest.slotsSha256, vault::VaultPaths::keySlots(staging), {});
    if (st)
        st = extract(backup.path, backup.header.dbOffset, backup.header.dbLength, backup.manifest.dbSha256,
                     vault::VaultPaths::database(staging),
                     [&](qint64 done, qint64 length) { return !progress || progress(length + done, total); });
    if (st) st = syncDirectory(staging);
    if (!st) {
        cleanStaging();
        return st;
    }

    // 2. Swap: the current vault aside, the restored one in its place.
    const QString aside = parent + u'/' + target.fileName() + u".before-restore-"_s
                          + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (replacing && !QDir().rename(target.absoluteFilePath(), aside)) {
        cleanStaging();
        return makeError(ErrorCode::Io, Tr::tr("The vault folder %1 could not be moved aside, so nothing was restored. "
                                               "Close any program using it, then try again.")
                                            .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    const auto putBack = [&]() {
        QDir(target.absoluteFilePath()).removeRecursively();
        if (replacing) QDir().rename(aside, target.absoluteFilePath());
        (void)syncDirectory(parent);  // best effort on the way back
    };
    if (!QDir().rename(staging, target.absoluteFilePath())) {
        cleanStaging();
        putBack();
        return makeError(ErrorCode::Io, writeErrorMessage(target.absoluteFilePath(), EIO));
    }
    if (Status synced = syncDirectory(parent); !synced) {
        putBack();
        return synced;
    }

    // 3. The restored vault must open with the same credentials; it records the restore.
    auto opened = vault::Vault::open(target.absoluteFilePath(), login, secret, method);
    st = opened ? (*opened)->recordEvent(audit::action::Restored, u"backup:"_s + QFileInfo(backup.path).fileName(),
                                         backup.header.created.toString(Qt::ISODate))
                : Status(opened.error());
    if (opened) (*opened)->close(u"restore"_s);
    if (!st) {
        putBack();
        return makeError(st.error().code, Tr::tr("The restored vault did not open (%1). The vault you had is back in "
                                                 "place, unchanged.")
                                              .arg(st.error().message));
    }
    if (replacing) QDir(aside).removeRecursively();
    return {};
}

}  // namespace cd::backup
