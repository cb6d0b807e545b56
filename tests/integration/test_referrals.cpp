// Referrals: numbers, the rules of their status, the return slip and its reminders.
#include "common/Clock.h"
#include "crisis/CrisisAudit.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "support/PinnedClock.h"
#include "students/SchoolYear.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

qint64 addHospital(vault::Vault &vault)
{
    Institution h;
    h.name = u"市精神卫生中心"_s;
    h.department = u"儿童青少年门诊"_s;
    auto id = Directory(vault).add(h);
    REQUIRE(id.ok());
    return *id;
}

}  // namespace

TEST_CASE("referrals: numbered per year, given only with destination, reason and consent", "[referral]")
{
    const QDateTime now(QDate(2026, 11, 9), QTime(9, 0));
    PinnedClock pinned(now);
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"R1"_s, u"甲同学"_s);
    Referrals referrals(*vault);

    Referral draft;
    draft.studentId = s;
    auto id = referrals.create(draft);
    REQUIRE(id.ok());
    auto second = referrals.create(draft);
    REQUIRE(second.ok());
    CHECK(referrals.get(*id)->number == u"ZJ2026-001"_s);
    CHECK(referrals.get(*second)->number == u"ZJ2026-002"_s);
    CHECK(referrals.byNumber(u"zj2026-002"_s)->id == *second);
    CHECK(referrals.byNumber(u"ZJ2026-999"_s).error().code == ErrorCode::NotFound);
    CHECK(referrals.get(*id)->disclose == defaultDisclosures());

    // Refused until destination, reason and consent are there; each refusal changes nothing.
    CHECK(referrals.markGiven(*id, now).error().code == ErrorCode::InvalidInput);
    Referral r = *referrals.get(*id);
    r.institutionId = addHospital(*vault);
    REQUIRE(referrals.update(r).ok());
    CHECK(referrals.markGiven(*id, now).error().code == ErrorCode::InvalidInput);
    r.reason = u"近两个月情绪低落，多次哭泣，上课无法集中注意力"_s;
    REQUIRE(referrals.update(r).ok());
    CHECK(referrals.markGiven(*id, now).error().code == ErrorCode::InvalidInput);
    r.consent.guardianName = u"学生母亲"_s;
    REQUIRE(referrals.update(r).ok());
    CHECK(referrals.markGiven(*id, now).error().code == ErrorCode::InvalidInput);  // consent without a time
    CHECK(referrals.get(*id)->status == ReferralStatus::Drafted);
    r.consent.at = now.addSecs(-3600);
    r.consent.method = u"面谈"_s;
    REQUIRE(referrals.update(r).ok());
    CHECK(referrals.markGiven(*id, now.addSecs(3600)).error().code == ErrorCode::InvalidInput);  // future
    REQUIRE(referrals.markGiven(*id, now, 7).ok());
    auto given = referrals.get(*id);
    CHECK(given->status == ReferralStatus::Given);
    CHECK(given->slipDue == now.date().addDays(7));
    CHECK(given->consent.guardianName == u"学生母亲"_s);
    CHECK(referrals.markGiven(*id, now).error().code == ErrorCode::InvalidInput);  // twice

    // A given referral keeps its destination and consent.
    Referral withoutConsent = *given;
    withoutConsent.consent = {};
    CHECK(referrals.update(withoutConsent).error().code == ErrorCode::InvalidInput);
    // A draft cannot be closed; an unknown destination is refused.
    CHECK(referrals.close(*second, u"x"_s).error().code == ErrorCode::InvalidInput);
    Referral nowhere = *referrals.get(*second);
    nowhere.institutionId = 777;
    CHECK(referrals.update(nowhere).error().code == ErrorCode::NotFound);
    // Screening text is only kept when ticked.
    nowhere.institutionId = 0;
    nowhere.screeningText = u"PHQ-9 总分 18"_s;
    REQUIRE(referrals.update(nowhere).ok());
    CHECK(referrals.get(*second)->screeningText.isEmpty());
    nowhere.disclose << Disclosure::Screening;
    REQUIRE(referrals.update(nowhere).ok());
    CHECK(referrals.get(*second)->screeningText == u"PHQ-9 总分 18"_s);
}

