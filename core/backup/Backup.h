#pragma once
// Backups of a vault to a folder or drive, their verification, and restore (docs/backup-format.md).
//
// A backup is made while the vault is open: a second, read-only connection holds a read lock on
// the database (no write can commit meanwhile, so the file is one consistent state), and the
// encrypted pages are copied byte for byte into the .cdbackup file together with the key-slot
// file: nothing is ever decrypted, so no plaintext can reach the drive. The file is written under
// a temporary name, synced, renamed, synced, then read back from the drive and verified before it
// counts; older generations of the same vault are pruned only after that.
//
// Long work reports progress and can be cancelled; run it off the UI thread.

#include "backup/BackupFile.h"
#include "backup/BackupAudit.h"
#include "common/Result.h"
#include "vault/Vault.h"

#include <QList>
#include <QString>

#include <functional>

namespace cd::backup {

/// Called with bytes done and total; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

inline constexpr int kDefaultGenerations = 2;

struct BackupResult {
    QString path;
    Header header;
    Manifest manifest;
    QStringList pruned;  ///< older generations removed
    qint64 writeMs = 0;   ///< writing and syncing the file
    qint64 verifyMs = 0;  ///< reading it back from the drive and checking it
};

/// What the database of the open vault and its key slots need for a backup. Taken on the UI
/// thread (where the vault lives); the copy itself then needs nothing else from it.
struct Source {
    QString databasePath;
    QString keySlotsPath;
    crypto::SecureBuffer dbKey;
    QString school;
    QString createdBy;
};
Source sourceOf(vault::Vault &vault);

/// Writes a verified backup of `source` into `destDir` and keeps the newest `generations` of
/// this vault's backups there. Nothing is left behind on failure or cancel.
Result<BackupResult> createBackup(const Source &source, const QString &destDir, const Progress &progress = {},
                                  int generations = kDefaultGenerations);

/// Checks the whole file's checksum, without any key (damage shows before a passphrase is asked).
Result<Header> checkIntact(const QString &path, const Progress &progress = {});

/// A backup opened with a passphrase or the recovery code valid in it.
struct OpenedBackup {
    QString path;
    Header header;
    Manifest manifest;
    crypto::SecureBuffer dbKey;
    /// The X25519 secret of the slot that opened the backup (empty for a slot from before key
    /// rotation): it also opens the same user's box in the live vault after the key was replaced.
    crypto::SecureBuffer boxSecret;
    QByteArray keySlots;  ///< the key-slot file inside
};
/// Checks the file, unlocks the backup's own key slots (slow: the KDF runs) and opens the
/// manifest.
Result<OpenedBackup> openBackup(const QString &path, const QString &login, const QString &secret,
                                vault::UnlockMethod method);

/// Everything: the checksums, the manifest, the key-slot file's MAC, the database's
/// integrity_check read in place, its counts and audit head against the manifest.
Status verifyContents(const OpenedBackup &backup, const Progress &progress = {});

/// One backup file found in a folder (from its plain header).
struct BackupEntry {
    QString path;
    Header header;
};
/// The backups of vault `vaultId` in `dir` (all vaults when empty), newest first. Files that
/// are not readable backups are skipped.
QList<BackupEntry> listBackups(const QString &dir, const QByteArray &vaultId = {});

/// How a backup compares with the vault it would replace.
struct Comparison {
    bool vaultExists = false;
    bool sameVault = false;       ///< the same vault (so the same database key)
    bool readable = false;        ///< the current database opened with the backup's key and passed quick_check
    qint64 currentAuditSeq = -1;  ///< the current vault's rollback marker (-1: unknown)
    qint64 backupAuditSeq = 0;
    Counts current;
    QString problem;  ///< why the current vault could not be read, if it could not
    bool backupIsOlder() const;
};
Comparison compareWithVault(const OpenedBackup &backup, const QString &vaultDir);

/// What a restore did with the vault it replaced.
struct Restored {
    /// Where the replaced vault now is, byte for byte as it was, when it could not be read (its
    /// key slots or database damaged): `<vault>.replaced-YYYYMMDD-HHMMSS` beside it, 0700, never
    /// removed by CounselDesk. Empty when there was no vault, or it vouched for the restore and
    /// was removed.
    QString keptAside;
};

/// Restores into `vaultDir`: verifies, writes the files beside it, swaps folders, and opens the
/// restored vault with the same credentials (its audit log records the restore). The vault it
/// replaces is kept aside until then and put back on any failure. The vault must not be open.
/// A vault in working order is replaced only with a room lead's passphrase or the recovery code
/// that open it now (PermissionDenied otherwise). A vault that cannot be read is replaced with
/// the backup's credential, but damage is no permission: it is moved aside untouched and the
/// result says where. Only a real folder holding a vault's files, or an empty or new one, is
/// ever replaced; every path created is created fresh, and no link is followed.
Result<Restored> restoreBackup(const OpenedBackup &backup, const QString &vaultDir, const QString &login,
                               const QString &secret, vault::UnlockMethod method, const Progress &progress = {});

}  // namespace cd::backup
