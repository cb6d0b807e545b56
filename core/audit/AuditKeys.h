#pragma once
// Who wrote an audit row (docs/vault-format.md, "Who wrote a row"). Every user holds an Ed25519
// key in their own key slot; its public half is registered here, certified by a room lead (or by
// the recovery key), and every row a user appends is signed with it. A colleague who holds the
// database key can still edit the tables, but cannot sign as anyone else, nor certify a key as a
// room lead: the lead's check verifies every row and every certificate from the keys the lead
// trusts (their own, and the lead who made their key slot), and the lead's signed checkpoints of
// the chain's head pin everything written before them.

#include "audit/AuditLog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cd::audit {

/// A registered public key.
struct KeyRecord {
    qint64 id = 0;
    QString login;
    QString role;  ///< "lead", "counselor" or "recovery"
    QByteArray publicKey;
    qint64 certifiedBy = 0;  ///< 0 while nobody certified it
    QByteArray certificate;
};

/// The signer of new rows and certificates: a registered key and its secret half.
struct Signer {
    qint64 keyId = 0;
    crypto::SigningKey key;
};

QByteArray certificateMessage(const QByteArray &vaultId, const QString &login, const QString &role,
                              const QByteArray &publicKey);
QByteArray checkpointMessage(const QByteArray &vaultId, qint64 seq, const QByteArray &hash, qint64 signedFrom);

class AuditKeys {
public:
    AuditKeys(storage::Database &db, QByteArray vaultId) : m_db(db), m_vaultId(std::move(vaultId)) {}

    Result<QList<KeyRecord>> all();
    /// The id of a registered public key, 0 when it is not registered.
    Result<qint64> idOf(const QByteArray &publicKey);
    /// Registers a key; certified by `certifier` when it is given (a lead's or the recovery key).
    Result<qint64> add(const QString &login, const QString &role, const QByteArray &publicKey,
                       const Signer *certifier);
    /// Certifies keys nobody certified yet, for logins that have no certified key (a vault made
    /// before signatures: each user's first key is introduced at their first unlock). Returns how many.
    Result<int> certifyFirstKeys(const Signer &certifier);
    /// Signs the chain's head (as a room lead).
    Status addCheckpoint(const Head &head, qint64 signedFrom, const Signer &lead);

private:
    Status certify(qint64 keyId, const QString &login, const QString &role, const QByteArray &publicKey,
                   const Signer &certifier);
    storage::Database &m_db;
    QByteArray m_vaultId;
};

/// What the signature walk found.
struct SignatureReport {
    qint64 signedRows = 0;
    qint64 unsignedRows = 0;    ///< rows written before signatures existed in this vault
    qint64 checkpoints = 0;     ///< checkpoints signed by a trusted lead key, all matching
    qint64 signedFrom = 0;      ///< the first row that must be signed
    qint64 firstBrokenSeq = 0;  ///< 0 when every signature and checkpoint holds
    QString problem;            ///< translated: which row, what is wrong, who could have done it
    bool intact() const { return firstBrokenSeq == 0; }
};

/// Verifies every row's signature and every checkpoint, trusting the keys certified (directly or
/// through other lead keys) by `anchors` (public keys the verifier knows from their own key slot).
/// `signedFrom` is the vault's own record of the first signed row; a trusted checkpoint's value
/// overrides it (so editing vault_meta cannot excuse unsigned rows). `trustSelfCertifiedLeads`
/// (a counselor's own check) also trusts lead keys that certify themselves: weaker, since anyone
/// holding the database key can add such a key; only a lead's check is proof against insiders.
Result<SignatureReport> verifySignatures(storage::Database &db, const QByteArray &vaultId,
                                         const QList<QByteArray> &anchors, qint64 signedFrom,
                                         bool trustSelfCertifiedLeads);

}  // namespace cd::audit
