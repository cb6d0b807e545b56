// Crisis events, their steps and notifications, the risk scale and the directory, on real vaults.
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "crisis/CrisisAudit.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/RiskScale.h"
#include "students/WatchList.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

NewCrisisEvent sampleEvent(qint64 studentId, const QDateTime &at)
{
    NewCrisisEvent e;
    e.studentId = studentId;
    e.occurredAt = at;
    e.source = CrisisSource::Teacher;
    e.kind = CrisisKind::SuicidalThoughts;
    e.description = u"班主任发现作文中写到不想活了"_s;
    e.assessment.selfHarmThoughts = Ideation::Active;
    e.level = suggestLevel(e.assessment);  // High
    return e;
}

int auditRows(vault::Vault &vault, const char *action)
{
    auto rows = vault.audit().recent(1000);
    REQUIRE(rows.ok());
    int n = 0;
    for (const auto &r : *rows) n += r.action == QLatin1String(action);
    return n;
}

}  // namespace

TEST_CASE("crisis: the assessment suggests a level by the documented rule", "[crisis]")
{
    RiskAssessment a;
    CHECK(suggestLevel(a) == RiskLevel::Low);
    a.recentLoss = true;
    CHECK(suggestLevel(a) == RiskLevel::Medium);
    a = {};
    a.selfHarmThoughts = Ideation::Passive;
    CHECK(suggestLevel(a) == RiskLevel::Medium);
    a.supervised = false;  // nobody to stay with the student: one level up
    CHECK(suggestLevel(a) == RiskLevel::High);
    a = {};
    a.selfHarmThoughts = Ideation::Passive;
    a.pastAttempt = true;
    CHECK(suggestLevel(a) == RiskLevel::High);
    a = {};
    a.selfHarmThoughts = Ideation::Active;
    CHECK(suggestLevel(a) == RiskLevel::High);
    a.plan = true;
    CHECK(suggestLevel(a) == RiskLevel::High);  // a plan without means or a past attempt
    a.means = true;
    CHECK(suggestLevel(a) == RiskLevel::Crisis);
    a = {};
    a.harmOthersThoughts = true;
    a.plan = true;
    a.pastAttempt = true;
    CHECK(suggestLevel(a) == RiskLevel::Crisis);
    a.supervised = false;  // never above crisis
    CHECK(suggestLevel(a) == RiskLevel::Crisis);
}

TEST_CASE("crisis: recording an event raises the watch list, never lowers it, and is audited", "[crisis]")
{
    const QDateTime now(QDate(2026, 11, 9), QTime(10, 0));
    PinnedClock pinned(now);
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"C1"_s, u"甲同学"_s);
    const qint64 b = addTestStudent(*vault, u"C2"_s, u"乙同学"_s);
    CrisisEvents events(*vault);
    students::WatchList watch(*vault);

    SECTION("refusals leave nothing behind")
    {
        NewCrisisEvent e = sampleEvent(a, now.addSecs(-600));
        e.description = u"  "_s;
        CHECK(events.record(e).error().code == ErrorCode::InvalidInput);
        e = sampleEvent(a, now.addSecs(3600));  // in the future
        CHECK(events.record(e).error().code == ErrorCode::InvalidInput);
        e = sampleEvent(a, now.addSecs(-600));
        e.level = RiskLevel::Crisis;  // differs from the suggestion, no reason
        CHECK(events.record(e).error().code == ErrorCode::InvalidInput);
        e = sampleEvent(9999, now.addSecs(-600));
        CHECK_FALSE(events.record(e).ok());
        CHECK(events.forStudent(a)->isEmpty());
        CHECK_FALSE(watch.entry(a)->has_value());
        CHECK(auditRows(*vault, audit::action::CrisisRecorded) == 0);
    }

    SECTION("an event puts the student on the list at its level, found and assessed recorded")
    {
        auto id = events.record(sampleEvent(a, now.addSecs(-600)));
        REQUIRE(id.ok());
        auto entry = watch.entry(a);
        REQUIRE(entry->has_value());
        CHECK((*entry)->level == RiskLevel::High);
        CHECK((*entry)->nextReview == now.date().addDays(3));
        auto event = events.get(*id);
        REQUIRE(event.ok());
        CHECK(event->suggested == RiskLevel::High);
        CHECK(event->assessment.selfHarmThoughts == Ideation::Active);
        REQUIRE(event->step(CrisisStep::Found).has_value());
        CHECK(event->step(CrisisStep::Found)->doneAt == now.addSecs(-600));
        CHECK(event->step(CrisisStep::Assessed).has_value());
        CHECK(auditRows(*vault, audit::action::CrisisRecorded) == 1);

        // An override with a reason is kept; the list goes up to crisis.
        NewCrisisEvent worse = sampleEvent(a, now.addSecs(-60));
        worse.level = RiskLevel::Crisis;
        worse.overrideReason = u"已写好遗书"_s;
        REQUIRE(events.record(worse).ok());
        CHECK((*watch.entry(a))->level == RiskLevel::Crisis);

        // A milder event later does not lower it.
        NewCrisisEvent milder = sampleEvent(a, now.addSecs(-30));
        milder.assessment = {};
        milder.level = RiskLevel::Low;
        REQUIRE(events.record(milder).ok());
        CHECK((*watch.entry(a))->level == RiskLevel::Crisis);
        CHECK(events.forStudent(a)->size() == 3);
        CHECK(events.forStudent(b)->isEmpty());
    }
}

