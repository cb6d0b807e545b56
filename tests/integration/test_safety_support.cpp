// Safety plans (versioned), time off and return, support plans; the retention purge takes them all.
#include "common/Clock.h"
#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Referrals.h"
#include "crisis/SafetyPlans.h"
#include "students/SchoolYear.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
SafetyPlanContent samplePlan()
{
    SafetyPlanContent c;
    c.warningSigns = u"睡不着，觉得自己没用"_s;
    c.copingAlone = u"听音乐，写日记"_s;
    c.professionals = u"心理老师 王老师；12356"_s;
    return c;
}
}  // namespace

TEST_CASE("safety plans: required steps, versions, reviews due", "[crisis][safety]")
{
    const QDate today(2026, 11, 9);
    PinnedClock pinned(QDateTime(today, QTime(10, 0)));
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"S1"_s, u"甲同学"_s);
    SafetyPlans plans(*vault);

    SafetyPlanContent c = samplePlan();
    c.warningSigns.clear();
    CHECK(plans.save(s, 0, c, today.addDays(14)).error().code == ErrorCode::InvalidInput);
    c = samplePlan();
    c.professionals = u"  "_s;
    CHECK(plans.save(s, 0, c, today.addDays(14)).error().code == ErrorCode::InvalidInput);
    c = samplePlan();
    c.guardianSigned = true;  // signed by nobody
    CHECK(plans.save(s, 0, c, today.addDays(14)).error().code == ErrorCode::InvalidInput);
    CHECK(plans.save(s, 0, samplePlan(), today.addDays(-1)).error().code == ErrorCode::InvalidInput);
    CHECK(plans.save(s, 4242, samplePlan(), today).error().code == ErrorCode::NotFound);
    CHECK_FALSE(plans.current(s)->has_value());

    auto first = plans.save(s, 0, samplePlan(), today);  // review today: allowed
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    c = samplePlan();
    c.safeSurroundings = u"家中药品由母亲保管"_s;
    c.guardianName = u"学生母亲"_s;
    c.guardianSigned = true;
    auto second = plans.save(s, 0, c, today.addDays(14));
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    auto current = plans.current(s);
    REQUIRE(current->has_value());
    CHECK((*current)->content == c);
    REQUIRE(plans.versions(s)->size() == 2);
    CHECK(plans.get(first->id)->content == samplePlan());  // the earlier version stays readable
    // Only the current version's review counts.
    CHECK(plans.reviewsDue(today)->isEmpty());
    CHECK(plans.reviewsDue(today.addDays(14))->size() == 1);
}

TEST_CASE("time off: one at a time, a return needs its papers in order", "[crisis][absence]")
{
    const QDate today(2026, 11, 9);
    PinnedClock pinned(QDateTime(today, QTime(10, 0)));
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"S1"_s, u"甲同学"_s);
    Absences absences(*vault);

    CHECK(absences.start(s, 0, QDate(), {}).error().code == ErrorCode::InvalidInput);
    auto id = absences.start(s, 0, QDate(2026, 10, 1), u"住院治疗"_s);
    REQUIRE(id.ok());
    CHECK(absences.start(s, 0, QDate(2026, 10, 2), {}).error().code == ErrorCode::InvalidInput);
    CHECK(absences.away()->size() == 1);

    Absence a = absences.forStudent(s)->first();
    a.returnedOn = QDate(2026, 11, 2);
    CHECK(absences.update(a).error().code == ErrorCode::InvalidInput);  // no papers
    a.certificateOn = QDate(2026, 9, 30);                                // before the leave
    a.applicationOn = QDate(2026, 10, 28);
    a.assessmentOn = QDate(2026, 10, 30);
    a.assessmentPassed = true;
    CHECK(absences.update(a).error().code == ErrorCode::InvalidInput);
    a.certificateOn = QDate(2026, 10, 27);
    a.assessmentOn = QDate(2026, 11, 3);  // after the return
    CHECK(absences.update(a).error().code == ErrorCode::InvalidInput);
    a.assessmentOn = QDate(2026, 11, 2);  // the day of the return
    a.assessmentPassed = false;
    CHECK(absences.update(a).error().code == ErrorCode::InvalidInput);  // not passed
    a.assessmentPassed = true;
    a.returnedOn = today.addDays(1);
    CHECK(absences.update(a).error().code == ErrorCode::InvalidInput);  // future
    a.returnedOn = QDate(2026, 11, 2);
    REQUIRE(absences.update(a).ok());
    CHECK(absences.away()->isEmpty());
    CHECK_FALSE(absences.forStudent(s)->first().away());

    SupportPlans supports(*vault);
    SupportPlan plan;
    plan.studentId = s;
    CHECK(supports.save(plan).error().code == ErrorCode::InvalidInput);
    plan.goals = u"复学后两周内适应课堂"_s;
    plan.teacherDoes = u"每天课间关注"_s;
    plan.reviewOn = today.addDays(7);
    REQUIRE(supports.save(plan).ok());
    CHECK(supports.reviewsDue(today)->isEmpty());
    REQUIRE(supports.reviewsDue(today.addDays(7))->size() == 1);
    CHECK(supports.get(s)->value().teacherDoes == u"每天课间关注"_s);
}

TEST_CASE("crisis records go with the student in the retention purge", "[crisis][purge]")
{
    const QDate today(2026, 11, 9);
    PinnedClock pinned(QDateTime(today, QTime(10, 0)));
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"S1"_s, u"甲同学"_s);
    NewCrisisEvent e;
    e.studentId = s;
    e.occurredAt = QDateTime(today, QTime(9, 0));
    e.description = u"x"_s;
    e.level = RiskLevel::Low;
    auto event = CrisisEvents(*vault).record(e);
    REQUIRE(event.ok());
    REQUIRE(SafetyPlans(*vault).save(s, *event, samplePlan(), today).ok());
    Referral r;
    r.studentId = s;
    r.eventId = *event;
    REQUIRE(Referrals(*vault).create(r).ok());
    REQUIRE(Absences(*vault).start(s, 0, today, {}).ok());

    auto purged = students::purgeStudents(*vault, {s});
    REQUIRE(purged.ok());
    CHECK(CrisisEvents(*vault).forStudent(s)->isEmpty());
    CHECK(SafetyPlans(*vault).versions(s)->isEmpty());
    CHECK(Referrals(*vault).all()->isEmpty());
    CHECK(Absences(*vault).away()->isEmpty());
    auto check = vault->check(true);
    REQUIRE(check.ok());
}
