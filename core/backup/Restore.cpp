// Restore: compare a backup with the vault it would replace, then swap it in safely.

#include "backup/Backup.h"
#include "audit/AuditTarget.h"

#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "common/SafePaths.h"
#include "crypto/Crypto.h"
#include "crypto/KeyPairs.h"
#include "storage/Database.h"
#include "vault/SchoolLabel.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdio.h>

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

/// Whether the vault being replaced vouched for the restore, or could not be read.
enum class OldVault { Remove, KeepAside };

/// A vault in working order is replaced only by someone it lets in now: a room lead's current
/// passphrase, or its current recovery code. An old passphrase that a backup still accepts (a
/// user disabled since, a passphrase changed since) is not enough. A vault whose key slots or
/// database cannot be read is the case backups exist for, but damage is no permission: then the
/// backup's credential suffices, and the old vault is kept aside, untouched (KeepAside).
Result<OldVault> mayReplace(const QString &vaultDir, const QString &login, const QString &secret,
                            vault::UnlockMethod method)
{
    if (!vault::Vault::exists(vaultDir)) return OldVault::Remove;
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(vaultDir));
    if (!slots) return OldVault::KeepAside;
    auto keys = vault::Vault::unlockKeys(*slots, login, secret, method);
    if (!keys) {
        if (keys.error().code == ErrorCode::Damaged) return OldVault::KeepAside;
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("The vault on this computer is in working order: to replace it, use a passphrase or "
                                "the recovery code that opens it now. A backup's older passphrase is not enough."));
    }
    if (!slots->verifyMac(keys->dbKey)) return OldVault::KeepAside;
    if (method == vault::UnlockMethod::RecoveryCode) return OldVault::Remove;
    auto db = storage::Database::openReadOnly(vault::VaultPaths::database(vaultDir), u"mode=ro"_s, keys->dbKey);
    if (!db || !(*db)->checkIntegrity(false)) return OldVault::KeepAside;
    auto stmt = (*db)->prepare(u"SELECT role, active FROM users WHERE login = ? COLLATE NOCASE"_s);
    if (!stmt) return OldVault::KeepAside;
    stmt->bind(1, login.trimmed());
    auto row = stmt->step();
    if (!row || !*row) return OldVault::KeepAside;
    if (stmt->text(0) != u"lead"_s || stmt->int64(1) == 0)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only a room lead, or the recovery code, can replace the vault with a backup."));
    return OldVault::Remove;
}

/// Only a vault folder (or nothing) is ever replaced: never a folder holding anything else, and
/// never through a link.
Status checkReplaceable(const QString &targetPath)
{
    if (entryKind(targetPath) == EntryKind::SymLink)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is a link to another folder, so CounselDesk will not replace it. Restore into "
                                "the folder itself: %2.")
                             .arg(QDir::toNativeSeparators(targetPath),
                                  QDir::toNativeSeparators(QFileInfo(targetPath).canonicalFilePath())));
    const QStringList known = {u"vault.db"_s, u"keyslots.cdk"_s, u"vault.lock"_s, u"vault.db-journal"_s,
                               QFileInfo(vault::schoolLabelPath(targetPath)).fileName()};
    const QStringList entries = QDir(targetPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                           QDir::NoDotAndDotDot);
    const bool onlyVault = std::all_of(entries.cbegin(), entries.cend(), [&](const QString &e) {
        return known.contains(e) && entryKind(QDir(targetPath).filePath(e)) != EntryKind::SymLink;
    });
    if (entryKind(targetPath) != EntryKind::Directory || !onlyVault ||
        (!vault::Vault::exists(targetPath) && !entries.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 holds other files than a vault's, so CounselDesk will not replace it. Choose "
                                "the vault's own folder, or a new empty one.")
                             .arg(QDir::toNativeSeparators(targetPath)));
    return {};
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
    auto db = storage::Database::openReadOnly(vault::VaultPaths::database(vaultDir), u"mode=ro"_s, backup.dbKey);
    if (!db && !backup.boxSecret.isEmpty()) {
        // The key was replaced since the backup (a user disabled, a passphrase changed): the same
        // user's box in the live slot file holds the current key.
        const QByteArray ownKey = crypto::boxPublicKey(backup.boxSecret);
        for (const vault::KeySlot &slot : slots->slots) {
            if (slot.publicKey != ownKey) continue;
            if (auto liveKey = slots->openBox(slot, backup.boxSecret))
                db = storage::Database::openReadOnly(vault::VaultPaths::database(vaultDir), u"mode=ro"_s, *liveKey);
            break;
        }
    }
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