TEST_CASE("crisis: steps, notifications and time limits at their edges", "[crisis]")
{
    const QDateTime found(QDate(2026, 11, 9), QTime(10, 0));
    PinnedClock pinned(found.addSecs(5 * 60));
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"C1"_s, u"甲同学"_s);
    CrisisEvents events(*vault);
    auto id = events.record(sampleEvent(s, found));
    REQUIRE(id.ok());

    // A step before the event or in the future is refused.
    CHECK(events.recordStep(*id, CrisisStep::Intervention, found.addSecs(-60), u"王老师"_s, {}).error().code
          == ErrorCode::InvalidInput);
    CHECK(events.recordStep(*id, CrisisStep::Intervention, found.addSecs(3600), u"王老师"_s, {}).error().code
          == ErrorCode::InvalidInput);
    // At the event's own time it is accepted.
    CHECK(events.recordStep(*id, CrisisStep::Intervention, found, u"王老师"_s, u"陪伴"_s).ok());

    // Leader due 30 min after the event: not overdue at exactly 30 minutes, overdue one second later.
    auto overdue = events.overdueSteps(found.addSecs(30 * 60));
    REQUIRE(overdue.ok());
    CHECK(overdue->isEmpty());
    overdue = events.overdueSteps(found.addSecs(30 * 60 + 1));
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).step == CrisisStep::LeaderReported);
    CHECK(overdue->at(0).studentId == s);
    CHECK(events.overdueSteps(found.addSecs(24 * 3600 + 1))->size() == 2);  // and the guardian

    // Telling the leader records the step; a breach needs its reason.
    Notification leader;
    leader.at = found.addSecs(120);
    leader.recipient = Recipient::SchoolLeader;
    leader.person = u"李副校长"_s;
    REQUIRE(events.notify(*id, leader).ok());
    CHECK(events.overdueSteps(found.addSecs(30 * 60 + 1))->isEmpty());
    Notification guardian;
    guardian.at = found.addSecs(240);
    guardian.recipient = Recipient::Guardian;
    guardian.person = u"学生母亲"_s;
    guardian.confidentialityBreach = true;
    CHECK(events.notify(*id, guardian).error().code == ErrorCode::InvalidInput);
    guardian.reason = u"学生有自杀计划，需保护生命安全"_s;
    REQUIRE(events.notify(*id, guardian).ok());
    Notification institution;
    institution.at = found.addSecs(240);
    institution.recipient = Recipient::Institution;
    CHECK(events.notify(*id, institution).error().code == ErrorCode::InvalidInput);
    institution.institutionId = 4242;
    CHECK(events.notify(*id, institution).error().code == ErrorCode::InvalidInput);

    auto event = events.get(*id);
    REQUIRE(event->notifications.size() == 2);
    CHECK(event->notifications.at(1).confidentialityBreach);
    CHECK(event->step(CrisisStep::GuardianTold)->person == u"学生母亲"_s);

    // The lead changes a limit; counselors may not.
    auto limits = events.stepLimits();
    REQUIRE(limits.ok());
    for (StepLimit &l : *limits)
        if (l.step == CrisisStep::Referral) l.minutes = 60;
    REQUIRE(events.setStepLimits(*limits).ok());
    CHECK(events.overdueSteps(found.addSecs(3601))->size() == 1);
    REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
    vault->close();
    auto counselor = tv.open(u"wang"_s, u"wang passphrase 1"_s);
    CHECK(CrisisEvents(*counselor).setStepLimits(*limits).error().code == ErrorCode::PermissionDenied);

    // Closed: no more steps; closed events are never overdue.
    CrisisEvents theirs(*counselor);
    CHECK(theirs.close(*id, QString()).error().code == ErrorCode::InvalidInput);
    REQUIRE(theirs.close(*id, u"已转介住院"_s).ok());
    CHECK(theirs.recordStep(*id, CrisisStep::FollowUp, found.addSecs(60), {}, {}).error().code
          == ErrorCode::InvalidInput);
    CHECK(theirs.overdueSteps(found.addDays(30))->isEmpty());
    CHECK(theirs.openEvents()->isEmpty());
}