TEST_CASE("referrals: the slip at its edges, reminders, closing", "[referral]")
{
    const QDateTime given(QDate(2026, 11, 2), QTime(9, 0));
    auto pinned = std::make_unique<PinnedClock>(given);
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"R1"_s, u"甲同学"_s);
    Referrals referrals(*vault);
    Referral draft;
    draft.studentId = s;
    draft.institutionId = addHospital(*vault);
    draft.reason = u"情绪低落"_s;
    draft.consent.guardianName = u"学生父亲"_s;
    draft.consent.at = given;
    auto id = referrals.create(draft);
    REQUIRE(id.ok());
    REQUIRE(referrals.markGiven(*id, given, 7).ok());

    // Slip due on the 9th: a reminder from the 10th, not on the 9th.
    CHECK(referrals.reminders(QDate(2026, 11, 9))->isEmpty());
    auto due = referrals.reminders(QDate(2026, 11, 10));
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).kind == ReferralReminder::SlipOverdue);

    pinned.reset();  // before the next pin: the old one's destructor unpins
    pinned = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 11, 12), QTime(15, 0)));
    ReturnSlip slip;
    slip.outcome = VisitOutcome::Seen;
    slip.receivedOn = QDate(2026, 11, 12);
    slip.visitedOn = QDate(2026, 11, 1);  // before it was given
    CHECK(referrals.recordSlip(*id, slip, {}).error().code == ErrorCode::InvalidInput);
    slip.visitedOn = QDate(2026, 11, 13);  // after the slip came back
    CHECK(referrals.recordSlip(*id, slip, {}).error().code == ErrorCode::InvalidInput);
    slip.visitedOn = QDate(2026, 11, 2);  // the day it was given: fine
    slip.receivedOn = QDate(2026, 11, 13);  // in the future
    CHECK(referrals.recordSlip(*id, slip, {}).error().code == ErrorCode::InvalidInput);
    slip.receivedOn = QDate(2026, 11, 12);
    CHECK(referrals.recordSlip(*id, slip, QDate(2026, 11, 11)).error().code == ErrorCode::InvalidInput);
    ReturnSlip refused = slip;
    refused.outcome = VisitOutcome::Refused;
    refused.diagnosis = u"x"_s;
    CHECK(referrals.recordSlip(*id, refused, {}).error().code == ErrorCode::InvalidInput);
    CHECK(referrals.get(*id)->status == ReferralStatus::Given);

    slip.treatments = {Treatment::Outpatient, Treatment::Psychotherapy};
    slip.fitness = SchoolFitness::FitWithSupport;
    slip.supportNeeded = u"体育课减量"_s;
    REQUIRE(referrals.recordSlip(*id, slip, QDate(2026, 11, 19)).ok());
    auto back = referrals.get(*id);
    CHECK(back->status == ReferralStatus::SlipReturned);
    REQUIRE(back->slip.has_value());
    CHECK(back->slip->treatments == QList<Treatment>{Treatment::Outpatient, Treatment::Psychotherapy});
    CHECK(back->slip->diagnosis.isEmpty());
    CHECK(back->seenAt.date() == QDate(2026, 11, 2));
    CHECK(referrals.reminders(QDate(2026, 11, 18))->isEmpty());
    CHECK(referrals.reminders(QDate(2026, 11, 19))->at(0).kind == ReferralReminder::FollowUpDue);
    CHECK(referrals.markSeen(*id, QDateTime(QDate(2026, 11, 12), QTime(8, 0))).error().code == ErrorCode::InvalidInput);

    CHECK(referrals.close(*id, QString()).error().code == ErrorCode::InvalidInput);
    REQUIRE(referrals.close(*id, u"门诊随访中，学校支持计划已建立"_s).ok());
    CHECK(referrals.get(*id)->status == ReferralStatus::Closed);
    CHECK(referrals.reminders(QDate(2027, 1, 1))->isEmpty());
    CHECK(referrals.update(*referrals.get(*id)).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("referrals: the slip survives its own JSON, unknown keys ignored", "[referral]")
{
    ReturnSlip slip;
    slip.outcome = VisitOutcome::Refused;
    slip.receivedOn = QDate(2026, 3, 1);
    slip.treatments = {Treatment::None};
    slip.fitness = SchoolFitness::TimeOff;
    auto back = returnSlipFromJson(returnSlipToJson(slip));
    REQUIRE(back.has_value());
    CHECK(back->outcome == VisitOutcome::Refused);
    CHECK(back->receivedOn == QDate(2026, 3, 1));
    CHECK(back->fitness == SchoolFitness::TimeOff);
    CHECK_FALSE(returnSlipFromJson(QString()).has_value());
    CHECK_FALSE(returnSlipFromJson(u"not json"_s).has_value());
    CHECK(returnSlipFromJson(u"{\"outcome\":\"seen\",\"extra\":1}"_s)->outcome == VisitOutcome::Seen);
}

TEST_CASE("referrals: a purged student's referral never frees a number still in use", "[referral][purge]")
{
    PinnedClock pinned(QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
    TempVault tv;
    auto vault = tv.open();
    const qint64 leaving = addTestStudent(*vault, u"R1"_s, u"甲同学"_s);
    const qint64 staying = addTestStudent(*vault, u"R2"_s, u"乙同学"_s);
    Referrals referrals(*vault);
    Referral draft;
    draft.studentId = leaving;
    REQUIRE(referrals.create(draft).ok());  // ZJ2026-001
    draft.studentId = staying;
    REQUIRE(referrals.create(draft).ok());  // ZJ2026-002
    REQUIRE(students::purgeStudents(*vault, {leaving}).ok());
    auto third = referrals.create(draft);
    REQUIRE(third.ok());
    CHECK(referrals.get(*third)->number == u"ZJ2026-003"_s);
}
