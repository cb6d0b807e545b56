#include "cases/CaseRepository.h"

#include "common/CodeTable.h"

#include "audit/AuditTarget.h"

#include "cases/Categories.h"
#include "cases/DraftStore.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::cases {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};


bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x3040 && u <= 0x30FF);
}

Case caseFromRow(const storage::Statement &s)
{
    Case c;
    c.id = s.int64(0);
    c.studentId = s.int64(1);
    c.category = s.text(2);
    c.openedOn = clock::dateFromStorage(s.text(3));
    c.openedBy = s.text(4);
    c.consentGuardian = s.text(5);
    c.consentOn = clock::dateFromStorage(s.text(6));
    c.open = s.text(7) == u"open"_s;
    c.closedOn = clock::dateFromStorage(s.text(8));
    c.outcome = s.text(9);
    return c;
}

const QString kCaseColumns = u"SELECT id, student_id, category, opened_on, opened_by, consent_guardian, consent_on, "
                             "status, closed_on, outcome FROM cases "_s;

QByteArray noteAssociatedData(qint64 sessionId, qint64 authorId)
{
    return "cdnote1|" + QByteArray::number(sessionId) + '|' + QByteArray::number(authorId);
}

}  // namespace

static const CodeTable<SessionKind> &sessionKinds()
{
    static const CodeTable<SessionKind> table = {{SessionKind::Individual, "individual"},
                                                 {SessionKind::Group, "group"},
                                                 {SessionKind::Guardian, "guardian"},
                                                 {SessionKind::Teacher, "teacher"}};
    return table;
}

QString kindCode(SessionKind kind) { return sessionKinds().code(kind); }
std::optional<SessionKind> kindFromCode(const QString &code) { return sessionKinds().fromCode(code); }

QString kindName(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Individual: return Tr::tr("Individual");
    case SessionKind::Group: return Tr::tr("Group");
    case SessionKind::Guardian: return Tr::tr("With guardian");
    case SessionKind::Teacher: return Tr::tr("With teacher");
    }
    return {};
}

int ageOn(const QDate &birthDate, const QDate &on)
{
    if (!birthDate.isValid() || !on.isValid()) return -1;
    int age = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day())) --age;
    return age;
}

bool consentRequired(const QDate &birthDate, const QDate &on)
{
    const int age = ageOn(birthDate, on);
    return age < 0 || age < kConsentAge;
}

bool consentPending(const Case &c, const QDate &birthDate)
{
    return consentRequired(birthDate, c.openedOn) && (c.consentGuardian.trimmed().isEmpty() || !c.consentOn.isValid());
}

