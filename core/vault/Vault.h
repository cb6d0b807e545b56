#pragma once
// An unlocked vault: the folder with the encrypted database and its key-slot file, held open by
// one process, with the signed-in user. Every rule about who may do what is enforced here.
//
// Creating and opening derive keys with Argon2id (about half a second at the default strength):
// call them off the UI thread. A Vault may be handed to another thread, but used by one at a time.

#include "audit/AuditKeys.h"
#include "audit/AuditLog.h"
#include "vault/Identity.h"
#include "vault/VaultAudit.h"
#include "common/Result.h"
#include "crypto/Crypto.h"
#include "vault/KeySlotFile.h"
#include "vault/Types.h"

#include <QString>

#include <functional>
#include <memory>


namespace cd::storage {
class Database;
}  // namespace cd::storage

namespace cd::vault {

class VaultLock;

/// The files of a vault folder.
struct VaultPaths {
    static QString database(const QString &dir);
    static QString keySlots(const QString &dir);
    static QString lockFile(const QString &dir);
    /// The re-encrypted copy a key rotation writes before swapping it in.
    static QString rotating(const QString &dir);
};

struct CreateOptions {
    SchoolProfile school;
    QString leadLogin;
    QString leadDisplayName;
    QString passphrase;
    crypto::KdfStrength kdf = crypto::KdfStrength::Moderate;
};

enum class UnlockMethod { Passphrase, RecoveryCode };

/// What a key slot yields: the database key, and with a user's passphrase their private key.
struct UnlockedKeys {
    crypto::SecureBuffer dbKey;
    crypto::SecureBuffer userKey;  ///< empty after a recovery-code unlock
    crypto::KdfParams kdf;
    Identity identity;  ///< invalid for a slot made before key rotation existed
};

struct CheckReport {
    Status database;           ///< quick_check or integrity_check
    Status schema;             ///< no table, index, trigger or view CounselDesk did not make
    audit::ChainReport chain;  ///< the audit chain walk
    audit::SignatureReport signatures;  ///< every row's author and the lead's checkpoints
    Status marker;             ///< the rollback marker against the database
    int schemaVersion = 0;
    qint64 users = 0;
    qint64 keyGeneration = 0;
    QString sqlCipherVersion;
    bool ok() const { return database.ok() && schema.ok() && chain.intact() && signatures.intact() && marker.ok(); }
};

class Vault;

struct CreatedVault {
    std::unique_ptr<Vault> vault;
    QString recoveryCode;  ///< shown once; never stored anywhere
    /// A database found in the folder without its key-slot file, moved here untouched (never
    /// deleted); empty when there was none.
    QString setAsideDatabase;
};

class Vault {
public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    /// Whether `dir` holds a vault (its key-slot file).
    static bool exists(const QString &dir);
    static Result<CreatedVault> create(const QString &dir, const CreateOptions &options);
    /// Unlocks with a user's passphrase, or with the recovery code on behalf of `login` (who must
    /// then set a new passphrase: see mustSetPassphrase()).
    static Result<std::unique_ptr<Vault>> open(const QString &dir, const QString &login, const QString &secret,
                                               UnlockMethod method = UnlockMethod::Passphrase);

    /// RolledBack unless `db` holds the audit row the marker names (as open() checks; also run on
    /// a backup's copy before and after it is written).
    static Status checkRollbackMarker(storage::Database &db, const RollbackMarker &marker);
    /// Opens the slot of `login` (passphrase) or the recovery slot with `secret`. Slow: the KDF
    /// runs here. Used by open() and to unlock a backup's own key slots.
    static Result<UnlockedKeys> unlockKeys(const KeySlotFile &slots, const QString &login, const QString &secret,
                                           UnlockMethod method);

    const QString &directory() const { return m_dir; }
    const UserInfo &currentUser() const { return m_user; }
    bool isLead() const { return m_user.role == Role::Lead; }
    /// True after a recovery-code unlock until setPassphraseAfterRecovery() succeeds.
    bool mustSetPassphrase() const { return m_mustSetPassphrase; }
    const SchoolProfile &school() const { return m_school; }
    crypto::KdfParams kdfParams() const { return m_kdf; }
    storage::Database &database() { return *m_db; }
    audit::AuditLog &audit() { return *m_audit; }
    /// The signed-in user's private key (for their private notes); empty after a recovery unlock.
    const crypto::SecureBuffer &userKey() const { return m_userKey; }
    /// The database key, for a backup's read-only copy connection and its sealed manifest.
    const crypto::SecureBuffer &databaseKey() const { return m_dbKey; }

    // ---- users (VaultUsers.cpp) ----
    Result<QList<UserInfo>> users();
    /// Room lead only. Derives a key (slow).
    Status addUser(const QString &login, const QString &displayName, Role role, const QString &passphrase);
    /// Room lead only. Removes the user's key slot and replaces the database key (rotateDatabaseKey),
    /// so no copy of their slot opens the vault again. `recoveryCode` is needed only while
    /// rotationNeedsRecoveryCode().
    Status disableUser(const QString &login, const QString &recoveryCode = {});
    /// Room lead only. Gives a disabled user a new key slot with a passphrase the lead sets.
    Status reactivateUser(const QString &login, const QString &newPassphrase);
    /// Room lead only: a user forgot their passphrase; proven with the recovery code. Slow (two KDFs).
    Status resetPassphrase(const QString &login, const QString &recoveryCode, const QString &newPassphrase);
    /// The signed-in user changes their own passphrase. Slow (two KDFs). The database key is
    /// replaced too (so the old passphrase opens no old copy of the slot file against the live
    /// database) unless rotationNeedsRecoveryCode().
    Status changePassphrase(const QString &currentPassphrase, const QString &newPassphrase);

