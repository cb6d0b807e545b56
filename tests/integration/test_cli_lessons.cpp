// counseldesk-cli lessons plan|compliance as a script would use them: the real binary on a real
// vault with a semester around today, a timetable with one class lacking open slots.

#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {

QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

qint64 count(const TempVault &tv, const QString &sql)
{
    auto v = tv.open();
    auto n = v->database().scalar(sql);
    REQUIRE(n.ok());
    return n->toLongLong();
}

/// A semester from four weeks before this week to six weeks after it; 7(1) and 7(2) taught by 王老师
/// with open slots, 8(1) with a teacher but no slot.
void addSchool(vault::Vault &v)
{
    addTestStudent(v, u"S1"_s, u"学生甲"_s, {}, 7, u"1"_s);
    addTestStudent(v, u"S2"_s, u"学生乙"_s, {}, 7, u"2"_s);
    addTestStudent(v, u"S3"_s, u"学生丙"_s, {}, 8, u"1"_s);
    Semester s;
    s.name = u"CLI-semester"_s;
    s.week1Monday = mondayOf(QDate::currentDate()).addDays(-28);
    s.startsOn = s.week1Monday;
    s.endsOn = s.week1Monday.addDays(7 * 11 - 3);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    auto id = Semesters(v).save(s);
    REQUIRE(id.ok());
    Timetable tt;
    tt.semesterId = *id;
    tt.teachers = {{0, u"王老师"_s, QString(), 4}};
    tt.assignments = {{ClassKey{7, u"1"_s}, u"王老师"_s}, {ClassKey{7, u"2"_s}, u"王老师"_s}, {ClassKey{8, u"1"_s}, u"王老师"_s}};
    tt.slots = {{ClassKey{7, u"1"_s}, 1, 1, SlotWeeks::Every}, {ClassKey{7, u"1"_s}, 3, 2, SlotWeeks::Every},
                {ClassKey{7, u"2"_s}, 2, 1, SlotWeeks::Every}};
    REQUIRE(Timetables(v).save(tt).ok());
}

}  // namespace

TEST_CASE("cli lessons plan: dry run saves nothing - the plan is saved - gaps named with reasons", "[cli][lessons]")
{
    TempVault tv;
    {
        auto v = tv.open();
        addSchool(*v);
    }
    const CliRun dry = runCliAsLead({u"lessons"_s, u"plan"_s, tv.dir(), u"--dry-run"_s});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(u"dry run"_s));
    CHECK(dry.out.contains(u"class\tteacher\trequired"_s));
    CHECK(dry.out.contains(u"no_slots"_s));
    CHECK(count(tv, u"SELECT count(*) FROM lessons"_s) == 0);
    CHECK(count(tv, u"SELECT count(*) FROM audit_log WHERE action = 'lessons.plan'"_s) == 0);

    const CliRun saved = runCliAsLead({u"lessons"_s, u"plan"_s, tv.dir(), u"--semester"_s, u"CLI-semester"_s});
    INFO(saved.out.toStdString() << saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(u"saved"_s));
    CHECK(count(tv, u"SELECT count(*) FROM lessons"_s) > 0);
    CHECK(count(tv, u"SELECT count(*) FROM lessons WHERE grade = 8"_s) == 0);
    CHECK(count(tv, u"SELECT count(*) FROM audit_log WHERE action = 'lessons.plan'"_s) == 1);
    // Every gap line names 8(1) and its reason; 7(1) and 7(2) have none.
    const QStringList lines = saved.out.split(u'\n');
    int gapLines = 0;
    for (const QString &line : lines)
        if (line.contains(u"\tno_slots\t"_s)) ++gapLines;
    CHECK(gapLines > 0);

    const CliRun compliance = runCliAsLead({u"lessons"_s, u"compliance"_s, tv.dir()});
    REQUIRE(compliance.exitCode == 0);
    CHECK(compliance.out.startsWith(u"class\tteacher\trequired"_s));
    CHECK(compliance.out.contains(u"grade\tclasses"_s));
}

TEST_CASE("cli lessons: usage errors and unknown semesters", "[cli][lessons]")
{
    TempVault tv;
    const CliRun none = runCliAsLead({u"lessons"_s, u"compliance"_s, tv.dir()});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"no semester"_s));
    {
        auto v = tv.open();
        addSchool(*v);
    }
    const CliRun unknown = runCliAsLead({u"lessons"_s, u"plan"_s, tv.dir(), u"--semester"_s, u"Nope"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"Nope"_s));
    CHECK(runCliAsLead({u"lessons"_s, u"plan"_s, tv.dir(), u"--from-week"_s, u"x"_s}).exitCode == 2);
    CHECK(runCliAsLead({u"lessons"_s, u"compliance"_s, tv.dir(), u"--date"_s, u"soon"_s}).exitCode == 2);
    CHECK(runCliAsLead({u"lessons"_s, u"frobnicate"_s}).exitCode == 2);
}
