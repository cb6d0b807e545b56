// Semesters in a real vault: saved whole and audited, refused whole, found by date and name.

#include "lessons/Semesters.h"

#include "demo/DemoCalendar.h"

#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

Semester semester(const QString &name, const char *from, const char *to, const char *monday)
{
    Semester s;
    s.name = name;
    s.startsOn = d(from);
    s.endsOn = d(to);
    s.week1Monday = d(monday);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    return s;
}

qint64 count(vault::Vault &v, const QString &table)
{
    auto n = v.database().scalar(u"SELECT count(*) FROM "_s + table);
    REQUIRE(n.ok());
    return n->toLongLong();
}
}  // namespace

TEST_CASE("semesters: saved with breaks and periods, read back, edited, audited", "[lessons][semester]")
{
    test::TempVault tv;
    auto v = tv.open();
    Semesters repo(*v);
    Semester s = semester(u"2026秋"_s, "2026-09-01", "2027-01-22", "2026-08-31");
    s.breaks = {{BreakKind::Holiday, d("2026-10-01"), d("2026-10-07"), u"国庆节"_s}};
    s.targets.windowWeeks = 3;
    const qint64 auditBefore = count(*v, u"audit_log"_s);
    auto id = repo.save(s);
    REQUIRE(id.ok());
    CHECK(count(*v, u"audit_log"_s) == auditBefore + 1);

    auto back = repo.get(*id);
    REQUIRE(back.ok());
    CHECK(back->name == s.name);
    CHECK(back->week1Monday == s.week1Monday);
    CHECK(back->targets.windowWeeks == 3);
    REQUIRE(back->breaks.size() == 1);
    CHECK(back->breaks[0].label == u"国庆节"_s);
    REQUIRE(back->periods.size() == 2);
    CHECK(back->periods[1].starts == QTime(8, 50));

    back->breaks.clear();
    back->periods.append({3, QTime(9, 40), QTime(10, 20)});
    REQUIRE(repo.save(*back).ok());
    auto again = repo.get(*id);
    REQUIRE(again.ok());
    CHECK(again->breaks.isEmpty());
    CHECK(again->periods.size() == 3);
    CHECK(count(*v, u"semester_breaks"_s) == 0);
    CHECK(count(*v, u"day_periods"_s) == 3);
}

TEST_CASE("semesters: an overlapping or broken semester is refused whole, nothing written", "[lessons][semester]")
{
    test::TempVault tv;
    auto v = tv.open();
    Semesters repo(*v);
    REQUIRE(repo.save(semester(u"2026秋"_s, "2026-09-01", "2027-01-22", "2026-08-31")).ok());
    const qint64 auditBefore = count(*v, u"audit_log"_s);

    auto overlap = repo.save(semester(u"2027春"_s, "2027-01-15", "2027-06-30", "2027-01-11"));
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().code == ErrorCode::InvalidInput);
    CHECK(overlap.error().message.contains(u"2026秋"_s));

    Semester outside = semester(u"2027春"_s, "2027-02-20", "2027-06-30", "2027-02-15");
    outside.breaks = {{BreakKind::Holiday, d("2027-07-01"), d("2027-08-31"), u"暑假"_s}};
    auto broken = repo.save(outside);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(u"暑假"_s));

    CHECK(count(*v, u"semesters"_s) == 1);
    CHECK(count(*v, u"semester_breaks"_s) == 0);
    CHECK(count(*v, u"audit_log"_s) == auditBefore);
}

TEST_CASE("semesters: the current one holds today, else the next, else the last", "[lessons][semester]")
{
    test::TempVault tv;
    auto v = tv.open();
    Semesters repo(*v);
    auto none = repo.current(d("2026-12-06"));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    REQUIRE(repo.save(semester(u"2026秋"_s, "2026-09-01", "2027-01-22", "2026-08-31")).ok());
    REQUIRE(repo.save(semester(u"2027春"_s, "2027-02-20", "2027-07-05", "2027-02-15")).ok());
    CHECK(repo.current(d("2026-12-06"))->value().name == u"2026秋"_s);
    CHECK(repo.current(d("2027-02-01"))->value().name == u"2027春"_s);  // winter break: the next one
    CHECK(repo.current(d("2027-08-01"))->value().name == u"2027春"_s);  // summer: the last one
    CHECK(repo.current(d("2026-01-01"))->value().name == u"2026秋"_s);
    CHECK(repo.byName(u" 2027春 "_s).ok());
    auto missing = repo.byName(u"2030秋"_s);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    // Not found, the message lists the names there are, one a line.
    CHECK(missing.error().message.endsWith(u":\n2026秋\n2027春"_s));
    // A name with an en dash, typed with a hyphen, spaces and full-width digits (as on a command line).
    REQUIRE(repo.save(semester(u"2027–2028学年第一学期"_s, "2027-09-01", "2028-01-20", "2027-08-30")).ok());
    auto typed = repo.byName(u"２０２７ - 2028学年第一学期"_s);
    REQUIRE(typed.ok());
    CHECK(typed->name == u"2027–2028学年第一学期"_s);
}

TEST_CASE("semesters: only the lead removes one, with everything in it", "[lessons][semester]")
{
    test::TempVault tv;
    auto v = tv.open();
    Semesters repo(*v);
    Semester s = semester(u"2026秋"_s, "2026-09-01", "2027-01-22", "2026-08-31");
    s.breaks = {{BreakKind::Exam, d("2026-11-09"), d("2026-11-13"), QString()}};
    auto id = repo.save(s);
    REQUIRE(id.ok());
    REQUIRE(repo.remove(*id).ok());
    CHECK(count(*v, u"semesters"_s) == 0);
    CHECK(count(*v, u"semester_breaks"_s) == 0);
    CHECK(count(*v, u"day_periods"_s) == 0);
}

TEST_CASE("semesters: the demo's semester holds today or is the next, the one before it ends earlier", "[lessons][semester][demo]")
{
    for (const char *day : {"2026-12-06", "2027-01-30", "2027-03-10", "2027-07-20", "2027-08-28", "2027-09-01",
                            "2026-04-01", "2028-02-01", "2029-05-02", "2030-10-02", "2031-06-30"}) {
        INFO(day);
        const Semester now = demo::demoSemester(d(day));
        const Semester before = demo::demoSemester(d(day), 1);
        CHECK(semesterProblems(now, {before}).isEmpty());
        CHECK(now.endsOn >= d(day));
        CHECK((now.contains(d(day)) || now.startsOn > d(day)));
        CHECK(before.endsOn < now.startsOn);
        CHECK(now.periods.size() == 8);
    }
}
