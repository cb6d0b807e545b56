#include "audit/AuditKeys.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cd::audit {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

QByteArray lengthPrefixed(const QByteArray &bytes)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(bytes.size()), length);
    return QByteArray(length, 4) + bytes;
}

QByteArray bigEndian64(qint64 value)
{
    char bytes[8];
    qToBigEndian(static_cast<quint64>(value), bytes);
    return QByteArray(bytes, 8);
}

QString folded(const QString &login) { return login.trimmed().toCaseFolded(); }

bool isCertifierRole(const QString &role) { return role == u"lead"_s || role == u"recovery"_s; }

}  // namespace

QByteArray certificateMessage(const QByteArray &vaultId, const QString &login, const QString &role,
                              const QByteArray &publicKey)
{
    return QByteArray("cdcert1") + vaultId + lengthPrefixed(folded(login).toUtf8()) + lengthPrefixed(role.toUtf8())
         + publicKey;
}

QByteArray checkpointMessage(const QByteArray &vaultId, qint64 seq, const QByteArray &hash, qint64 signedFrom)
{
    return QByteArray("cdckpt1") + vaultId + bigEndian64(seq) + hash + bigEndian64(signedFrom);
}

Result<QList<KeyRecord>> AuditKeys::all()
{
    auto stmt = m_db.prepare(
        u"SELECT id, login, role, public_key, coalesce(certified_by, 0), certificate FROM audit_keys ORDER BY id"_s);
    if (!stmt) return stmt.error();
    return storage::collectRows(*stmt, [](const storage::Statement &s) {
        return KeyRecord{s.int64(0), s.text(1), s.text(2), s.blob(3), s.int64(4), s.blob(5)};
    });
}

