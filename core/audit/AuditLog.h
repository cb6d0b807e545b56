#pragma once
// The hash-chained audit log: every row's hash is a keyed BLAKE2b of the previous row's hash and
// the row's own fields, so editing, deleting, reordering or replaying a row breaks the chain at
// that row. The chain key is kept in the database (vault_meta), so it survives a key rotation;
// on its own it proves nothing against a user who holds the database key. That is what the
// signatures are for: each row is also signed by its author's own key (AuditSignatures.h).

#include "common/Result.h"
#include "crypto/KeyPairs.h"
#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::storage {
class Database;
}  // namespace cd::storage

namespace cd::audit {

struct Entry {
    qint64 seq = 0;
    QDateTime at;
    QString atText;  ///< the time exactly as stored: what the chain hash covers
    QString actor;   ///< login of the user who acted
    QString action;  ///< an action code (core/<area>/<Area>Audit.h)
    QString target;  ///< what it was done to (a login, later a record id)
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
    qint64 keyId = 0;      ///< audit_keys.id of the key that signed it; 0 for rows before signing
    QByteArray signature;  ///< Ed25519 over rowSignedMessage(); empty for rows before signing
};

/// What a row's author signs: its chain hash, bound to the vault.
QByteArray rowSignedMessage(const QByteArray &vaultId, const QByteArray &hash);

struct Head {
    qint64 seq = 0;
    QByteArray hash;  ///< empty when the log is empty
};

struct ChainReport {
    qint64 rows = 0;
    qint64 firstBrokenSeq = 0;  ///< 0 when the chain is intact
    QString problem;            ///< what is wrong with that row, translated
    Head head;
    bool intact() const { return firstBrokenSeq == 0; }
};

class AuditLog {
public:
    AuditLog(storage::Database &db, crypto::SecureBuffer macKey);

    /// From now on every appended row is signed with `key` (audit_keys.id `keyId`).
    void setSigner(qint64 keyId, crypto::SigningKey key, const QByteArray &vaultId);
    bool hasSigner() const { return m_signerId != 0; }

    /// Appends one row. Call inside the caller's transaction when the audited change has one.
    Result<Entry> append(const QString &actor, const char *actionCode, const QString &target = {},
                         const QString &detail = {});
    Result<Head> head() { return headOf(m_db); }
    /// The chain's newest row in `db`, read without the MAC key (a backup's copy connection).
    static Result<Head> headOf(storage::Database &db);
    /// Walks the whole chain; reports the first row that does not fit.
    Result<ChainReport> verify();
    /// Newest first, at most `limit` rows; optionally only those about `target`.
    Result<QList<Entry>> recent(int limit, const QString &target = {});
    /// The newest row of one action (and detail, when given), if there is one.
    Result<std::optional<Entry>> latest(const char *actionCode, const QString &detail = {});

    static QByteArray rowHash(const crypto::SecureBuffer &macKey, const QByteArray &prevHash, const Entry &entry);

private:
    storage::Database &m_db;
    crypto::SecureBuffer m_macKey;
    qint64 m_signerId = 0;
    crypto::SigningKey m_signer;
    QByteArray m_vaultId;
};

}  // namespace cd::audit
