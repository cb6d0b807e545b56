// The planner on tailored schools (core/lessons/Planner.h): one test per gap reason, window edges,
// odd/even slots, kept lessons, the daily limit, the even spread, cancelling and bad input. The
// exhaustive comparison is in test_planner_exhaustive.cpp.

#include "lessons/Planner.h"
#include "students/Student.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {
QDate monday() { return QDate(2026, 8, 31); }

/// A school of `weeks` weeks from Monday 2026-08-31, eight periods, a lesson every two weeks.
PlannerInput school(int weeks)
{
    PlannerInput in;
    Semester &s = in.semester;
    s.name = u"Test"_s;
    s.week1Monday = monday();
    s.startsOn = monday();
    s.endsOn = monday().addDays(7 * (weeks - 1) + 4);
    for (int p = 1; p <= 8; ++p) s.periods.append({p, QTime(8, 0).addSecs(p * 3000), QTime(8, 40).addSecs(p * 3000)});
    in.teachers.append({1, u"王老师"_s, 4, {}});
    return in;
}

PlanClass klass(const QString &name, qint64 teacher, QList<PlanSlot> slots)
{
    return {8, name, teacher, std::move(slots)};
}

Plan solve(const PlannerInput &in)
{
    Result<Plan> plan = planLessons(in);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    return *plan;
}

QList<int> weeksOf(const Plan &plan, const QString &className)
{
    QList<int> weeks;
    for (const PlannedLesson &l : plan.lessons)
        if (l.className == className) weeks << l.week;
    return weeks;
}
}  // namespace

TEST_CASE("planner: a full plan gives every class exactly its lessons in every window", "[lessons][planner]")
{
    PlannerInput in = school(4);
    in.classes = {klass(u"1"_s, 1, {{1, 1}, {2, 1}}), klass(u"2"_s, 1, {{1, 1}})};
    const Plan plan = solve(in);
    CHECK(plan.gaps.isEmpty());
    CHECK(plan.missingTotal == 0);
    CHECK(plan.windowsPlanned == 4);
    CHECK(plan.lessons.size() == 4);
    CHECK(weeksOf(plan, u"1"_s).size() == 2);
    CHECK(weeksOf(plan, u"2"_s).size() == 2);
    for (const PlannedLesson &l : plan.lessons) CHECK(l.teacherId == 1);
    REQUIRE(plan.loads.size() == 1);
    CHECK(plan.loads[0].planned == 4);
    CHECK(plan.loads[0].name == u"王老师"_s);
}

TEST_CASE("planner: gap reason no_teacher", "[lessons][planner]")
{
    PlannerInput in = school(2);
    in.classes = {klass(u"3"_s, 0, {{1, 1}})};
    const Plan plan = solve(in);
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].reason == GapReason::NoTeacher);
    CHECK(gapReasonCode(plan.gaps[0].reason) == u"no_teacher"_s);
    CHECK(plan.gaps[0].message.contains(students::className(8, u"3"_s)));
    CHECK(plan.gaps[0].message.contains(u"weeks 1–2"_s));
    CHECK(plan.gaps[0].message.contains(u"no teacher"_s));
}

TEST_CASE("planner: gap reason no_slots", "[lessons][planner]")
{
    PlannerInput in = school(2);
    in.classes = {klass(u"3"_s, 1, {})};
    const Plan plan = solve(in);
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].reason == GapReason::NoSlots);
    CHECK(plan.gaps[0].missing == 1);
    CHECK(plan.gaps[0].message.contains(u"no open slot is set"_s));
}

