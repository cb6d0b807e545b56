// The demo school's crisis work: every stage of the procedure is there to be seen, the same for a seed.
#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "crisis/SafetyPlans.h"
#include "demo/DemoSchool.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

struct DemoCrisisState {
    int openEvents = 0;
    QList<CrisisStep> overdue;
    QList<ReferralStatus> statuses;
    QList<ReferralReminder::Kind> reminders;
    int supportReviewsDue = 0;
    int safetyReviewsDue = 0;
    int institutions = 0;
    QList<qint64> students;
};

DemoCrisisState stateOf(vault::Vault &vault, const QDateTime &now)
{
    DemoCrisisState s;
    CrisisEvents events(vault);
    auto open = events.openEvents();
    REQUIRE(open.ok());
    s.openEvents = static_cast<int>(open->size());
    for (const CrisisEvent &e : *open) s.students << e.studentId;
    const auto overdue = events.overdueSteps(now);
    REQUIRE(overdue.ok());
    for (const OverdueStep &o : *overdue) s.overdue << o.step;
    Referrals referrals(vault);
    const auto all = referrals.all();
    REQUIRE(all.ok());
    for (const Referral &r : *all) s.statuses << r.status;
    const auto reminders = referrals.reminders(now.date());
    REQUIRE(reminders.ok());
    for (const ReferralReminder &r : *reminders) s.reminders << r.kind;
    s.supportReviewsDue = static_cast<int>(SupportPlans(vault).reviewsDue(now.date().addDays(7))->size());
    s.safetyReviewsDue = static_cast<int>(SafetyPlans(vault).reviewsDue(now.date().addDays(7))->size());
    s.institutions = static_cast<int>(Directory(vault).list()->size());
    return s;
}

}  // namespace

TEST_CASE("demo crisis: events, referrals and plans at every stage, the same for a seed", "[crisis][demo]")
{
    const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    const PinnedClock pinned(now);
    TempVault first;
    auto a = first.open();
    REQUIRE(demo::populateDemo(*a, 7, kLeadPassphrase, 300).ok());
    const DemoCrisisState s = stateOf(*a, now);

    CHECK(s.openEvents == 3);
    CHECK(s.overdue == QList<CrisisStep>{CrisisStep::GuardianTold});  // the self-harm event of two days ago
    CHECK(QSet<ReferralStatus>(s.statuses.begin(), s.statuses.end())
          == QSet<ReferralStatus>{ReferralStatus::Drafted, ReferralStatus::Given, ReferralStatus::SlipReturned,
                                  ReferralStatus::Closed});
    CHECK(s.reminders == QList<ReferralReminder::Kind>{ReferralReminder::SlipOverdue});
    CHECK(s.supportReviewsDue == 1);
    CHECK(s.safetyReviewsDue == 1);
    CHECK(s.institutions == 5);
    CHECK(Absences(*a).away()->isEmpty());  // the student who was away is back

    TempVault second;
    auto b = second.open();
    REQUIRE(demo::populateDemo(*b, 7, kLeadPassphrase, 300).ok());
    CHECK(stateOf(*b, now).students == s.students);
}
