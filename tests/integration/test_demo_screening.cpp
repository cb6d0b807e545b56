// The demo school's screening runs: the runs of the school year as "today" sees them, a typical
// distribution of results, closed follow-ups in the older run, the same data for the same seed.

#include "common/Clock.h"
#include "storage/Database.h"
#include "demo/DemoSchool.h"
#include "screening/FollowUpRepository.h"
#include "screening/Results.h"
#include "screening/RunRepository.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::screening;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

struct PinnedClock {
    explicit PinnedClock(const QDate &day) { clock::setNowForTesting(QDateTime(day, QTime(12, 0), Qt::UTC)); }
    ~PinnedClock() { clock::setNowForTesting({}); }
    PinnedClock(const PinnedClock &) = delete;
    PinnedClock &operator=(const PinnedClock &) = delete;
};

double share(int part, int whole) { return whole ? double(part) / whole : 0; }

}  // namespace

TEST_CASE("demo screening: the school year's runs with a typical distribution, the same for a seed", "[screening][demo]")
{
    const PinnedClock pinned(QDate(2027, 3, 20));  // the autumn run has closed, the spring run is open
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 3, kLeadPassphrase, 900).ok());

    auto runs = RunRepository(*vault).list();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 2);
    const Run &spring = runs->at(0);
    const Run &autumn = runs->at(1);
    CHECK(autumn.name == u"2026 autumn screening"_s);
    CHECK(autumn.status == RunStatus::Closed);
    CHECK(autumn.instrumentCodes() == QStringList{u"PHQ-9"_s, u"GAD-7"_s});
    CHECK(spring.name == u"2027 spring screening"_s);
    CHECK(spring.status == RunStatus::Open);

    auto phq = summarize(*vault, autumn.id, u"PHQ-9"_s);
    REQUIRE(phq.ok());
    const GroupCounts &all = phq->all;
    REQUIRE(all.expected == 900);
    INFO("taken " << all.taken << ", invalid " << all.invalid << ", bands " << all.perBand[0] << " " << all.perBand[1]
                  << " " << all.perBand[2] << " " << all.perBand[3] << " " << all.perBand[4]);
    CHECK(share(all.taken, all.expected) >= 0.90);
    CHECK(share(all.taken, all.expected) <= 0.98);
    const int valid = all.taken - all.invalid;
    CHECK(share(all.invalid, all.taken) <= 0.03);
    CHECK(share(all.perBand[0], valid) == Approx(0.70).margin(0.06));
    CHECK(share(all.perBand[1], valid) == Approx(0.18).margin(0.05));
    CHECK(share(all.perBand[2], valid) == Approx(0.08).margin(0.04));
    CHECK(share(all.perBand[3] + all.perBand[4], valid) == Approx(0.04).margin(0.03));
    auto flagged = flaggedSheets(*vault, autumn.id);
    REQUIRE(flagged.ok());
    int item9 = 0;
    for (const FlaggedSheet &f : *flagged)
        if (f.instrument == u"PHQ-9"_s && f.score.criticalItems.contains(u"9"_s)) ++item9;
    CHECK(share(item9, all.taken) >= 0.005);
    CHECK(share(item9, all.taken) <= 0.045);
    // Some follow-ups of the older run are closed, with a note; the open run's are not.
    CHECK(phq->followUpsConfirmed + phq->followUpsCleared > 10);
    CHECK(phq->followUpsOpen > 0);
    CHECK(vault->database().scalar(u"SELECT count(*) FROM screening_follow_ups WHERE status <> 'open' AND note = ''"_s)
              ->toInt() == 0);
    auto springPhq = summarize(*vault, spring.id, u"PHQ-9"_s);
    REQUIRE(springPhq.ok());
    CHECK(springPhq->all.taken > 0);
    CHECK(springPhq->all.taken < all.taken);
    CHECK(springPhq->followUpsConfirmed + springPhq->followUpsCleared == 0);

    // The same seed gives the same sheets.
    TempVault again;
    auto other = again.open();
    REQUIRE(demo::populateDemo(*other, 3, kLeadPassphrase, 900).ok());
    CHECK(*resultsCsv(*other, autumn.id) == *resultsCsv(*vault, autumn.id));
    CHECK(*resultsCsv(*other, spring.id) == *resultsCsv(*vault, spring.id));
}

TEST_CASE("demo screening: a run still to come is planned, without sheets", "[screening][demo]")
{
    const PinnedClock pinned(QDate(2026, 11, 29));
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 1, kLeadPassphrase, 120).ok());
    auto spring = RunRepository(*vault).byName(u"2027 spring screening"_s);
    REQUIRE(spring.ok());
    CHECK(spring->status == RunStatus::Planned);
    CHECK(vault->database().scalar(u"SELECT count(*) FROM screening_sheets WHERE run_id = %1"_s.arg(spring->id))->toInt()
          == 0);
    auto autumn = RunRepository(*vault).byName(u"2026 autumn screening"_s);
    REQUIRE(autumn.ok());
    CHECK(autumn->status == RunStatus::Closed);
}
