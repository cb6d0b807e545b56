// The summary's monitoring and early-warning part: the semester's screening runs per instrument
// and grade (expected, screened, invalid, bands, flagged) and the follow-up interviews per grade.

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"

#include "screening/Results.h"
#include "screening/RunRepository.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

void addGrade(SummaryFacts &facts, const QString &instrument, const screening::GroupCounts &g)
{
    const QString key = instrument + u'|' + QString::number(g.grade);
    facts.add("expected", "instrument_grade", key, g.expected);
    facts.add("screened", "instrument_grade", key, g.taken);
    facts.add("not_screened", "instrument_grade", key, g.expected - g.taken);
    facts.add("invalid", "instrument_grade", key, g.invalid);
    static const char *const bands[kMaxBands] = {"band1", "band2", "band3", "band4", "band5"};
    for (int b = 0; b < g.perBand.size(); ++b)  // bands above the fifth count in the fifth
        facts.add(bands[std::min(b, kMaxBands - 1)], "instrument_grade", key, g.perBand.at(b));
    facts.add("flagged", "instrument_grade", key, g.flagged);
    facts.add("not_flagged", "instrument_grade", key, g.taken - g.flagged);
}

Status collectFollowUps(vault::Vault &vault, qint64 runId, SummaryFacts &facts)
{
    return forEachRow(vault,
                      u"SELECT r.grade, f.status <> 'open', count(*) FROM screening_follow_ups f "
                      "JOIN run_students r ON r.run_id = f.run_id AND r.student_id = f.student_id "
                      "WHERE f.run_id = %1 GROUP BY 1, 2"_s.arg(runId),
                      [&](storage::Statement &s) {
                          const qint64 grade = s.int64(0);
                          if (grade < 1 || grade > 12) return;
                          const QString key = QString::number(grade);
                          const double n = static_cast<double>(s.int64(2));
                          facts.add("followups", "grade", key, n);
                          facts.add(s.int64(1) ? "followups_done" : "followups_open", "grade", key, n);
                      });
}

}  // namespace

Status collectMonitoring(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    auto runs = screening::RunRepository(vault).list();
    if (!runs) return runs.error();
    for (const screening::Run &run : *runs) {
        if (!period.contains(run.opensOn)) continue;
        for (const screening::RunInstrument &ri : run.instruments) {
            auto summary = screening::summarize(vault, run.id, ri.code);
            if (!summary) return summary.error();
            if (summary->instrument.bands.isEmpty()) facts.withoutBands.insert(ri.code);
            for (const screening::GroupCounts &g : summary->byGrade)
                if (g.grade >= 1 && g.grade <= 12) addGrade(facts, ri.code, g);
        }
        CD_TRY(collectFollowUps(vault, run.id, facts));
    }
    return {};
}

}  // namespace cd::district
