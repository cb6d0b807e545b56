#pragma once
// The hash-chained audit log: every row's hash is a keyed BLAKE2b of the previous row's hash and
// the row's own fields, so editing, deleting, reordering or replaying a row breaks the chain at
// that row. The MAC key is a subkey of the database key.

#include "common/Result.h"
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
};

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
};

}  // namespace cd::audit