Result<qint64> AuditKeys::idOf(const QByteArray &publicKey)
{
    auto stmt = m_db.prepare(u"SELECT id FROM audit_keys WHERE public_key = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, publicKey);
    auto row = stmt->step();
    if (!row) return row.error();
    return *row ? stmt->int64(0) : qint64(0);
}

Result<qint64> AuditKeys::add(const QString &login, const QString &role, const QByteArray &publicKey,
                              const Signer *certifier)
{
    auto stmt = m_db.prepare(u"INSERT INTO audit_keys (login, role, public_key, added_at) VALUES (?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, login.trimmed()).bind(2, role).bind(3, publicKey).bind(4, clock::toStorage(clock::now()));
    CD_TRY(stmt->exec());
    const qint64 id = m_db.lastInsertRowId();
    if (certifier) CD_TRY(certify(id, login, role, publicKey, *certifier));
    return id;
}

Status AuditKeys::certify(qint64 keyId, const QString &login, const QString &role, const QByteArray &publicKey,
                          const Signer &certifier)
{
    auto stmt = m_db.prepare(u"UPDATE audit_keys SET certified_by = ?, certificate = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, certifier.keyId)
        .bind(2, certifier.key.sign(certificateMessage(m_vaultId, login, role, publicKey)))
        .bind(3, keyId);
    return stmt->exec();
}

Result<int> AuditKeys::certifyFirstKeys(const Signer &certifier)
{
    auto keys = all();
    if (!keys) return keys.error();
    QSet<QString> certifiedLogins;
    for (const KeyRecord &k : *keys)
        if (k.certifiedBy != 0) certifiedLogins.insert(folded(k.login) + u'|' + k.role);
    int count = 0;
    for (const KeyRecord &k : *keys) {
        const QString who = folded(k.login) + u'|' + k.role;
        if (k.certifiedBy != 0 || certifiedLogins.contains(who)) continue;
        CD_TRY(certify(k.id, k.login, k.role, k.publicKey, certifier));
        certifiedLogins.insert(who);
        ++count;
    }
    return count;
}

Status AuditKeys::addCheckpoint(const Head &head, qint64 signedFrom, const Signer &lead)
{
    // Never over an existing checkpoint: one that no longer matches is the evidence the check reports.
    auto stmt = m_db.prepare(u"INSERT OR IGNORE INTO audit_checkpoints (seq, hash, signed_from, key_id, signature) "
                             "VALUES (?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, head.seq).bind(2, head.hash).bind(3, signedFrom).bind(4, lead.keyId);
    stmt->bind(5, lead.key.sign(checkpointMessage(m_vaultId, head.seq, head.hash, signedFrom)));
    return stmt->exec();
}

namespace {

/// The keys the verifier can trust: the anchors, and every key certified by a trusted lead or
/// recovery key, to a fixed point.
QHash<qint64, KeyRecord> trustedKeys(const QList<KeyRecord> &keys, const QByteArray &vaultId,
                                     const QList<QByteArray> &anchors, bool trustSelfCertifiedLeads)
{
    QHash<qint64, KeyRecord> trusted;
    for (const KeyRecord &k : keys) {
        const bool selfCertifiedLead = trustSelfCertifiedLeads && k.role == u"lead"_s && k.certifiedBy == k.id
                                    && crypto::verifySignature(k.publicKey,
                                                               certificateMessage(vaultId, k.login, k.role, k.publicKey),
                                                               k.certificate);
        if (anchors.contains(k.publicKey) || selfCertifiedLead) trusted.insert(k.id, k);
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const KeyRecord &k : keys) {
            if (trusted.contains(k.id) || k.certifiedBy == 0) continue;
            const auto certifier = trusted.constFind(k.certifiedBy);
            if (certifier == trusted.cend() || !isCertifierRole(certifier->role)) continue;
            if (!crypto::verifySignature(certifier->publicKey,
                                         certificateMessage(vaultId, k.login, k.role, k.publicKey), k.certificate))
                continue;
            trusted.insert(k.id, k);
            grew = true;
        }
    }
    return trusted;
}

}  // namespace

Result<SignatureReport> verifySignatures(storage::Database &db, const QByteArray &vaultId,
                                         const QList<QByteArray> &anchors, qint64 signedFrom,
                                         bool trustSelfCertifiedLeads)
{
    AuditKeys registry(db, vaultId);
    auto keys = registry.all();
    if (!keys) return keys.error();
    const QHash<qint64, KeyRecord> trusted = trustedKeys(*keys, vaultId, anchors, trustSelfCertifiedLeads);
    QHash<qint64, QString> loginOf;
    for (const KeyRecord &k : *keys) loginOf.insert(k.id, k.login);

    SignatureReport report;
    report.signedFrom = signedFrom;
    // The lead's checkpoints: each pins the chain up to its row.
    struct Checkpoint {
        qint64 seq;
        QByteArray hash;
    };
    QList<Checkpoint> pins;
    {
        auto stmt = db.prepare(u"SELECT seq, hash, signed_from, key_id, signature FROM audit_checkpoints ORDER BY seq"_s);
        if (!stmt) return stmt.error();
        bool first = true;
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) break;
            const auto key = trusted.constFind(stmt->int64(3));
            if (key == trusted.cend() || key->role != u"lead"_s) continue;  // not the lead's: proves nothing
            const qint64 seq = stmt->int64(0);
            if (!crypto::verifySignature(key->publicKey,
                                         checkpointMessage(vaultId, seq, stmt->blob(1), stmt->int64(2)), stmt->blob(4))) {
                report.firstBrokenSeq = seq;
                report.problem = Tr::tr("The room lead's checkpoint at row %1 was edited.").arg(seq);
                return report;
            }
            if (first) report.signedFrom = stmt->int64(2);
            first = false;
            pins.append({seq, stmt->blob(1)});
        }
    }
    qsizetype nextPin = 0;
    auto stmt = db.prepare(u"SELECT seq, actor, hash, coalesce(key_id, 0), signature FROM audit_log ORDER BY seq"_s);
    if (!stmt) return stmt.error();
    const auto broken = [&report](qint64 seq, const QString &problem) {
        report.firstBrokenSeq = seq;
        report.problem = problem;
        return report;
    };
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const qint64 seq = stmt->int64(0);
        const QString actor = stmt->text(1);
        const QByteArray hash = stmt->blob(2);
        const qint64 keyId = stmt->int64(3);
        if (nextPin < pins.size() && pins[nextPin].seq < seq)
            return broken(pins[nextPin].seq, Tr::tr("Row %1, which the room lead's checkpoint names, is missing: rows "
                                                    "were deleted by someone holding the database key.")
                                                 .arg(pins[nextPin].seq));
        if (nextPin < pins.size() && pins[nextPin].seq == seq) {
            if (!crypto::constantTimeEquals(pins[nextPin].hash, hash))
                return broken(seq, Tr::tr("Row %1 differs from the room lead's checkpoint: rows up to it were deleted, "
                                          "edited or rewritten by someone holding the database key.")
                                       .arg(seq));
            ++report.checkpoints;
            ++nextPin;
        }
        if (keyId == 0) {
            if (seq >= report.signedFrom)
                return broken(seq, Tr::tr("Row %1 (written as %2) is not signed: it was added or rewritten outside "
                                          "CounselDesk by someone holding the database key.")
                                       .arg(seq)
                                       .arg(actor));
            ++report.unsignedRows;
            continue;
        }
        const auto key = trusted.constFind(keyId);
        if (key == trusted.cend())
            return broken(seq, Tr::tr("Row %1 (written as %2) is signed with a key no room lead certified: it was "
                                      "written outside CounselDesk by someone holding the database key.")
                                   .arg(seq)
                                   .arg(actor));
        if (key->role != u"recovery"_s && folded(key->login) != folded(actor))
            return broken(seq, Tr::tr("Row %1 claims to be written by %2 but is signed with the key of %3.")
                                   .arg(seq)
                                   .arg(actor, key->login));
        if (!crypto::verifySignature(key->publicKey, rowSignedMessage(vaultId, hash), stmt->blob(4)))
            return broken(seq, Tr::tr("Row %1 (written as %2) does not match its signature: it was edited, or the "
                                      "chain was recomputed, by someone holding the database key, not by %2.")
                                   .arg(seq)
                                   .arg(actor));
        ++report.signedRows;
    }
    if (nextPin < pins.size())
        return broken(pins[nextPin].seq, Tr::tr("Row %1, which the room lead's checkpoint names, is missing: the newest "
                                                "rows were deleted by someone holding the database key.")
                                             .arg(pins[nextPin].seq));
    return report;
}

}  // namespace cd::audit
