// Replacing the database key (docs/vault-format.md, "Key rotation"). The database is copied,
// the copy re-encrypted under a new key, and every remaining key slot given the new key in a box
// sealed to its public key; the new key-slot file is the commit point, and the copy then replaces
// the database. An interruption before the commit leaves a stray copy that the next unlock
// deletes; one after it leaves a copy that the next unlock (which now gets the new key) swaps in.

#include "audit/AuditKeys.h"
#include "common/AtomicFile.h"
#include "common/OutputFile.h"
#include "storage/Database.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

/// Removes a stray copy: a symbolic link is removed as a link, never followed.
void removeStray(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) ::unlink(QFile::encodeName(path).constData());
}

Status copyDatabase(const QString &from, const QString &to)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (in < 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(from, QString::fromLocal8Bit(std::strerror(errno))));
    const off_t size = ::lseek(in, 0, SEEK_END);
    OutputFile out;
    Status st = out.open(to);
    if (st && size > 0) st = out.copyFrom(in, 0, size);
    if (st) st = out.finish();
    ::close(in);
    return st;
}

Error swapFailed(const QString &dir)
{
    return makeError(ErrorCode::Io, Tr::tr("The new vault key is saved, but the re-encrypted database could not be put "
                                           "in place in %1. Lock the vault and unlock it again: CounselDesk finishes "
                                           "the change then.")
                                        .arg(dir));
}

}  // namespace

bool Vault::rotationNeedsRecoveryCode() const
{
    const int recovery = m_slots.recoverySlot();
    return recovery >= 0 && !m_slots.slots[recovery].holdsIdentity();
}

Status Vault::finishInterruptedRotation()
{
    const QString staging = VaultPaths::rotating(m_dir);
    const QFileInfo info(staging);
    if (!info.exists() && !info.isSymLink()) return {};
    bool committed = false;
    if (!info.isSymLink() && info.isFile()) {
        // Committed means the key-slot file already holds the copy's key and generation.
        auto copy = storage::Database::openReadOnly(staging, u"mode=ro"_s, m_dbKey);
        if (copy && (*copy)->checkIntegrity(false)) {
            auto generation = (*copy)->scalar(u"SELECT value FROM vault_meta WHERE key = 'key_generation'"_s);
            committed = generation && generation->toString().toLongLong() == m_slots.generation;
        }
    }
    if (!committed) {
        removeStray(staging);
        return {};
    }
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(VaultPaths::database(m_dir)).constData())
        != 0)
        return swapFailed(m_dir);
    return syncDirectory(m_dir);
}

Status Vault::rotateDatabaseKey(const QString &recoveryCode)
{
    if (rotationNeedsRecoveryCode() && !recoveryCode.isEmpty()) CD_TRY(checkRecoveryCode(recoveryCode));
    return replaceDatabaseKey(recoveryCode);
}

Status Vault::replaceDatabaseKey(const QString &recoveryCode)
{
    if (m_db->inTransaction())
        return makeError(ErrorCode::Usage, Tr::tr("The vault key cannot be replaced inside another change."));
    KeySlotFile next = m_slots;
    next.generation = m_slots.generation + 1;
    const crypto::SecureBuffer newKey = crypto::SecureBuffer::random(crypto::kKeyBytes);

    // Every slot that can take the new key without its owner's secret gets it; a user slot from
    // before rotation existed cannot (its owner needs a new passphrase from the lead), and the
    // recovery slot from before is renewed with the recovery code.
    Identity recoveryIdentity;
    QList<KeySlot> kept;
    for (KeySlot slot : next.slots) {
        if (slot.holdsIdentity()) {
            next.fillBox(slot, newKey);
            kept.append(slot);
        } else if (slot.kind == SlotKind::Recovery) {
            if (recoveryCode.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("Enter the recovery code: this vault's recovery slot, made by an earlier "
                                        "version, must be renewed with it when the vault key is replaced."));
            recoveryIdentity = Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), m_signer.key.publicKey());
            auto fresh = next.makeSlot(SlotKind::Recovery, QByteArray(16, '\0'), m_kdf, recoverySecret(recoveryCode),
                                       recoveryIdentity.payload());
            if (!fresh) return fresh.error();
            next.fillBox(*fresh, newKey);
            kept.append(*fresh);
        }
    }
    next.slots = kept;

    const QString live = VaultPaths::database(m_dir);
    const QString staging = VaultPaths::rotating(m_dir);
    removeStray(staging);
    const auto abandon = [&staging](const Error &error) {
        removeStray(staging);
        return error;
    };
    if (Status st = copyDatabase(live, staging); !st) return abandon(st.error());
    {
        auto copy = storage::Database::open(staging, m_dbKey, false);
        if (!copy) return abandon(copy.error());
        storage::Database &db = **copy;
        audit::AuditLog log(db, chainKey());
        log.setSigner(m_signer.keyId, m_signer.key, m_slots.vaultId);
        const auto prepare = [&]() -> Status {
            storage::Transaction tx(db);
            if (!tx.began()) return tx.beginError();
            auto meta = db.prepare(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('key_generation', ?)"_s);
            if (!meta) return meta.error();
            meta->bind(1, QString::number(next.generation));
            CD_TRY(meta->exec());
            CD_TRY(db.exec(u"DELETE FROM vault_meta WHERE key = 'rotation_due'"_s));
            if (recoveryIdentity.isValid()) {
                audit::AuditKeys keys(db, m_slots.vaultId);
                auto id = keys.add(u"(recovery)"_s, u"recovery"_s, recoveryIdentity.signingKey().publicKey(),
                                   isLead() ? &m_signer : nullptr);
                if (!id) return id.error();
            }
            auto row = log.append(m_user.login, audit::action::KeyRotated, QString(),
                                  u"generation=%1"_s.arg(next.generation));
            if (!row) return row.error();
            return tx.commit();
        };
        if (Status st = prepare(); !st) return abandon(st.error());
        if (Status st = db.rekey(newKey); !st) return abandon(st.error());
    }
    auto reopened = storage::Database::open(staging, newKey, false);
    if (!reopened) return abandon(reopened.error());
    if (Status st = (*reopened)->checkIntegrity(false); !st) return abandon(st.error());
    auto head = audit::AuditLog::headOf(**reopened);
    if (!head) return abandon(head.error());
    reopened->reset();
    next.marker = RollbackMarker{head->seq, head->hash, {}};

    // The commit point: from here the new key is the vault's key.
    if (Status st = next.save(VaultPaths::keySlots(m_dir), newKey); !st) return abandon(st.error());
    m_slots = next;
    m_dbKey = newKey.mid(0, newKey.size());
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(live).constData()) != 0)
        return swapFailed(m_dir);
    (void)syncDirectory(m_dir);
    return m_db->reopen(live, m_dbKey);
}

}  // namespace cd::vault
