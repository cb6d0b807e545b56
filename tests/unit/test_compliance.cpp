// Compliance arithmetic (core/lessons/Compliance.h): windows required once ended, held lessons
// counted in the window they were held, windows with no teaching day requiring nothing, the short
// last window, meetings, per-grade sums and the order of classes.

#include "lessons/Compliance.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// Weeks 1–9 from Monday 2026-08-31 to Friday 2026-10-30 (week 9 alone: a short last window);
// windows of 2 weeks: 1–2, 3–4, 5–6, 7–8, 9. Week 5 (2026-09-28 … 10-02) and week 6 (10-05 … 10-09)
// are all holiday/exam: window 5–6 has no teaching day.
Semester semester()
{
    Semester s;
    s.id = 1;
    s.name = u"test"_s;
    s.startsOn = d("2026-08-31");
    s.endsOn = d("2026-10-30");
    s.week1Monday = d("2026-08-31");
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    s.breaks = {{BreakKind::Holiday, d("2026-09-28"), d("2026-10-04"), u"国庆"_s},
                {BreakKind::Exam, d("2026-10-05"), d("2026-10-09"), u"期中"_s}};
    return s;
}

const ClassKey kA{7, u"1"_s};
const ClassKey kB{7, u"2"_s};
const ClassKey kC{8, u"1"_s};

Lesson lesson(const ClassKey &cls, int week, int weekday, LessonStatus status, LessonKind kind = LessonKind::Lesson)
{
    Lesson l;
    l.cls = cls;
    l.at = {week, weekday, 1};
    l.status = status;
    l.kind = kind;
    return l;
}

const ClassCompliance &of(const ComplianceReport &r, const ClassKey &cls)
{
    for (const ClassCompliance &c : r.classes)
        if (c.cls == cls) return c;
    FAIL("class not in the report");
    return r.classes.first();
}
}  // namespace

TEST_CASE("compliance: a window is required only once its last day has passed", "[lessons][compliance]")
{
    const Semester s = semester();
    const QList<Lesson> none;
    // Window 1–2 ends on Sunday 2026-09-13.
    auto before = computeCompliance(s, {kA}, none, {}, d("2026-09-12"));
    CHECK(before.windowsEnded == 0);
    CHECK(of(before, kA).requiredSoFar == 0);
    CHECK_FALSE(of(before, kA).isBehind());
    auto on = computeCompliance(s, {kA}, none, {}, d("2026-09-13"));
    CHECK(on.windowsEnded == 1);
    CHECK(of(on, kA).requiredSoFar == 1);
    CHECK(of(on, kA).behindWindows == 1);
    CHECK(of(on, kA).missing == 1);
}

TEST_CASE("compliance: lessons count in the window they were held, not before their day", "[lessons][compliance]")
{
    const Semester s = semester();
    // Held on Friday of week 2 (last teaching day of window 1) and Monday of week 3 (window 2).
    const QList<Lesson> lessons = {lesson(kA, 2, 5, LessonStatus::Delivered), lesson(kA, 3, 1, LessonStatus::MadeUp)};
    auto r = computeCompliance(s, {kA}, lessons, {}, d("2026-09-27"));  // weeks 1–4 ended
    const ClassCompliance &a = of(r, kA);
    CHECK(a.requiredSoFar == 2);
    CHECK(a.delivered == 2);
    CHECK(a.windows[0].held == 1);
    CHECK(a.windows[1].held == 1);
    CHECK(a.behindWindows == 0);
    // The same two lessons both in window 2: window 1 stays short although two were held.
    const QList<Lesson> late = {lesson(kA, 3, 1, LessonStatus::Delivered), lesson(kA, 4, 2, LessonStatus::Delivered)};
    auto r2 = computeCompliance(s, {kA}, late, {}, d("2026-09-27"));
    CHECK(of(r2, kA).delivered == 2);
    CHECK(of(r2, kA).behindWindows == 1);
    CHECK(of(r2, kA).missing == 1);
    // Marked delivered ahead of its day: not counted before the day, counted on it.
    const QList<Lesson> ahead = {lesson(kA, 2, 5, LessonStatus::Delivered)};
    CHECK(of(computeCompliance(s, {kA}, ahead, {}, d("2026-09-10")), kA).delivered == 0);
    CHECK(of(computeCompliance(s, {kA}, ahead, {}, d("2026-09-11")), kA).delivered == 1);
}