Result<Restored> restoreBackup(const OpenedBackup &backup, const QString &vaultDir, const QString &login,
                               const QString &secret, vault::UnlockMethod method, const Progress &progress)
{
    const double total = 2.0 * backup.header.dbLength;
    const auto report = [&](double done) { return !progress || progress(static_cast<qint64>(done), static_cast<qint64>(total)); };
    const QFileInfo target(QDir(vaultDir).absolutePath());
    const QString targetPath = target.absoluteFilePath();
    const QString parent = target.absolutePath();

    const bool replacing = entryKind(targetPath) != EntryKind::Missing;
    if (replacing) CD_TRY(checkReplaceable(targetPath));
    // The vault stays reserved for this restore until the swap is done: nobody opens it meanwhile.
    vault::VaultLock held(vault::VaultPaths::lockFile(targetPath));
    if (replacing && vault::Vault::exists(targetPath) && held.tryLock() != vault::VaultLock::Outcome::Acquired)
        return makeError(ErrorCode::InUse, Tr::tr("The vault %1 is open in CounselDesk. Lock or close it there "
                                                  "first, then restore.")
                                               .arg(QDir::toNativeSeparators(targetPath)));

    auto oldVault = mayReplace(targetPath, login, secret, method);
    if (!oldVault) return oldVault.error();
    const bool keepAside = replacing && *oldVault == OldVault::KeepAside;
    CD_TRY(verifyContents(backup, [&](qint64 done, qint64 of) {
        return report(double(done) / qMax<qint64>(1, of) * backup.header.dbLength);
    }));
    if (!QDir().mkpath(parent)) return makeError(ErrorCode::Io, writeErrorMessage(parent, errno ? errno : EACCES));

    // 1. The restored files beside the vault, complete and synced.
    const QString staging = parent + u"/."_s + target.fileName() + u".restoring"_s;
    // Left by an interrupted restore (the vault itself was never there), or planted: a link is
    // removed as a link, never followed; then the folder is made fresh (0700).
    if (!removeEntry(staging)) return makeError(ErrorCode::Io, writeErrorMessage(staging, errno ? errno : EACCES));
    CD_TRY(makeFreshDirectory(staging));
    const auto cleanStaging = [&]() { removeEntry(staging); };
    Status st = extract(backup.path, backup.header.slotsOffset, backup.header.slotsLength,
                        backup.manifest.slotsSha256, vault::VaultPaths::keySlots(staging), {});
    if (st)
        st = extract(backup.path, backup.header.dbOffset, backup.header.dbLength, backup.manifest.dbSha256,
                     vault::VaultPaths::database(staging),
                     [&](qint64 done, qint64 length) { return report(double(length) + done); });
    if (st) st = syncDirectory(staging);
    if (!st) {
        cleanStaging();
        if (st.error().code == ErrorCode::Cancelled)
            return makeError(ErrorCode::Cancelled, Tr::tr("The restore was cancelled. The vault was not changed."));
        return st.error();
    }

    // 2. Swap in one step (renameat2 RENAME_EXCHANGE): at every instant the vault's folder holds
    //    either the old vault or the restored one, so a crash here loses neither. Afterwards the
    //    staging name holds the old vault until the restored one has opened; an old vault that
    //    could not be read moves on at once to a name of its own that nothing here ever removes.
    const QByteArray from = QFile::encodeName(staging);
    const QByteArray to = QFile::encodeName(targetPath);
    errno = 0;
    const int swapped = replacing ? ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE)
                                  : (errno = renameNoReplace(staging, targetPath)) == 0 ? 0 : -1;
    if (swapped != 0) {
        const int error = errno;
        cleanStaging();
        return makeError(ErrorCode::Io, Tr::tr("The restored vault could not be put in place of %1 (%2), so nothing "
                                               "was changed. Close any program using the folder, then try again.")
                                            .arg(QDir::toNativeSeparators(targetPath),
                                                 QString::fromLocal8Bit(std::strerror(error))));
    }
    held.unlock();  // the restored vault is opened next, by this process
    QString oldAt = staging;  // where the old vault is now
    const auto putBack = [&]() -> bool {
        const bool back = !replacing || ::renameat2(AT_FDCWD, QFile::encodeName(oldAt).constData(), AT_FDCWD,
                                                    to.constData(), RENAME_EXCHANGE) == 0;
        if (back) removeEntry(replacing ? oldAt : targetPath);  // the restored copy
        (void)syncDirectory(parent);  // best effort on the way back
        return back;
    };
    if (keepAside) {
        const QString aside = freeSiblingName(targetPath, u".replaced"_s, clock::now());
        if (const int error = renameNoReplace(staging, aside); error != 0) {
            putBack();
            return makeError(ErrorCode::Io, writeErrorMessage(aside, error));
        }
        oldAt = aside;
    }
    if (Status synced = syncDirectory(parent); !synced) {
        putBack();
        return synced.error();
    }

    // 3. The restored vault must open with the same credentials; it records the restore.
    auto opened = vault::Vault::open(targetPath, login, secret, method);
    st = opened ? (*opened)->recordEvent(audit::action::Restored, audit::backupTarget(backup.path),
                                         backup.header.created.toString(Qt::ISODate))
                : Status(opened.error());
    if (opened) (*opened)->close(u"restore"_s);
    if (!st) {
        if (!putBack())
            return makeError(st.error().code,
                             Tr::tr("The restored vault did not open (%1), and the vault you had could not be put "
                                    "back: it is in %2. Do not delete that folder; ask for help.")
                                 .arg(st.error().message, QDir::toNativeSeparators(oldAt)));
        return makeError(st.error().code, Tr::tr("The restored vault did not open (%1). The vault you had is back in "
                                                 "place, unchanged.")
                                              .arg(st.error().message));
    }
    Restored restored;
    if (keepAside) restored.keptAside = oldAt;        // could not be read: kept, never removed here
    else if (replacing) cleanStaging();               // the old vault, now replaced
    return restored;
}

}  // namespace cd::backup
