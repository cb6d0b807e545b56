#include "cases/DraftStore.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd::cases {

namespace {

QByteArray draftAssociatedData(qint64 caseId, qint64 sessionId, qint64 authorId)
{
    return "cddraft1|" + QByteArray::number(caseId) + '|' + QByteArray::number(sessionId) + '|'
           + QByteArray::number(authorId);
}

QString toJson(const Session &s)
{
    const QJsonObject o{
        {u"held_on"_s, clock::dateToStorage(s.heldOn)},
        {u"minutes"_s, s.minutes},
        {u"kind"_s, kindCode(s.kind)},
        {u"presenting"_s, s.presenting},
        {u"observations"_s, s.observations},
        {u"intervention"_s, s.intervention},
        {u"plan"_s, s.plan},
        {u"risk"_s, s.risk},
        {u"next_appointment"_s, s.nextAppointment.isValid() ? s.nextAppointment.toString(Qt::ISODate) : QString()},
        {u"author"_s, s.author},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Session fromJson(const QString &json, qint64 caseId, qint64 sessionId)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Session s;
    s.id = sessionId;
    s.caseId = caseId;
    s.heldOn = clock::dateFromStorage(o.value(u"held_on"_s).toString());
    s.minutes = qBound(0, o.value(u"minutes"_s).toInt(), 600);
    s.kind = kindFromCode(o.value(u"kind"_s).toString()).value_or(SessionKind::Individual);
    s.presenting = o.value(u"presenting"_s).toString();
    s.observations = o.value(u"observations"_s).toString();
    s.intervention = o.value(u"intervention"_s).toString();
    s.plan = o.value(u"plan"_s).toString();
    s.risk = o.value(u"risk"_s).toString();
    s.nextAppointment = QDateTime::fromString(o.value(u"next_appointment"_s).toString(), Qt::ISODate);
    s.author = o.value(u"author"_s).toString();
    return s;
}

}  // namespace

DraftStore::DraftStore(vault::Vault &vault) : m_vault(vault), m_db(vault.database()) {}

Status DraftStore::save(const Session &session, const std::optional<QString> &privateNote)
{
    const qint64 authorId = m_vault.currentUser().id;
    const crypto::SecureBuffer &authorKey = m_vault.userKey();
    auto stmt = m_db.prepare(u"INSERT OR REPLACE INTO session_drafts (case_id, session_id, author_id, body, "
                             "private_sealed, saved_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, session.caseId).bind(2, session.id).bind(3, authorId).bind(4, toJson(session));
    if (privateNote && !privateNote->isEmpty() && authorKey.size() == crypto::kKeyBytes)
        stmt->bind(5, crypto::seal(authorKey, crypto::passphraseBytes(*privateNote),
                                   draftAssociatedData(session.caseId, session.id, authorId)));
    else
        stmt->bindNull(5);
    stmt->bind(6, clock::toStorage(clock::now()));
    return stmt->exec();
}

Result<std::optional<SessionDraft>> DraftStore::load(qint64 caseId, qint64 sessionId)
{
    const qint64 authorId = m_vault.currentUser().id;
    const crypto::SecureBuffer &authorKey = m_vault.userKey();
    auto stmt = m_db.prepare(u"SELECT body, private_sealed, saved_at FROM session_drafts "
                             "WHERE case_id = ? AND session_id = ? AND author_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, caseId).bind(2, sessionId).bind(3, authorId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<SessionDraft>();
    SessionDraft draft;
    draft.session = fromJson(stmt->text(0), caseId, sessionId);
    draft.savedAt = clock::fromStorage(stmt->text(2));
    const QByteArray sealed = stmt->blob(1);
    if (!sealed.isEmpty() && authorKey.size() == crypto::kKeyBytes) {
        if (auto plain = crypto::open(authorKey, sealed, draftAssociatedData(caseId, sessionId, authorId)))
            draft.privateNote = QString::fromUtf8(reinterpret_cast<const char *>(plain->data()),
                                                  static_cast<qsizetype>(plain->size()));
    }
    return std::optional<SessionDraft>(draft);
}

Status DraftStore::discard(qint64 caseId, qint64 sessionId)
{
    const qint64 authorId = m_vault.currentUser().id;
    auto stmt = m_db.prepare(u"DELETE FROM session_drafts WHERE case_id = ? AND session_id = ? AND author_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, caseId).bind(2, sessionId).bind(3, authorId);
    return stmt->exec();
}

Result<bool> DraftStore::hasNewSessionDraft(qint64 caseId)
{
    const qint64 authorId = m_vault.currentUser().id;
    auto stmt = m_db.prepare(u"SELECT 1 FROM session_drafts WHERE case_id = ? AND session_id = 0 AND author_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, caseId).bind(2, authorId);
    auto row = stmt->step();
    if (!row) return row.error();
    return *row;
}

}  // namespace cd::cases