TEST_CASE("compliance: a window of holidays and exams requires nothing - the short last window does", "[lessons][compliance]")
{
    const Semester s = semester();
    auto r = computeCompliance(s, {kA}, {}, {}, d("2026-10-30"));
    const ClassCompliance &a = of(r, kA);
    REQUIRE(a.windows.size() == 5);
    CHECK(a.windows[2].firstWeek == 5);
    CHECK_FALSE(a.windows[2].teachable);
    CHECK(a.windows[2].required == 0);
    CHECK(a.windows[4].firstWeek == 9);
    CHECK(a.windows[4].lastWeek == 9);
    CHECK(a.windows[4].lastDay == d("2026-10-30"));  // the semester's end, not the Sunday
    CHECK(a.windows[4].ended);
    CHECK(a.windows[4].required == 1);
    CHECK(r.windowsEnded == 5);
    CHECK(a.requiredSoFar == 4);
    CHECK(a.behindWindows == 4);
    // On Thursday of week 9 the last window has not ended.
    CHECK(of(computeCompliance(s, {kA}, {}, {}, d("2026-10-29")), kA).requiredSoFar == 3);
}

TEST_CASE("compliance: lessonsPerWindow above one counts each missing lesson", "[lessons][compliance]")
{
    Semester s = semester();
    s.targets.lessonsPerWindow = 2;
    const QList<Lesson> lessons = {lesson(kA, 1, 2, LessonStatus::Delivered)};
    auto r = computeCompliance(s, {kA}, lessons, {}, d("2026-09-13"));
    CHECK(of(r, kA).requiredSoFar == 2);
    CHECK(of(r, kA).missing == 1);
    CHECK(of(r, kA).behindWindows == 1);
}

TEST_CASE("compliance: planned, unrecorded, cancelled and meetings - grade sums - behind first", "[lessons][compliance]")
{
    Semester s = semester();
    s.targets.meetingsPerClass = 1;
    Timetable tt;
    tt.assignments = {{kA, u"王老师"_s}};
    const QList<Lesson> lessons = {
        lesson(kA, 1, 1, LessonStatus::Delivered),
        lesson(kA, 3, 1, LessonStatus::Planned),    // before asOf: unrecorded
        lesson(kA, 4, 1, LessonStatus::Cancelled),
        lesson(kA, 7, 1, LessonStatus::Planned),    // ahead
        lesson(kB, 1, 1, LessonStatus::Delivered),
        lesson(kB, 3, 2, LessonStatus::Delivered),
        lesson(kB, 2, 3, LessonStatus::Delivered, LessonKind::ClassMeeting),
        lesson(kC, 8, 1, LessonStatus::Delivered),  // after asOf
        lesson(ClassKey{9, u"9"_s}, 1, 1, LessonStatus::Delivered),  // not a class asked about
    };
    auto r = computeCompliance(s, {kA, kB, kC}, lessons, tt, d("2026-09-27"));
    const ClassCompliance &a = of(r, kA);
    CHECK(a.teacher == u"王老师"_s);
    CHECK(a.delivered == 1);
    CHECK(a.unrecorded == 1);
    CHECK(a.plannedAhead == 1);
    CHECK(a.cancelled == 1);
    CHECK(a.missing == 1);
    CHECK(a.meetingsShort());
    const ClassCompliance &b = of(r, kB);
    CHECK(b.missing == 0);
    CHECK(b.meetingsHeld == 1);
    CHECK_FALSE(b.meetingsShort());
    CHECK(of(r, kC).missing == 2);
    // Behind first, most missing first; then by class.
    REQUIRE(r.classes.size() == 3);
    CHECK(r.classes[0].cls == kC);
    CHECK(r.classes[1].cls == kA);
    CHECK(r.classes[2].cls == kB);
    REQUIRE(r.grades.size() == 2);
    CHECK(r.grades[0].grade == 7);
    CHECK(r.grades[0].classes == 2);
    CHECK(r.grades[0].classesBehind == 1);
    CHECK(r.grades[0].requiredSoFar == 4);
    CHECK(r.grades[0].delivered == 3);
    CHECK(r.grades[0].meetingsHeld == 1);
    CHECK(r.grades[0].classesWithoutMeeting == 1);
    CHECK(r.school.classes == 3);
    CHECK(r.school.missing == 3);
    CHECK(r.school.delivered == 3);
}
