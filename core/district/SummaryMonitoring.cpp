// The summary's monitoring and early-warning part: the semester's screening runs per instrument
// and grade (expected, screened, invalid, bands, flagged) and the follow-up interviews per grade,
// sheet by sheet with the student behind each (a child screened twice in a semester is one child).

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"

#include "screening/RunRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

/// One sheet of `student` (or its absence): every count it belongs to up by one, the student
/// among the people behind it. A semester may hold two runs of one instrument (a re-screen of the
/// flagged): a child flagged twice is two flagged sheets but one child, and is withheld as one
/// (disclosure::Cell::people). The categories are screening::summarize's.
void addSheet(SummaryFacts &facts, const QString &key, qint64 student, bool taken, bool valid, int band, bool flagged,
              int bands)
{
    const auto add = [&](const char *measure) { facts.addEvent(measure, "instrument_grade", key, student); };
    add("expected");
    if (!taken) {
        add("not_screened");
        return;
    }
    add("screened");
    add(flagged ? "flagged" : "not_flagged");
    if (!valid) {
        add("invalid");
        return;
    }
    static const char *const bandKeys[kMaxBands] = {"band1", "band2", "band3", "band4", "band5"};
    if (band >= 0 && band < bands) add(bandKeys[std::min(band, kMaxBands - 1)]);  // above the fifth: the fifth
}

/// Every student of the run for one instrument, with their complete sheet's current score.
Status collectRun(vault::Vault &vault, qint64 runId, const QString &code, SummaryFacts &facts)
{
    auto instrument = screening::RunRepository(vault).instrument(runId, code);
    if (!instrument) return instrument.error();
    if (instrument->bands.isEmpty()) facts.withoutBands.insert(code);
    const int bands = static_cast<int>(instrument->bands.size());
    auto stmt = vault.database().prepare(
        u"SELECT r.grade, r.student_id, h.id IS NOT NULL, c.valid, c.band, c.follow_up FROM run_students r "
        "LEFT JOIN screening_sheets h ON h.run_id = r.run_id AND h.student_id = r.student_id AND h.instrument = ?2 "
        "AND h.complete = 1 "
        "LEFT JOIN screening_scores c ON c.sheet_id = h.id AND c.current = 1 "
        "WHERE r.run_id = ?1"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, code);
    for (;;) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) return {};
        const qint64 grade = stmt->int64(0);
        if (grade < 1 || grade > 12) continue;
        addSheet(facts, code + u'|' + QString::number(grade), stmt->int64(1), stmt->int64(2) != 0,
                 stmt->int64(3) != 0, static_cast<int>(stmt->int64(4)), stmt->int64(5) != 0, bands);
    }
}

Status collectFollowUps(vault::Vault &vault, qint64 runId, SummaryFacts &facts)
{
    return forEachRow(vault,
                      u"SELECT r.grade, f.status <> 'open', f.student_id FROM screening_follow_ups f "
                      "JOIN run_students r ON r.run_id = f.run_id AND r.student_id = f.student_id "
                      "WHERE f.run_id = %1"_s.arg(runId),
                      [&](storage::Statement &s) {
                          const qint64 grade = s.int64(0);
                          if (grade < 1 || grade > 12) return;
                          const QString key = QString::number(grade);
                          facts.addEvent("followups", "grade", key, s.int64(2));
                          facts.addEvent(s.int64(1) ? "followups_done" : "followups_open", "grade", key, s.int64(2));
                      });
}

}  // namespace

Status collectMonitoring(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    auto runs = screening::RunRepository(vault).list();
    if (!runs) return runs.error();
    for (const screening::Run &run : *runs) {
        if (!period.contains(run.opensOn)) continue;
        for (const screening::RunInstrument &ri : run.instruments) CD_TRY(collectRun(vault, run.id, ri.code, facts));
        CD_TRY(collectFollowUps(vault, run.id, facts));
    }
    return {};
}

}  // namespace cd::district