TEST_CASE("planner: gap reason no_teaching_day names the exam period and the holiday", "[lessons][planner]")
{
    PlannerInput in = school(8);
    // Weeks 7–8: week 7 is the mid-term exam, week 8's Monday a holiday.
    in.semester.breaks = {{BreakKind::Exam, monday().addDays(42), monday().addDays(46), u"期中考试"_s},
                          {BreakKind::Holiday, monday().addDays(49), monday().addDays(49), u"校庆"_s}};
    in.classes = {klass(u"3"_s, 1, {{1, 2}})};
    const Plan plan = solve(in);
    REQUIRE(plan.gaps.size() == 1);
    const PlanGap &gap = plan.gaps[0];
    CHECK(gap.reason == GapReason::NoTeachingDay);
    CHECK(gap.firstWeek == 7);
    CHECK(gap.lastWeek == 8);
    CHECK(gap.message.contains(u"weeks 7–8"_s));
    CHECK(gap.message.contains(u"exam period (期中考试)"_s));
    CHECK(gap.message.contains(u"holiday (校庆)"_s));
    CHECK(weeksOf(plan, u"3"_s) == QList<int>{1, 3, 5});
}

TEST_CASE("planner: a window of exams and holidays only asks for nothing, as compliance counts it", "[lessons][planner]")
{
    PlannerInput in = school(4);
    // Weeks 3–4: an exam week, then a holiday week. Nothing can be taught, so nothing is due.
    in.semester.breaks = {{BreakKind::Exam, monday().addDays(14), monday().addDays(20), u"期中考试"_s},
                          {BreakKind::Holiday, monday().addDays(21), monday().addDays(27), u"秋假"_s}};
    in.classes = {klass(u"3"_s, 1, {{1, 2}})};
    CHECK_FALSE(in.semester.hasTeachingDay(3, 4));
    CHECK(in.semester.hasTeachingDay(1, 2));
    const Plan plan = solve(in);
    CHECK(plan.gaps.isEmpty());
    CHECK(weeksOf(plan, u"3"_s) == QList<int>{1});
}

TEST_CASE("planner: gap reason no_teaching_day for a slot in the other weeks or off the school week",
          "[lessons][planner]")
{
    PlannerInput in = school(3);  // windows 1–2 and a shortened 3
    in.classes = {klass(u"1"_s, 1, {{2, 1, SlotWeeks::Even}}), klass(u"2"_s, 1, {{6, 1}})};
    const Plan plan = solve(in);
    REQUIRE(plan.gaps.size() == 3);
    CHECK(plan.gaps[0].className == u"1"_s);
    CHECK(plan.gaps[0].firstWeek == 3);
    CHECK(plan.gaps[0].reason == GapReason::NoTeachingDay);
    CHECK(plan.gaps[0].message.contains(u"week 3:"_s));
    CHECK(plan.gaps[0].message.contains(u"even weeks only"_s));
    CHECK(plan.gaps[1].reason == GapReason::NoTeachingDay);
    CHECK(plan.gaps[1].message.contains(u"not a school day"_s));
}

TEST_CASE("planner: gap reason teacher_unavailable", "[lessons][planner]")
{
    PlannerInput in = school(4);
    in.teachers[0].unavailable = {{3, 0, 3, 4}};  // Wednesdays of weeks 3–4
    in.classes = {klass(u"3"_s, 1, {{3, 5}})};
    const Plan plan = solve(in);
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].reason == GapReason::TeacherUnavailable);
    CHECK(plan.gaps[0].firstWeek == 3);
    CHECK(plan.gaps[0].message.contains(u"王老师 is unavailable"_s));
    // One period only: the other periods of that day stay open.
    in.teachers[0].unavailable = {{3, 4, 1, 4}};
    CHECK(solve(in).gaps.isEmpty());
}

TEST_CASE("planner: gap reason capacity when the teacher's only times are taken", "[lessons][planner]")
{
    PlannerInput in = school(2);
    in.semester.targets.windowWeeks = 1;
    in.classes = {klass(u"1"_s, 1, {{1, 1}}), klass(u"2"_s, 1, {{1, 1}}), klass(u"3"_s, 1, {{1, 1}, {1, 2}})};
    const Plan plan = solve(in);
    // Each week: one of classes 1 and 2 is short (the one time is the teacher's), class 3 moves.
    CHECK(plan.missingTotal == 2);
    REQUIRE(plan.gaps.size() == 2);
    for (const PlanGap &gap : plan.gaps) {
        CHECK(gap.reason == GapReason::Capacity);
        CHECK(gap.message.contains(u"王老师's open periods then are all taken by other classes"_s));
    }
    CHECK(weeksOf(plan, u"3"_s) == QList<int>{1, 2});
}