TEST_CASE("crisis: the lead names the risk levels, everyone sees the names", "[crisis][risk]")
{
    TempVault tv;
    auto vault = tv.open();
    RiskScale scale(*vault);
    auto labels = scale.load();
    REQUIRE(labels.ok());
    CHECK(labels->all().size() == 4);
    CHECK(labels->all().first().level == RiskLevel::Crisis);  // most severe first
    CHECK_FALSE(labels->all().first().custom);

    QList<RiskLabel> mine = {{RiskLevel::Crisis, u"一级预警"_s, u"#aa0000"_s, true},
                             {RiskLevel::High, u"二级预警"_s, u"#dd6600"_s, true},
                             {RiskLevel::Medium, u"三级预警"_s, u"#ccaa00"_s, true},
                             {RiskLevel::Low, u"四级预警"_s, u"#0044aa"_s, true}};
    QList<RiskLabel> twice = mine;
    twice[1].label = u"一级预警"_s;
    CHECK(scale.save(twice).error().code == ErrorCode::InvalidInput);
    QList<RiskLabel> badColour = mine;
    badColour[2].colour = u"yellow"_s;
    CHECK(scale.save(badColour).error().code == ErrorCode::InvalidInput);
    CHECK(scale.save(mine.mid(0, 3)).error().code == ErrorCode::InvalidInput);
    REQUIRE(scale.save(mine).ok());
    CHECK(scale.load()->label(RiskLevel::Crisis) == u"一级预警"_s);
    CHECK(scale.load()->colour(RiskLevel::Low) == u"#0044aa"_s);

    REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
    vault->close();
    auto counselor = tv.open(u"wang"_s, u"wang passphrase 1"_s);
    RiskScale theirs(*counselor);
    CHECK(theirs.load()->label(RiskLevel::High) == u"二级预警"_s);
    CHECK(theirs.save(mine).error().code == ErrorCode::PermissionDenied);
    CHECK(theirs.reset().error().code == ErrorCode::PermissionDenied);
    counselor->close();
    auto lead = tv.open();
    REQUIRE(RiskScale(*lead).reset().ok());
    CHECK_FALSE(RiskScale(*lead).load()->all().first().custom);
}

TEST_CASE("crisis: the directory adds, refuses duplicates, retires and keeps", "[crisis][directory]")
{
    TempVault tv;
    auto vault = tv.open();
    Directory dir(*vault);
    Institution h;
    h.kind = InstitutionKind::Hospital;
    h.name = u"市精神卫生中心"_s;
    h.department = u"儿童青少年心理门诊"_s;
    h.phone = u"010-00000000"_s;
    CHECK(dir.add(Institution{}).error().code == ErrorCode::InvalidInput);
    auto id = dir.add(h);
    REQUIRE(id.ok());
    CHECK(dir.add(h).error().code == ErrorCode::AlreadyExists);
    h.id = *id;
    h.contact = u"张医生"_s;
    REQUIRE(dir.update(h).ok());
    CHECK(dir.get(*id)->contact == u"张医生"_s);
    REQUIRE(dir.setActive(*id, false).ok());
    CHECK(dir.list()->isEmpty());
    CHECK(dir.list(true)->size() == 1);
    REQUIRE(dir.setActive(*id, true).ok());
    CHECK(dir.list()->size() == 1);
    CHECK(auditRows(*vault, audit::action::DirectoryChanged) == 4);
}
