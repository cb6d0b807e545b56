// The demo school's room: open hours above the target outside class, everyone open covered by
// someone on duty, appointments kept and missed behind today and booked ahead, the same for a seed.

#include "demo/DemoSchool.h"
#include "lessons/Semesters.h"
#include "room/Agenda.h"
#include "room/RoomSchedule.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
struct RoomState {
    room::ScheduleCheck check;
    QStringList appointments;  ///< day, time, status, counselor
};

RoomState stateOf(vault::Vault &vault, const QDate &today)
{
    RoomState s;
    auto semester = lessons::Semesters(vault).current(today);
    REQUIRE(semester.ok());
    REQUIRE(semester->has_value());
    auto schedule = room::RoomSchedules(vault).load((*semester)->id);
    REQUIRE(schedule.ok());
    s.check = room::checkSchedule(**semester, *schedule);
    auto items = room::agenda(vault, {today.addDays(-40), today.addDays(20), QString(), true});
    REQUIRE(items.ok());
    for (const room::AgendaItem &i : *items)
        if (i.kind == room::AgendaItem::Kind::Appointment)
            s.appointments << u"%1 %2 %3"_s.arg(i.starts.toString(Qt::ISODate), i.status, i.who);
    return s;
}
}  // namespace

TEST_CASE("demo room: open hours meet the target, duty covers them, appointments behind and ahead", "[room][demo]")
{
    const QDate today(2026, 11, 18);  // a Wednesday in the autumn semester
    const PinnedClock pinned(QDateTime(today, QTime(10, 0)));
    TempVault first;
    auto a = first.open();
    REQUIRE(demo::populateDemo(*a, 7, kLeadPassphrase, 120).ok());
    const RoomState s = stateOf(*a, today);
    CHECK(s.check.meetsTarget());
    CHECK(s.check.openMinutesOutsideClass >= 600);
    CHECK(s.check.warnings.isEmpty());
    int kept = 0, missed = 0, booked = 0;
    for (const QString &line : s.appointments) {
        const QDate day = QDate::fromString(line.left(10), Qt::ISODate);
        if (line.contains(u" kept "_s)) {
            ++kept;
            CHECK(day < today);
        }
        if (line.contains(u" missed "_s)) {
            ++missed;
            CHECK(day < today);
        }
        if (line.contains(u" booked "_s)) {
            ++booked;
            CHECK(day >= today);
        }
    }
    CHECK(kept > 5);
    CHECK(missed > 0);
    CHECK(booked > 2);

    TempVault second;
    auto b = second.open();
    REQUIRE(demo::populateDemo(*b, 7, kLeadPassphrase, 120).ok());
    CHECK(stateOf(*b, today).appointments == s.appointments);
}
