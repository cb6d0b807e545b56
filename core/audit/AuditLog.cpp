#include "audit/AuditLog.h"
#include "storage/Database.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cd::audit {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

void appendField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    char length[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

Entry entryFromRow(const storage::Statement &stmt)
{
    Entry e;
    e.seq = stmt.int64(0);
    e.atText = stmt.text(1);
    e.at = clock::fromStorage(e.atText);
    e.actor = stmt.text(2);
    e.action = stmt.text(3);
    e.target = stmt.text(4);
    e.detail = stmt.text(5);
    e.prevHash = stmt.blob(6);
    e.hash = stmt.blob(7);
    return e;
}

const QString kSelect = u"SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log "_s;

}  // namespace

AuditLog::AuditLog(storage::Database &db, crypto::SecureBuffer macKey) : m_db(db), m_macKey(std::move(macKey)) {}

QByteArray rowSignedMessage(const QByteArray &vaultId, const QByteArray &hash)
{
    return QByteArray("cdrow1") + vaultId + hash;
}

void AuditLog::setSigner(qint64 keyId, crypto::SigningKey key, const QByteArray &vaultId)
{
    m_signerId = keyId;
    m_signer = std::move(key);
    m_vaultId = vaultId;
}

QByteArray AuditLog::rowHash(const crypto::SecureBuffer &macKey, const QByteArray &prevHash, const Entry &entry)
{
    QByteArray message("cdaudit1");
    char seq[8];
    qToBigEndian(static_cast<quint64>(entry.seq), seq);
    message.append(seq, 8);
    message.append(prevHash);
    appendField(message, entry.atText.isEmpty() ? clock::toStorage(entry.at) : entry.atText);
    appendField(message, entry.actor);
    appendField(message, entry.action);
    appendField(message, entry.target);
    appendField(message, entry.detail);
    return crypto::hash(message, &macKey);
}

Result<Head> AuditLog::headOf(storage::Database &db)
{
    auto stmt = db.prepare(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Head{};
    return Head{stmt->int64(0), stmt->blob(1)};
}

Result<Entry> AuditLog::append(const QString &actor, const char *actionCode, const QString &target,
                               const QString &detail)
{
    auto last = head();
    if (!last) return last.error();
    Entry e;
    e.seq = last->seq + 1;
    e.at = clock::now();
    e.atText = clock::toStorage(e.at);
    e.actor = actor;
    e.action = QString::fromLatin1(actionCode);
    e.target = target;
    e.detail = detail;
    e.prevHash = last->hash.isEmpty() ? QByteArray(32, '\0') : last->hash;
    e.hash = rowHash(m_macKey, e.prevHash, e);

    if (m_signerId != 0) {
        e.keyId = m_signerId;
        e.signature = m_signer.sign(rowSignedMessage(m_vaultId, e.hash));
        auto stmt = m_db.prepare(u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash, "
                                 "key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, e.seq).bind(2, e.atText).bind(3, e.actor).bind(4, e.action);
        stmt->bind(5, e.target).bind(6, e.detail).bind(7, e.prevHash).bind(8, e.hash);
        stmt->bind(9, e.keyId).bind(10, e.signature);
        CD_TRY(stmt->exec());
        return e;
    }
    auto stmt = m_db.prepare(u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, e.seq).bind(2, e.atText).bind(3, e.actor).bind(4, e.action);
    stmt->bind(5, e.target).bind(6, e.detail).bind(7, e.prevHash).bind(8, e.hash);
    CD_TRY(stmt->exec());
    return e;
}

Result<ChainReport> AuditLog::verify()
{
    auto stmt = m_db.prepare(kSelect + u"ORDER BY seq"_s);
    if (!stmt) return stmt.error();
    ChainReport report;
    QByteArray expectedPrev(32, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const Entry e = entryFromRow(*stmt);
        ++report.rows;
        QString problem;
        if (e.seq != expectedSeq)
            problem = Tr::tr("row %1 is missing: rows were deleted before row %2.").arg(expectedSeq).arg(e.seq);
        else if (e.prevHash != expectedPrev)
            problem = Tr::tr("row %1 does not follow the row before it: rows were deleted, reordered or replayed.")
                          .arg(e.seq);
        else if (!crypto::constantTimeEquals(rowHash(m_macKey, e.prevHash, e), e.hash))
            problem = Tr::tr("row %1 was edited after it was written.").arg(e.seq);
        if (!problem.isEmpty()) {
            report.firstBrokenSeq = e.seq != expectedSeq ? expectedSeq : e.seq;
            report.problem = problem;
            return report;
        }
        expectedPrev = e.hash;
        report.head = Head{e.seq, e.hash};
        ++expectedSeq;
    }
    return report;
}

Result<QList<Entry>> AuditLog::recent(int limit, const QString &target)
{
    auto stmt = m_db.prepare(kSelect + (target.isEmpty() ? u"ORDER BY seq DESC LIMIT ?"_s
                                                         : u"WHERE target = ? ORDER BY seq DESC LIMIT ?"_s));
    if (!stmt) return stmt.error();
    if (target.isEmpty()) stmt->bind(1, limit);
    else stmt->bind(1, target).bind(2, limit);
    QList<Entry> entries;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        entries.append(entryFromRow(*stmt));
    }
    return entries;
}

}  // namespace cd::audit

namespace cd::audit {

Result<std::optional<Entry>> AuditLog::latest(const char *actionCode, const QString &detail)
{
    auto stmt = m_db.prepare(kSelect + (detail.isEmpty() ? u"WHERE action = ? ORDER BY seq DESC LIMIT 1"_s
                                                         : u"WHERE action = ? AND detail = ? ORDER BY seq DESC LIMIT 1"_s));
    if (!stmt) return stmt.error();
    stmt->bind(1, QString::fromLatin1(actionCode));
    if (!detail.isEmpty()) stmt->bind(2, detail);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<Entry>();
    return std::optional<Entry>(entryFromRow(*stmt));
}

}  // namespace cd::audit
