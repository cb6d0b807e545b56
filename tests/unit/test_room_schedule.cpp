// The room's week checked against the semester: open hours outside class counted against the
// target, open time nobody covers, one person's overlapping shifts, shifts off the school days.

#include "lessons/Semester.h"
#include "registry/AuditDetail.h"
#include "room/RoomSchedule.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::room;
using namespace Qt::StringLiterals;

namespace {
lessons::Semester semester()
{
    lessons::Semester s;
    s.name = u"test"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2027, 1, 22);
    s.week1Monday = QDate(2026, 8, 31);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    s.targets.openHoursPerWeek = 10;
    return s;
}

bool mentions(const QStringList &lines, const QString &part)
{
    for (const QString &l : lines)
        if (l.contains(part)) return true;
    return false;
}
}  // namespace

TEST_CASE("room schedule: only open time outside class periods counts towards the target", "[room][schedule]")
{
    RoomSchedule week;
    week.hours = {{1, QTime(8, 0), QTime(10, 0)}};  // 120 min, 80 of them in periods 1 and 2
    ScheduleCheck check = checkSchedule(semester(), week);
    CHECK(check.openMinutesOutsideClass == 40);
    CHECK_FALSE(check.meetsTarget());
    CHECK(mentions(check.warnings, u"the target is 10 h"_s));

    // Ten hours at lunchtime, Monday to Friday: the target is met exactly.
    week.hours.clear();
    for (int day = 1; day <= 5; ++day) week.hours.append({day, QTime(12, 0), QTime(14, 0)});
    week.hours.append({6, QTime(9, 0), QTime(11, 0)});  // Saturday is no school day here
    check = checkSchedule(semester(), week);
    CHECK(check.openMinutesOutsideClass == 600);
    CHECK(check.meetsTarget());
    CHECK_FALSE(mentions(check.warnings, u"target"_s));
}

TEST_CASE("room schedule: open time nobody is on duty for is named with its times", "[room][schedule]")
{
    RoomSchedule week;
    week.hours = {{2, QTime(12, 0), QTime(14, 0)}};
    week.shifts = {{0, 2, QTime(12, 0), QTime(13, 0), u"王老师"_s, QString(), QString()}};
    ScheduleCheck check = checkSchedule(semester(), week);
    CHECK(mentions(check.warnings, u"Tuesday from 13:00 to 14:00"_s));
    CHECK_FALSE(mentions(check.warnings, u"from 12:00"_s));
    week.shifts.append({0, 2, QTime(13, 0), QTime(14, 0), u"李老师"_s, QString(), QString()});
    check = checkSchedule(semester(), week);
    CHECK_FALSE(mentions(check.warnings, u"Nobody"_s));
}

TEST_CASE("room schedule: a person's overlapping shifts and broken times are problems, a shift off the school days a warning",
          "[room][schedule]")
{
    RoomSchedule week;
    week.shifts = {{0, 1, QTime(12, 0), QTime(13, 0), u"王老师"_s, QString(), QString()},
                   {0, 1, QTime(12, 30), QTime(13, 30), u"王老师"_s, QString(), QString()}};
    CHECK(mentions(scheduleProblems(week), u"王老师 has two overlapping duty shifts on Monday"_s));
    week.shifts[1].person = u"李老师"_s;  // two people at once is fine
    CHECK(scheduleProblems(week).isEmpty());
    week.shifts[1].person = u"王老师"_s;
    week.shifts[1].starts = QTime(13, 0);  // back to back is fine
    CHECK(scheduleProblems(week).isEmpty());

    week.hours = {{3, QTime(14, 0), QTime(12, 0)}};
    CHECK(mentions(scheduleProblems(week), u"end before they start"_s));
    week.hours = {{3, QTime(12, 0), QTime(13, 0)}, {3, QTime(12, 30), QTime(14, 0)}};
    CHECK(mentions(scheduleProblems(week), u"overlap"_s));

    RoomSchedule saturday;
    saturday.shifts = {{0, 6, QTime(9, 0), QTime(10, 0), u"王老师"_s, QString(), QString()}};
    CHECK(scheduleProblems(saturday).isEmpty());
    CHECK(mentions(checkSchedule(semester(), saturday).warnings, u"not on a school day"_s));
    lessons::Semester six = semester();
    six.schoolDays = 6;
    CHECK_FALSE(mentions(checkSchedule(six, saturday).warnings, u"not on a school day"_s));
}

TEST_CASE("room audit details read as words", "[room][audit]")
{
    CHECK(registry::auditDetailText(u"add appointment=5 status=kept"_s) == u"added; appointment: 5; status: Kept"_s);
    CHECK(registry::auditDetailText(u"semester=2026秋 hours=5 shifts=10"_s)
          == u"semester: 2026秋; open hours: 5; duty shifts: 10"_s);
}
