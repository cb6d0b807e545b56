#pragma once
// Screening is a sieve, not a diagnosis: each flagged student gets one follow-up per run, opened
// by the scoring, that a counselor closes after seeing the student by confirming the concern or
// clearing the flag (with a note). An interview can be scheduled on it.

#include "common/Result.h"
#include "screening/ScreeningAudit.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::screening {

enum class FollowUpStatus { Open, Confirmed, Cleared };
QString followUpStatusCode(FollowUpStatus status);
std::optional<FollowUpStatus> followUpStatusFromCode(const QString &code);
QString followUpStatusName(FollowUpStatus status);

struct FollowUp {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 studentId = 0;
    FollowUpStatus status = FollowUpStatus::Open;
    QDateTime openedAt;
    QDateTime interviewAt;  ///< invalid: none scheduled
    QDateTime closedAt;
    QString closedBy;
    QString note;
};

class FollowUpRepository {
public:
    explicit FollowUpRepository(vault::Vault &vault) : m_vault(vault) {}

    Result<std::optional<FollowUp>> forStudent(qint64 runId, qint64 studentId);
    Result<FollowUp> get(qint64 followUpId);
    /// Schedules (or with an invalid time, unschedules) the interview. Audited.
    Status scheduleInterview(qint64 followUpId, const QDateTime &at);
    /// Closes an open follow-up: confirmed (the concern is real) or cleared (a false alarm), with
    /// a note saying what the interview found (required). Audited.
    Status close(qint64 followUpId, FollowUpStatus outcome, const QString &note);
    /// Opens a closed follow-up again. Audited.
    Status reopen(qint64 followUpId);
    /// Open follow-ups of every run, oldest first (for the home page and the watch list).
    Result<QList<FollowUp>> openFollowUps();

private:
    vault::Vault &m_vault;
};

}  // namespace cd::screening