TEST_CASE("planner: gap reason past, and windows before fromWeek are history", "[lessons][planner]")
{
    PlannerInput in = school(6);
    in.fromWeek = 4;
    in.classes = {klass(u"3"_s, 1, {{1, 1, SlotWeeks::Odd}})};
    const Plan plan = solve(in);
    CHECK(plan.windowsPlanned == 2);  // weeks 3–4 and 5–6; 1–2 is history
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].reason == GapReason::Past);
    CHECK(plan.gaps[0].firstWeek == 3);
    CHECK(plan.gaps[0].message.contains(u"before week 4"_s));
    CHECK(weeksOf(plan, u"3"_s) == QList<int>{5});
}

TEST_CASE("planner: the shortened last window is planned, the weeks outside the semester are not",
          "[lessons][planner]")
{
    PlannerInput in = school(5);
    in.semester.endsOn = monday().addDays(28 + 1);  // week 5 ends on Tuesday
    in.classes = {klass(u"1"_s, 1, {{2, 1}}), klass(u"2"_s, 1, {{3, 1}})};
    const Plan plan = solve(in);
    CHECK(weeksOf(plan, u"1"_s).size() == 3);
    CHECK(weeksOf(plan, u"1"_s).last() == 5);
    // Class 2's Wednesday of week 5 is past the semester's end.
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].firstWeek == 5);
    CHECK(plan.gaps[0].lastWeek == 5);
    CHECK(plan.gaps[0].message.contains(u"outside the semester"_s));
}

TEST_CASE("planner: odd and even slots are used only in their weeks", "[lessons][planner]")
{
    PlannerInput in = school(4);
    in.semester.targets.windowWeeks = 1;
    in.classes = {klass(u"1"_s, 1, {{1, 1, SlotWeeks::Odd}, {2, 1, SlotWeeks::Even}})};
    const Plan plan = solve(in);
    REQUIRE(plan.lessons.size() == 4);
    for (const PlannedLesson &l : plan.lessons) CHECK(l.weekday == (l.week % 2 ? 1 : 2));
}

TEST_CASE("planner: a kept lesson takes its time and counts toward its window", "[lessons][planner]")
{
    PlannerInput in = school(2);
    in.classes = {klass(u"1"_s, 1, {{1, 1}}), klass(u"2"_s, 1, {{1, 1}})};
    SECTION("another class's kept lesson takes the only slot in week 1")
    {
        in.fixed = {{8, u"1"_s, 1, 1, 1, 1, true}};
        const Plan plan = solve(in);
        CHECK(weeksOf(plan, u"1"_s).isEmpty());  // its kept lesson counts
        CHECK(weeksOf(plan, u"2"_s) == QList<int>{2});
        CHECK(plan.loads[0].fixed == 1);
    }
    SECTION("kept lessons take both weeks: the other class is short, for capacity")
    {
        in.fixed = {{8, u"1"_s, 1, 1, 1, 1, true}, {8, u"1"_s, 2, 1, 1, 1, false}};
        const Plan plan = solve(in);
        CHECK(plan.lessons.isEmpty());
        REQUIRE(plan.gaps.size() == 1);
        CHECK(plan.gaps[0].className == u"2"_s);
        CHECK(plan.gaps[0].reason == GapReason::Capacity);
    }
    SECTION("a kept lesson that does not count still takes the class's time")
    {
        in.classes = {klass(u"1"_s, 1, {{1, 1}})};
        in.fixed = {{8, u"1"_s, 1, 1, 1, 0, false}};
        const Plan plan = solve(in);
        CHECK(weeksOf(plan, u"1"_s) == QList<int>{2});
    }
}