QString CaseRepository::indexText(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        if (isCjk(c)) {
            out += u' ';
            out += c;
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

CaseRepository::CaseRepository(vault::Vault &vault) : m_vault(vault), m_db(vault.database()) {}

Result<qint64> CaseRepository::openCase(const Case &c, const QString &emergencyReason)
{
    auto categories = concernCategories(m_vault);
    if (!categories) return categories.error();
    if (std::none_of(categories->cbegin(), categories->cend(),
                     [&](const ConcernCategory &known) { return known.code == c.category; }))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose what the case is about."));
    auto student = students::StudentRepository(m_vault).get(c.studentId);
    if (!student) return student.error();
    const QDate opened = c.openedOn.isValid() ? c.openedOn : clock::today();
    const int age = ageOn(student->birthDate, opened);
    const bool withoutConsent = consentRequired(student->birthDate, opened)
                                && (c.consentGuardian.trimmed().isEmpty() || !c.consentOn.isValid());
    const bool emergency = withoutConsent && !emergencyReason.trimmed().isEmpty();
    if (withoutConsent && !emergency)
        return makeError(ErrorCode::InvalidInput,
                         age < 0 ? Tr::tr("The student's age is not known: record the guardian's consent (who and "
                                          "when) before opening a case.")
                                 : Tr::tr("The student is under 14: record the guardian's consent (who and when) before "
                                          "opening a case."));
    qint64 id = 0;
    const auto insert = [&]() -> Status {
        return m_vault.recordChange(audit::action::CaseOpened, audit::studentTarget(c.studentId), c.category,
                                    [&]() -> Status {
            auto stmt = m_db.prepare(u"INSERT INTO cases (student_id, category, opened_on, opened_by, consent_guardian, "
                                     "consent_on) VALUES (?, ?, ?, ?, ?, ?)"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, c.studentId).bind(2, c.category).bind(3, clock::dateToStorage(opened));
            stmt->bind(4, m_vault.currentUser().login);
            const bool consented = !withoutConsent;
            stmt->bind(5, consented ? c.consentGuardian.trimmed() : QString());
            stmt->bind(6, consented ? clock::dateToStorage(c.consentOn) : QString());
            CD_TRY(stmt->exec());
            id = m_db.lastInsertRowId();
            return {};
        });
    };
    if (!emergency) {
        CD_TRY(insert());
        return id;
    }
    // The case and the exception stand or fall together.
    CD_TRY(m_vault.changeTogether([&]() -> Status {
        CD_TRY(insert());
        return m_vault.recordChange(audit::action::CaseEmergency, audit::studentTarget(c.studentId),
                                    u"case:%1 %2"_s.arg(id).arg(emergencyReason.simplified()),
                                    [] { return Status(); });
    }));
    return id;
}

Status CaseRepository::closeCase(qint64 caseId, const QDate &on, CaseOutcome outcome, const QString &note)
{
    return closeCase(caseId, on, encodeOutcome(outcome, note));
}

Status CaseRepository::recordConsent(qint64 caseId, const QString &guardian, const QDate &on)
{
    if (guardian.trimmed().isEmpty() || !on.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter who gave consent and when."));
    auto c = getCase(caseId);
    if (!c) return c.error();
    if (on > clock::today())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The consent date cannot be in the future."));
    return m_vault.recordChange(audit::action::CaseConsent, audit::studentTarget(c->studentId), u"case:%1"_s.arg(caseId),
                                [&]() -> Status {
                                    auto stmt = m_db.prepare(u"UPDATE cases SET consent_guardian = ?, consent_on = ? "
                                                             "WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, guardian.trimmed()).bind(2, clock::dateToStorage(on)).bind(3, caseId);
                                    return stmt->exec();
                                });
}

Result<QString> CaseRepository::emergencyReason(const Case &c)
{
    auto rows = m_vault.audit().recent(100000, audit::studentTarget(c.studentId));
    if (!rows) return rows.error();
    const QString prefix = u"case:%1 "_s.arg(c.id);
    for (const audit::Entry &e : *rows)
        if (e.action == QLatin1String(audit::action::CaseEmergency) && e.detail.startsWith(prefix))
            return e.detail.mid(prefix.size());
    return QString();
}

Result<QList<PendingConsent>> CaseRepository::pendingConsents()
{
    auto stmt = m_db.prepare(u"SELECT c.id, c.student_id, st.name, c.opened_on, st.birth_date FROM cases c "
                             "JOIN students st ON st.id = c.student_id "
                             "WHERE c.consent_guardian = '' OR c.consent_on = '' ORDER BY c.opened_on, c.id"_s);
    if (!stmt) return stmt.error();
    QList<PendingConsent> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        const QDate opened = clock::dateFromStorage(stmt->text(3));
        if (!consentRequired(clock::dateFromStorage(stmt->text(4)), opened)) continue;
        list.append({stmt->int64(0), stmt->int64(1), stmt->text(2), opened});
    }
}

Status CaseRepository::closeCase(qint64 caseId, const QDate &on, const QString &outcome)
{
    if (outcome.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write the outcome before closing the case."));
    auto c = getCase(caseId);
    if (!c) return c.error();
    return m_vault.recordChange(audit::action::CaseClosed, audit::studentTarget(c->studentId), u"case:%1"_s.arg(caseId),
                                [&]() -> Status {
                                    auto stmt = m_db.prepare(u"UPDATE cases SET status = 'closed', closed_on = ?, "
                                                             "outcome = ? WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, clock::dateToStorage(on)).bind(2, outcome.trimmed()).bind(3, caseId);
                                    return stmt->exec();
                                });
}

Result<QList<Case>> CaseRepository::casesOf(qint64 studentId)
{
    auto stmt = m_db.prepare(kCaseColumns + u"WHERE student_id = ? ORDER BY opened_on DESC, id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    QList<Case> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        list.append(caseFromRow(*stmt));
    }
    return list;
}

Result<Case> CaseRepository::getCase(qint64 caseId)
{
    auto stmt = m_db.prepare(kCaseColumns + u"WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("That case is no longer in the vault."));
    return caseFromRow(*stmt);
}

Result<qint64> CaseRepository::saveSession(const Session &session, const std::optional<QString> &privateNote)
{
    if (!session.heldOn.isValid()) return makeError(ErrorCode::InvalidInput, Tr::tr("Enter the date of the session."));
    auto c = getCase(session.caseId);
    if (!c) return c.error();
    Session s = session;
    if (s.id == 0) s.author = m_vault.currentUser().login;
    const qint64 draftOf = s.id;
    CD_TRY(m_vault.recordChange(audit::action::SessionSaved, audit::studentTarget(c->studentId),
                                u"case:%1 session:%2"_s.arg(s.caseId).arg(s.id ? QString::number(s.id) : u"new"_s),
                                [&]() -> Status {
                                    // The draft this user kept goes with the save.
                                    CD_TRY(DraftStore(m_vault).discard(s.caseId, draftOf));
                                    auto id = writeSession(s);
                                    if (!id) return id.error();
                                    s.id = *id;
                                    if (privateNote) CD_TRY(writePrivateNote(s.id, *privateNote));
                                    return {};
                                }));
    return s.id;
}

Result<qint64> CaseRepository::writeSession(const Session &s)
{
    const QString now = clock::toStorage(clock::now());
    qint64 id = s.id;
    if (id == 0) {
        auto stmt = m_db.prepare(u"INSERT INTO sessions (case_id, held_on, minutes, kind, presenting, observations, "
                                 "intervention, plan, risk, next_appointment, author, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, s.caseId).bind(2, clock::dateToStorage(s.heldOn)).bind(3, s.minutes).bind(4, kindCode(s.kind));
        stmt->bind(5, s.presenting).bind(6, s.observations).bind(7, s.intervention).bind(8, s.plan).bind(9, s.risk);
        stmt->bind(10, s.nextAppointment.isValid() ? s.nextAppointment.toString(Qt::ISODate) : QString());
        stmt->bind(11, s.author).bind(12, now).bind(13, now);
        CD_TRY(stmt->exec());
        id = m_db.lastInsertRowId();
    } else {
        auto stmt = m_db.prepare(u"UPDATE sessions SET held_on = ?, minutes = ?, kind = ?, presenting = ?, "
                                 "observations = ?, intervention = ?, plan = ?, risk = ?, next_appointment = ?, "
                                 "updated_at = ? WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, clock::dateToStorage(s.heldOn)).bind(2, s.minutes).bind(3, kindCode(s.kind)).bind(4, s.presenting);
        stmt->bind(5, s.observations).bind(6, s.intervention).bind(7, s.plan).bind(8, s.risk);
        stmt->bind(9, s.nextAppointment.isValid() ? s.nextAppointment.toString(Qt::ISODate) : QString());
        stmt->bind(10, now).bind(11, id);
        CD_TRY(stmt->exec());
    }
    auto index = m_db.prepare(u"INSERT OR REPLACE INTO session_text (docid, body) VALUES (?, ?)"_s);
    if (!index) return index.error();
    index->bind(1, id).bind(2, indexText(QStringList{s.presenting, s.observations, s.intervention, s.plan}.join(u'\n')));
    CD_TRY(index->exec());
    // FTS4 replaces a document by adding a delete marker: the old version's words would stay in
    // the older segments, readable with the key. Merging every segment in the same transaction
    // rewrites the index without them (secure_delete zeroes the freed cells and pages).
    if (s.id != 0) CD_TRY(m_db.exec(u"INSERT INTO session_text (session_text) VALUES ('optimize')"_s));
    return id;
}

Result<QList<Session>> CaseRepository::selectSessions(const QString &where, qint64 id)
{
    auto stmt = m_db.prepare(u"SELECT id, case_id, held_on, minutes, kind, presenting, observations, intervention, "
                             "plan, risk, next_appointment, author FROM sessions WHERE "_s
                             + where + u" ORDER BY held_on DESC, id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    QList<Session> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        Session s;
        s.id = stmt->int64(0);
        s.caseId = stmt->int64(1);
        s.heldOn = clock::dateFromStorage(stmt->text(2));
        s.minutes = static_cast<int>(stmt->int64(3));
        s.kind = kindFromCode(stmt->text(4)).value_or(SessionKind::Individual);
        s.presenting = stmt->text(5);
        s.observations = stmt->text(6);
        s.intervention = stmt->text(7);
        s.plan = stmt->text(8);
        s.risk = stmt->text(9);
        s.nextAppointment = QDateTime::fromString(stmt->text(10), Qt::ISODate);
        s.author = stmt->text(11);
        list.append(s);
    }
    return list;
}

Result<QList<Session>> CaseRepository::sessionsOf(qint64 caseId) { return selectSessions(u"case_id = ?"_s, caseId); }

Result<Session> CaseRepository::getSession(qint64 sessionId)
{
    auto list = selectSessions(u"id = ?"_s, sessionId);
    if (!list) return list.error();
    if (list->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("That session is no longer in the vault."));
    return list->first();
}

Result<QList<Appointment>> CaseRepository::upcomingAppointments(const QDateTime &from, const QDateTime &until)
{
    // Stored as written by the session editor: local ISO 8601 without an offset, so the text
    // compares in time order.
    const auto local = [](const QDateTime &at) {
        return at.toLocalTime().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    };
    auto stmt = m_db.prepare(u"SELECT c.id, s.id, c.student_id, st.name, s.next_appointment FROM sessions s "
                             "JOIN cases c ON c.id = s.case_id JOIN students st ON st.id = c.student_id "
                             "WHERE c.status = 'open' AND s.next_appointment <> '' "
                             "AND s.next_appointment >= ?1 AND s.next_appointment < ?2 "
                             "AND NOT EXISTS (SELECT 1 FROM sessions later WHERE later.case_id = s.case_id "
                             "AND (later.held_on > s.held_on OR (later.held_on = s.held_on AND later.id > s.id))) "
                             "ORDER BY s.next_appointment, s.id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, local(from)).bind(2, local(until));
    QList<Appointment> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        Appointment a;
        a.caseId = stmt->int64(0);
        a.sessionId = stmt->int64(1);
        a.studentId = stmt->int64(2);
        a.studentName = stmt->text(3);
        a.at = QDateTime::fromString(stmt->text(4), Qt::ISODate);
        list.append(a);
    }
}

namespace {
// FTS marks each indexed CJK character on its own ("\x02压\x03 \x02力\x03"): marks between two
// marked characters go, then the index's spaces beside CJK characters, then the marks themselves,
// whose places become the matched ranges.
std::pair<QString, QList<std::pair<int, int>>> displaySnippet(const QString &marked)
{
    static const QRegularExpression joinedMarks(u"\\x{3}\\s*\\x{2}"_s);
    const QString joined = QString(marked).replace(joinedMarks, QString());
    QString text;
    QList<std::pair<int, int>> matches;
    int start = -1;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        const QChar c = joined[i];
        if (c == QChar(2)) {
            start = int(text.size());
        } else if (c == QChar(3)) {
            if (start >= 0 && text.size() > start) matches.append({start, int(text.size()) - start});
            start = -1;
        } else if (c == u' ') {
            const auto cjkAt = [&](qsizetype j) {
                while (j >= 0 && j < joined.size() && (joined[j] == QChar(2) || joined[j] == QChar(3)))
                    j += j < i ? -1 : 1;
                return j >= 0 && j < joined.size() && isCjk(joined[j]);
            };
            if (!cjkAt(i - 1) && !cjkAt(i + 1)) text += c;
        } else {
            text += c;
        }
    }
    return {text, matches};
}
}  // namespace

Result<QList<NoteHit>> CaseRepository::searchNotes(const QString &query, int limit)
{
    // Each word of the query is a phrase; all must occur. Quotes are dropped (FTS syntax).
    QStringList phrases;
    for (const QString &word : query.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString clean = word;
        clean.remove(u'"');
        const QString indexed = indexText(clean).simplified();
        if (!indexed.isEmpty()) phrases << u'"' + indexed + u'"';
    }
    if (phrases.isEmpty()) return QList<NoteHit>();
    // The newest `limit` matches by docid (FTS walks its index backwards and stops early), then
    // snippets for those rows only: a phrase in 30,000 notes costs no more than one in 30.
    auto stmt = m_db.prepare(u"SELECT s.id, s.case_id, c.student_id, st.name, s.held_on, "
                             "snippet(session_text, char(2), char(3), '…', -1, 12) FROM session_text "
                             "JOIN sessions s ON s.id = session_text.docid JOIN cases c ON c.id = s.case_id "
                             "JOIN students st ON st.id = c.student_id "
                             "WHERE session_text MATCH ?1 AND session_text.docid IN "
                             "(SELECT docid FROM session_text WHERE session_text MATCH ?1 ORDER BY docid DESC LIMIT ?2) "
                             "ORDER BY s.held_on DESC, s.id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, phrases.join(u' ')).bind(2, limit);
    QList<NoteHit> hits;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const auto [snippet, matches] = displaySnippet(stmt->text(5));
        hits.append({stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->text(3), clock::dateFromStorage(stmt->text(4)), snippet, matches});
    }
    return hits;
}

Status CaseRepository::writePrivateNote(qint64 sessionId, const QString &text)
{
    const crypto::SecureBuffer &authorKey = m_vault.userKey();
    const qint64 authorId = m_vault.currentUser().id;
    if (authorKey.size() != crypto::kKeyBytes)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Private notes need your own key: unlock with your passphrase, not the recovery code."));
    if (text.isEmpty()) {
        auto stmt = m_db.prepare(u"DELETE FROM private_notes WHERE session_id = ? AND author_id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, sessionId).bind(2, authorId);
        return stmt->exec();
    }
    const QByteArray sealed = crypto::seal(authorKey, crypto::passphraseBytes(text), noteAssociatedData(sessionId, authorId));
    auto stmt = m_db.prepare(u"INSERT OR REPLACE INTO private_notes (session_id, author_id, sealed) VALUES (?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, sessionId).bind(2, authorId).bind(3, sealed);
    return stmt->exec();
}

Status CaseRepository::sharePrivateNote(qint64 sessionId)
{
    auto note = privateNote(sessionId);
    if (!note) return note.error();
    if (!*note) return makeError(ErrorCode::NotFound, Tr::tr("There is no private note of yours on this session."));
    auto session = getSession(sessionId);
    if (!session) return session.error();
    auto c = getCase(session->caseId);
    if (!c) return c.error();
    //: heading of a private note that its author shared into the session record
    session->observations += (session->observations.isEmpty() ? QString() : u"\n\n"_s) + Tr::tr("Shared note:")
                             + u'\n' + **note;
    return m_vault.recordChange(audit::action::PrivateNoteShared, audit::studentTarget(c->studentId),
                                u"session:%1"_s.arg(sessionId), [&]() -> Status {
                                    auto saved = writeSession(*session);
                                    if (!saved) return saved.error();
                                    return writePrivateNote(sessionId, QString());
                                });
}

Result<std::optional<QString>> CaseRepository::privateNote(qint64 sessionId)
{
    const crypto::SecureBuffer &readerKey = m_vault.userKey();
    const qint64 readerId = m_vault.currentUser().id;
    auto stmt = m_db.prepare(u"SELECT sealed FROM private_notes WHERE session_id = ? AND author_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, sessionId).bind(2, readerId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row || readerKey.size() != crypto::kKeyBytes) return std::optional<QString>();
    auto plain = crypto::open(readerKey, stmt->blob(0), noteAssociatedData(sessionId, readerId));
    if (!plain) return std::optional<QString>();
    return std::optional<QString>(
        QString::fromUtf8(reinterpret_cast<const char *>(plain->data()), static_cast<qsizetype>(plain->size())));
}

}  // namespace cd::cases
