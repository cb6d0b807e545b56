// The demo school's lessons (core/demo/DemoLessons): a timetable for every class, a saved plan,
// lessons before today held (a few cancelled and made up), theme class meetings; the same for a
// seed.

#include "demo/DemoCalendar.h"
#include "demo/DemoSchool.h"
#include "lessons/Compliance.h"
#include "lessons/Lessons.h"
#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::lessons;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
struct DemoLessonsState {
    int classes = 0;
    int assigned = 0;
    int minSlots = 99;
    int maxSlots = 0;
    int heldBeforeToday = 0;
    int plannedBeforeToday = 0;
    int plannedAfterToday = 0;
    int cancelled = 0;
    int madeUp = 0;
    int meetings = 0;
    QStringList signature;  // every lesson's class, time, status and topic
};

DemoLessonsState stateOf(vault::Vault &v, const QDate &today)
{
    DemoLessonsState s;
    auto semester = Semesters(v).byName(demo::demoSemester(today, 0).name);
    REQUIRE(semester.ok());
    auto tt = Timetables(v).load(semester->id);
    REQUIRE(tt.ok());
    auto classes = rosterClasses(v);
    REQUIRE(classes.ok());
    s.classes = static_cast<int>(classes->size());
    for (const ClassKey &c : *classes) {
        if (!tt->teacherOf(c).isEmpty()) ++s.assigned;
        s.minSlots = std::min(s.minSlots, static_cast<int>(tt->slotsOf(c).size()));
        s.maxSlots = std::max(s.maxSlots, static_cast<int>(tt->slotsOf(c).size()));
    }
    auto lessons = Lessons(v).list(semester->id);
    REQUIRE(lessons.ok());
    for (const Lesson &l : *lessons) {
        const bool past = semester->dateOf(l.at.week, l.at.weekday) < today;
        if (l.kind == LessonKind::ClassMeeting) ++s.meetings;
        else if (l.held() && past) ++s.heldBeforeToday;
        else if (l.status == LessonStatus::Planned) ++(past ? s.plannedBeforeToday : s.plannedAfterToday);
        if (l.status == LessonStatus::Cancelled) ++s.cancelled;
        if (l.status == LessonStatus::MadeUp) ++s.madeUp;
        s.signature << u"%1/%2 %3.%4.%5 %6 %7"_s.arg(l.cls.grade).arg(l.cls.className).arg(l.at.week).arg(l.at.weekday)
                           .arg(l.at.period).arg(lessonStatusCode(l.status), l.topic);
    }
    return s;
}
}  // namespace

TEST_CASE("demo lessons: every class taught, a saved plan, the past delivered, the same for a seed", "[lessons][demo]")
{
    const QDate today(2026, 11, 20);
    const PinnedClock pinned(QDateTime(today, QTime(10, 0), Qt::UTC));
    TempVault first;
    auto a = first.open();
    REQUIRE(demo::populateDemo(*a, 7, kLeadPassphrase, 300).ok());
    const DemoLessonsState s = stateOf(*a, today);
    CHECK(s.classes >= 6);
    CHECK(s.assigned == s.classes);
    CHECK(s.minSlots >= 3);
    CHECK(s.maxSlots <= 4);
    CHECK(s.heldBeforeToday > s.classes * 4);
    CHECK(s.plannedBeforeToday == 0);
    CHECK(s.plannedAfterToday >= s.classes);
    CHECK(s.cancelled >= 1);
    CHECK(s.madeUp >= 1);
    CHECK(s.meetings >= s.classes / 2);
    auto semester = Semesters(*a).byName(demo::demoSemester(today, 0).name);
    auto report = Compliance(*a).report(semester->id, today);
    REQUIRE(report.ok());
    CHECK(report->school.delivered == s.heldBeforeToday);
    CHECK(report->school.requiredSoFar > 0);

    TempVault second;
    auto b = second.open();
    REQUIRE(demo::populateDemo(*b, 7, kLeadPassphrase, 300).ok());
    CHECK(stateOf(*b, today).signature == s.signature);
}