TEST_CASE("planner: the teacher's daily limit holds, kept lessons included", "[lessons][planner]")
{
    PlannerInput in = school(1);
    in.semester.targets.windowWeeks = 1;
    in.teachers[0].maxPerDay = 2;
    in.classes = {klass(u"1"_s, 1, {{1, 1}}), klass(u"2"_s, 1, {{1, 2}}), klass(u"3"_s, 1, {{1, 3}})};
    Plan plan = solve(in);
    CHECK(plan.lessons.size() == 2);
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].reason == GapReason::Capacity);
    CHECK(plan.gaps[0].message.contains(u"daily limit of 2 lessons"_s));
    in.fixed = {{9, u"9"_s, 1, 1, 5, 1, true}};  // another grade's kept lesson that Monday
    plan = solve(in);
    CHECK(plan.lessons.size() == 1);
    in.teachers[0].maxPerDay = 4;
    CHECK(solve(in).lessons.size() == 3);
}

TEST_CASE("planner: the load is spread evenly over the weeks of a window", "[lessons][planner]")
{
    PlannerInput in = school(2);
    for (int c = 1; c <= 6; ++c) in.classes << klass(QString::number(c), 1, {{1, c}, {2, c}});
    const Plan plan = solve(in);
    CHECK(plan.gaps.isEmpty());
    CHECK(plan.loads[0].planned == 6);
    CHECK(plan.loads[0].maxPerWeek == 3);
    // Two kept lessons in week 1 are counted: the plan puts four in week 2, two in week 1.
    in.fixed = {{9, u"9"_s, 1, 3, 1, 1, false}, {9, u"9"_s, 1, 3, 2, 1, false}};
    const Plan withKept = solve(in);
    CHECK(withKept.loads[0].maxPerWeek == 4);
    int week2 = 0;
    for (const PlannedLesson &l : withKept.lessons) week2 += l.week == 2;
    CHECK(week2 == 4);
}

TEST_CASE("planner: cancelling stops it", "[lessons][planner]")
{
    PlannerInput in = school(6);
    for (int c = 1; c <= 4; ++c) in.classes << klass(QString::number(c), 1, {{1, c}});
    std::atomic_bool cancel = false;
    in.cancel = &cancel;
    int parts = 0;
    in.progress = [&](int done, int total) {
        parts = done;
        CHECK(total == 3);
        if (done == 1) cancel = true;
    };
    const Result<Plan> plan = planLessons(in);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().code == ErrorCode::Cancelled);
    CHECK(parts == 1);
    cancel = false;
    in.progress = {};
    CHECK(planLessons(in).ok());
}

TEST_CASE("planner: bad input, an oversized model and the time limit are refused with a reason",
          "[lessons][planner]")
{
    PlannerInput in = school(2);
    in.classes = {klass(u"1"_s, 1, {{1, 1}})};
    auto refused = [](const PlannerInput &bad, ErrorCode code, const QString &words) {
        const Result<Plan> plan = planLessons(bad);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().code == code);
        INFO(plan.error().message.toStdString());
        CHECK(plan.error().message.contains(words));
    };
    PlannerInput bad = in;
    bad.classes[0].slots = {{1, 9}};
    refused(bad, ErrorCode::InvalidInput, u"period 9"_s);
    bad = in;
    bad.classes[0].teacherId = 7;
    refused(bad, ErrorCode::Usage, u"teacher"_s);
    bad = in;
    bad.classes << in.classes[0];
    refused(bad, ErrorCode::Usage, u"twice"_s);
    bad = in;
    bad.teachers[0].maxPerDay = 0;
    refused(bad, ErrorCode::InvalidInput, u"daily limit"_s);
    bad = in;
    bad.semester.targets.lessonsPerWindow = 0;
    refused(bad, ErrorCode::InvalidInput, u"lesson rule"_s);
    bad = in;
    bad.maxVariables = 1;
    refused(bad, ErrorCode::Internal, u"limit of 1"_s);
    bad = in;
    bad.timeLimitSeconds = 1e-9;
    refused(bad, ErrorCode::Internal, u"time limit"_s);
}
