#pragma once
// Internal to core/screening: scores a sheet and writes its score row (and opens the student's
// follow-up when it needs one), with statements prepared once per batch; and reads score rows
// back. Used by SheetStore (entry, kiosk, rescoring) and Results.

#include "common/Result.h"
#include "screening/FollowUpRepository.h"
#include "screening/Instrument.h"
#include "screening/SheetStore.h"
#include "storage/Database.h"

#include <optional>

namespace cd::screening {

/// The columns readStoredScore() expects, in order (prefix "c." = screening_scores).
inline constexpr char kStoredScoreColumns[] =
    "c.sheet_id, c.version, c.valid, c.total, c.band, c.t_score, c.follow_up, c.flags, c.critical, c.invalid, "
    "c.scored_at, c.scored_by, c.subscales";
inline constexpr int kStoredScoreColumnCount = 13;
StoredScore readStoredScore(const storage::Statement &stmt, int firstColumn);

/// The columns readFollowUp() expects (prefix "f." = screening_follow_ups).
inline constexpr char kFollowUpColumns[] =
    "f.id, f.run_id, f.student_id, f.status, f.opened_at, f.interview_at, f.closed_at, f.closed_by, f.note";
FollowUp readFollowUp(const storage::Statement &stmt, int firstColumn);

/// Scores a sheet given by item position (kUnanswered for a blank) exactly as scoreSheet() scores
/// the same answers by item id, without building the id map (Scoring.cpp).
SheetScore scoreAnswerRow(const Instrument &instrument, const AnswerRow &answers, std::optional<int> seconds);

class ScoringContext {
public:
    struct Student {
        int grade = 0;
        QString sex;
    };

    ScoringContext(storage::Database &db, const Instrument &instrument, qint64 runId, QString actor);
    Status prepare();
    /// Scores `answers`, inserts the score row (current) and opens a follow-up when needed. A
    /// critical item reopens the student's follow-up if it was closed: a self-harm answer is
    /// never filed under an interview that happened before it. Returns whether the sheet needs
    /// follow-up.
    Result<bool> scoreAndStore(qint64 sheetId, qint64 studentId, const Student &student, const AnswerRow &answers,
                               std::optional<int> seconds, const QString &now);

private:
    storage::Database &m_db;
    const Instrument &m_instrument;
    qint64 m_runId;
    QString m_actor;
    std::optional<storage::Statement> m_insertScore;
    std::optional<storage::Statement> m_openFollowUp;
    std::optional<storage::Statement> m_reopenFollowUp;
    int m_reopened = 0;

public:
    /// Closed follow-ups reopened by a critical item so far.
    int reopened() const { return m_reopened; }
};

}  // namespace cd::screening
