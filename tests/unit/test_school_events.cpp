// School events against a semester's targets, without a vault: what counts (held by the day
// counted, inside the semester), each month's whole-school activity, what is still missing, and
// the refusals of a bad event.

#include "groups/SchoolEvents.h"
#include "lessons/Semester.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::groups;
using namespace Qt::StringLiterals;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

lessons::Semester autumn()
{
    lessons::Semester s;
    s.id = 1;
    s.name = u"2026秋"_s;
    s.startsOn = d("2026-09-01");
    s.endsOn = d("2027-01-22");
    s.week1Monday = d("2026-08-31");
    s.targets.familyEvents = 2;
    s.targets.teacherTrainings = 1;
    s.targets.activitiesPerMonth = 1;
    return s;
}

SchoolEvent event(EventKind kind, const char *on, const QString &topic = u"主题"_s)
{
    SchoolEvent e;
    e.semesterId = 1;
    e.kind = kind;
    e.heldOn = d(on);
    e.topic = topic;
    return e;
}
}  // namespace

TEST_CASE("school events: the semester's months, family events and trainings counted as of a day", "[groups][events]")
{
    const lessons::Semester s = autumn();
    const QList<SchoolEvent> events = {
        event(EventKind::Activity, "2026-09-01"),  // first day of the semester: counts for September
        event(EventKind::Activity, "2026-10-31"),  // last day of October
        event(EventKind::Family, "2026-10-15"),
        event(EventKind::Training, "2026-09-20"),
        event(EventKind::Family, "2026-12-20"),    // after the day counted: not yet
        event(EventKind::Activity, "2026-08-31"),  // before the semester: never counts
    };
    const EventTally t = tallyEvents(s, events, d("2026-11-10"));
    CHECK(t.familyHeld == 1);
    CHECK(t.familyTarget == 2);
    CHECK(t.trainingsHeld == 1);
    REQUIRE(t.months.size() == 5);  // September to January
    CHECK(t.months[0].month == d("2026-09-01"));
    CHECK(t.months[0].held == 1);
    CHECK(t.months[1].held == 1);
    CHECK(t.months[2].started);      // November has begun and has none
    CHECK(t.months[2].held == 0);
    CHECK_FALSE(t.months[3].started);
    CHECK(t.monthsShort() == 1);

    const QStringList missing = t.missing();
    REQUIRE(missing.size() == 2);  // one family event short, November's activity
    CHECK(missing[0].contains(u"2"_s));
    CHECK(missing[0].contains(u"1"_s));
    CHECK(missing[1].contains(u"2026-11"_s));

    // The same events counted at the semester's end: December's family event counts, and December
    // and January are short too.
    const EventTally end = tallyEvents(s, events, d("2027-01-22"));
    CHECK(end.familyHeld == 2);
    CHECK(end.monthsShort() == 3);
    CHECK(end.missing().size() == 3);
}

TEST_CASE("school events: every target met leaves nothing missing, a higher target a month is checked", "[groups][events]")
{
    lessons::Semester s = autumn();
    s.endsOn = d("2026-10-30");
    QList<SchoolEvent> events = {event(EventKind::Activity, "2026-09-10"), event(EventKind::Activity, "2026-10-10"),
                                 event(EventKind::Family, "2026-09-12"), event(EventKind::Family, "2026-10-12"),
                                 event(EventKind::Training, "2026-10-20")};
    events[4].minutes = 90;
    const EventTally t = tallyEvents(s, events, d("2026-10-30"));
    CHECK(t.missing().isEmpty());
    CHECK(t.trainingMinutes == 90);
    s.targets.activitiesPerMonth = 2;
    CHECK(tallyEvents(s, events, d("2026-10-30")).monthsShort() == 2);
}

TEST_CASE("school events: a date outside the semester, a negative head count, an empty topic are refused", "[groups][events]")
{
    const lessons::Semester s = autumn();
    CHECK(schoolEventProblems(event(EventKind::Family, "2026-10-15"), s).isEmpty());
    CHECK(schoolEventProblems(event(EventKind::Family, "2026-09-01"), s).isEmpty());
    CHECK(schoolEventProblems(event(EventKind::Family, "2027-01-22"), s).isEmpty());

    const QStringList outside = schoolEventProblems(event(EventKind::Family, "2027-01-23"), s);
    REQUIRE(outside.size() == 1);
    CHECK(outside[0].contains(u"2027-01-23"_s));
    CHECK(outside[0].contains(u"2026秋"_s));

    SchoolEvent bad = event(EventKind::Training, "2026-10-15", u"  "_s);
    bad.headCount = -3;
    const QStringList problems = schoolEventProblems(bad, s);
    REQUIRE(problems.size() == 2);
    CHECK(problems.join(u' ').contains(u"-3"_s));
}
