#pragma once
// Counseling cases and their sessions. A case belongs to one student and one concern; opening a
// case for a child under 14 (or of unknown age) needs a guardian's consent (PIPL). Sessions follow
// a structured template (presenting issue, observations, intervention, plan) with a risk rating;
// their text is indexed for full-text search inside the encrypted database. A counselor's private
// note on a session is sealed with that counselor's own key: no other user, and no export, can
// read it.

#include "common/Result.h"
#include "cases/CaseOutcome.h"
#include "cases/CasesAudit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cd::storage {
class Database;
class Statement;
}
namespace cd::vault {
class Vault;
}

namespace cd::cases {

enum class SessionKind { Individual, Group, Guardian, Teacher };
inline constexpr SessionKind kSessionKinds[] = {SessionKind::Individual, SessionKind::Group, SessionKind::Guardian,
                                                SessionKind::Teacher};
QString kindCode(SessionKind kind);
std::optional<SessionKind> kindFromCode(const QString &code);
QString kindName(SessionKind kind);

struct Case {
    qint64 id = 0;
    qint64 studentId = 0;
    QString category;
    QDate openedOn;
    QString openedBy;
    QString consentGuardian;  ///< who consented (for a child under 14)
    QDate consentOn;
    bool open = true;
    QDate closedOn;
    QString outcome;
};

struct Session {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate heldOn;
    int minutes = 0;
    SessionKind kind = SessionKind::Individual;
    QString presenting;
    QString observations;
    QString intervention;
    QString plan;
    QString risk;  ///< "", "low", "medium", "high", "crisis"
    QDateTime nextAppointment;
    QString author;
};

struct NoteHit {
    qint64 sessionId = 0;
    qint64 caseId = 0;
    qint64 studentId = 0;
    QString studentName;
    QDate heldOn;
    QString snippet;  ///< plain text around the matches, without marks
    QList<std::pair<int, int>> matches;  ///< the matched words in `snippet`: start, length
};

/// A next appointment set in a case's newest session (the home page's desk).
struct Appointment {
    qint64 caseId = 0;
    qint64 sessionId = 0;
    qint64 studentId = 0;
    QString studentName;
    QDateTime at;  ///< local time, as entered
};

/// Age in whole years on `on`; -1 when the birth date is unknown.
int ageOn(const QDate &birthDate, const QDate &on);
constexpr int kConsentAge = 14;
/// Whether opening a case on `on` needs a guardian's consent (under 14, or the age unknown).
bool consentRequired(const QDate &birthDate, const QDate &on);
/// A case opened as an emergency whose consent-giver is not recorded yet (derived: the rule asked
/// for consent when it opened, and none is recorded).
bool consentPending(const Case &c, const QDate &birthDate);

/// A case waiting for its consent to be recorded (the home desk).
struct PendingConsent {
    qint64 caseId = 0;
    qint64 studentId = 0;
    QString studentName;
    QDate openedOn;
};

/// Cases, sessions and private notes of the vault, as the signed-in user. Every change is written
/// with its audit row (target `student:<id>`) in one transaction (`Vault::recordChange`).
class CaseRepository {
public:
    explicit CaseRepository(vault::Vault &vault);

    /// Opens a case. The student's birth date (from their record) decides whether a guardian's
    /// consent is required. `openedBy` is the signed-in user. Audited (`case.open`).
    /// With an `emergencyReason`, a case that needs consent opens without it: the case is "consent
    /// pending" until recordConsent(), and the exception is audited (`case.emergency`, the reason
    /// as detail after "case:<id> ") in the same transaction.
    Result<qint64> openCase(const Case &c, const QString &emergencyReason = {});
    /// Records who gave consent, and when, for a case opened without it. Audited (`case.consent`).
    Status recordConsent(qint64 caseId, const QString &guardian, const QDate &on);
    /// The reason given when the case was opened as an emergency; empty when it was not.
    Result<QString> emergencyReason(const Case &c);
    /// Cases opened as emergencies still waiting for their consent, oldest first.
    Result<QList<PendingConsent>> pendingConsents();
    /// Closes a case with how it ended and an optional note (CaseOutcome.h). Audited (`case.close`).
    Status closeCase(qint64 caseId, const QDate &on, CaseOutcome outcome, const QString &note);
    /// Closes with a free-text outcome (older callers, the CLI's tests). Audited (`case.close`).
    Status closeCase(qint64 caseId, const QDate &on, const QString &outcome);
    Result<QList<Case>> casesOf(qint64 studentId);
    Result<Case> getCase(qint64 caseId);

    /// Inserts (id 0) or updates a session and its full-text entry; the signed-in user is the author
    /// of a new one. With `privateNote`, the user's sealed note on it is replaced (empty removes it).
    /// The user's draft of the session goes in the same transaction. Audited (`session.save`).
    Result<qint64> saveSession(const Session &session, const std::optional<QString> &privateNote = std::nullopt);
    Result<QList<Session>> sessionsOf(qint64 caseId);
    Result<Session> getSession(qint64 sessionId);

    /// The next appointments of open cases from `from` until before `until` (local times), soonest
    /// first: each case's newest session's next appointment, so one that a later session replaced
    /// or already held is not listed.
    Result<QList<Appointment>> upcomingAppointments(const QDateTime &from, const QDateTime &until);

    /// Full-text search over session notes; Chinese is matched as written (no word list needed).
    Result<QList<NoteHit>> searchNotes(const QString &query, int limit = 200);

    /// The signed-in user's own private note on a session, if they wrote one and hold their key; an
    /// empty optional otherwise (another user's note is not even revealed to exist).
    Result<std::optional<QString>> privateNote(qint64 sessionId);
    /// Turns the user's private note into part of the session record (appended to the
    /// observations, indexed, visible to colleagues) and deletes the sealed copy. Audited (`note.share`).
    Status sharePrivateNote(qint64 sessionId);

    /// Text as indexed: CJK characters separated, so a phrase query finds any run of them.
    static QString indexText(const QString &text);

private:
    Result<QList<Session>> selectSessions(const QString &where, qint64 id);
    Result<qint64> writeSession(const Session &session);
    Status writePrivateNote(qint64 sessionId, const QString &text);

    vault::Vault &m_vault;
    storage::Database &m_db;
};

}  // namespace cd::cases