    // ---- key rotation (VaultRotation.cpp) ----
    /// Replaces the database key: the database is re-encrypted into a copy, every remaining key
    /// slot gets the new key sealed to its public key, the generation goes up by one, and the copy
    /// is swapped in. Crash-safe at every step (an interrupted rotation is finished or undone at
    /// the next unlock). Slots from before rotation existed are dropped (their users need a new
    /// passphrase from the lead); the recovery slot from before needs `recoveryCode` to be renewed.
    Status rotateDatabaseKey(const QString &recoveryCode = {});
    /// True while the recovery slot predates rotation: the next rotation needs the recovery code.
    bool rotationNeedsRecoveryCode() const;
    qint64 keyGeneration() const { return m_slots.generation; }
    /// After a recovery-code unlock: the signed-in user sets a new passphrase. Slow.
    Status setPassphraseAfterRecovery(const QString &newPassphrase);
    /// Re-authentication before sensitive work (export, print, key management). Slow.
    Status verifyPassphrase(const QString &passphrase);

    /// PermissionDenied unless the signed-in user is a room lead (for work only leads may do).
    Status requireLeadRole() const { return requireLead(); }
    /// Appends an audit row as the signed-in user and moves the rollback marker (e.g. a record
    /// was viewed, printed or edited).
    Status recordEvent(const char *action, const QString &target, const QString &detail = {})
    {
        return audited(action, target, detail);
    }

    /// The one door for every change: runs `change` and appends its audit row (`action`, as the
    /// signed-in user) in one transaction, then moves the rollback marker (after the commit, so a
    /// failed commit never looks like a rollback). An error means nothing was saved; once the
    /// commit succeeded the result is success, even if the marker could not move (it follows at
    /// the next change or the lock).
    /// Inside a caller's transaction it joins it and leaves the marker to the caller.
    Status recordChange(const char *action, const QString &target, const QString &detail,
                        const std::function<Status()> &change);
    /// The audit row of a change whose target (a new id) or detail (counts) is known only once the
    /// change is made: `change` fills `row`.
    struct AuditRow {
        QString target;
        QString detail;
    };
    Status recordChange(const char *action, const std::function<Status(AuditRow &row)> &change);
    /// Several audited changes that stand or fall together (e.g. a growth record and its
    /// watch-list entry saved by one button): one transaction around `changes`.
    Status changeTogether(const std::function<Status()> &changes);
    /// Test seam for the crash harness: called inside recordChange between the change and its
    /// audit row (tests/crash kills the process there to prove the pair is atomic).
    static void setBeforeAuditRowHookForTesting(std::function<void()> hook);

    // ---- checks ----
    /// quick_check (or integrity_check when `full`), the audit chain and the rollback marker.
    Result<CheckReport> check(bool full);
    /// Records the audit chain's head in the key-slot file (the rollback marker).
    Status syncMarker();
    /// Writes a lock row to the audit log, syncs the marker, wipes the keys and releases the folder.
    void close(const QString &reason = {});
    bool isOpen() const { return m_db != nullptr; }

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> acquire(const QString &dir);
    Status loadProfile();
    Status loadCurrentUser(const QString &login);
    Status verifyRollbackMarker();
    Status requireLead() const;
    Result<UserInfo> findUser(const QString &login);
    Status saveSlots();
    Status writeUserSlot(const QString &login, const QString &passphrase, const Identity &identity);
    Result<KeySlot> recoverySlotFor(const QString &recoveryCode, const Identity &identity) const;
    /// WrongPassphrase unless `recoveryCode` opens this vault's recovery slot. Slow.
    Status checkRecoveryCode(const QString &recoveryCode);

    // ---- signing (VaultSigning.cpp) ----
    /// After the checks and the schema update: the signed-in user's identity (made now for a slot
    /// from before, with `secret`), their registered key as the signer of new rows, a lead's
    /// certification of first keys and checkpoint.
    Status setUpSigning(UnlockMethod method, const QString &secret, Identity identity);
    /// Registers `identity`'s signing key for `login`, certified by the signed-in user's key.
    Status registerKey(const QString &login, const QString &role, const Identity &identity, bool certify);
    Status checkpoint();
    Status verifySchema();
    Status checkGeneration();
    /// The key of the audit chain's hashes (kept in the database since version 8, so that it
    /// survives key rotation; a subkey of the original database key for older vaults).
    crypto::SecureBuffer chainKey();
    QString metaValue(const QString &key);
    Status setMetaValue(const QString &key, const QString &value);
    Status finishInterruptedRotation();
    /// rotateDatabaseKey() once the caller has checked `recoveryCode` (when one is needed), so
    /// the slow check does not run twice.
    Status replaceDatabaseKey(const QString &recoveryCode);
    Status reopenDatabase();
    Status audited(const char *action, const QString &target, const QString &detail = {});
    /// Runs `databaseChange` and writes the (already changed) key slots in one transaction;
    /// on any failure the slots are restored to `before`, in memory and on disk.
    Status commitSlotChange(const KeySlotFile &before, const std::function<Status()> &databaseChange);
    Status setActive(const UserInfo &user, bool active, const char *action);
    void settleMarker();

    QString m_dir;
    std::unique_ptr<VaultLock> m_lock;
    KeySlotFile m_slots;
    crypto::SecureBuffer m_dbKey;
    crypto::SecureBuffer m_userKey;
    Identity m_identity;
    audit::Signer m_signer;
    crypto::KdfParams m_kdf;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<audit::AuditLog> m_audit;
    UserInfo m_user;
    SchoolProfile m_school;
    bool m_mustSetPassphrase = false;
    bool m_opened = false;  ///< every open-time check passed; only then is anything written
};

}  // namespace cd::vault
