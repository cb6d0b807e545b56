// The semester's week arithmetic and its checks (core/lessons/Semester.h).

#include "lessons/Semester.h"
#include "lessons/SemesterNames.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

/// Autumn 2026: starts Tuesday 2026-09-01, week 1 from Monday 2026-08-31, ends 2027-01-22.
Semester autumn()
{
    Semester s;
    s.id = 1;
    s.name = u"2026秋"_s;
    s.startsOn = d("2026-09-01");
    s.endsOn = d("2027-01-22");
    s.week1Monday = d("2026-08-31");
    s.breaks = {{BreakKind::Holiday, d("2026-10-01"), d("2026-10-07"), u"国庆节"_s},
                {BreakKind::Exam, d("2026-11-09"), d("2026-11-13"), u"期中考试"_s}};
    for (int p = 1; p <= 8; ++p)
        s.periods.append({p, QTime(8, 0).addSecs((p - 1) * 3000), QTime(8, 40).addSecs((p - 1) * 3000)});
    return s;
}
}  // namespace

TEST_CASE("semester: weeks are the school's numbers, floor-divided before week 1", "[lessons][semester]")
{
    const Semester s = autumn();
    CHECK(s.weekOf(d("2026-08-31")) == 1);
    CHECK(s.weekOf(d("2026-09-06")) == 1);
    CHECK(s.weekOf(d("2026-09-07")) == 2);
    CHECK(s.weekOf(d("2026-08-30")) == 0);
    CHECK(s.weekOf(d("2026-08-24")) == 0);
    CHECK(s.weekOf(d("2026-08-23")) == -1);
    CHECK(s.dateOf(2, 3) == d("2026-09-09"));
    CHECK(s.weekOf(s.dateOf(17, 5)) == 17);
    CHECK(s.weekCount() == 21);  // 2027-01-22 is the Friday of week 21
    CHECK(s.firstWeek() == 1);
}

TEST_CASE("semester: school days skip weekends and holidays, exam days are school days without lessons", "[lessons][semester]")
{
    const Semester s = autumn();
    CHECK(s.isSchoolDay(d("2026-09-01")));
    CHECK_FALSE(s.isSchoolDay(d("2026-08-31")));  // before the first day
    CHECK_FALSE(s.isSchoolDay(d("2026-09-05")));  // Saturday
    CHECK_FALSE(s.isSchoolDay(d("2026-10-01")));  // holiday
    CHECK(s.isSchoolDay(d("2026-11-10")));        // exam week: school, no lessons
    CHECK_FALSE(s.isTeachingDay(d("2026-11-10")));
    CHECK(s.isTeachingDay(d("2026-11-16")));
    REQUIRE(s.breakOn(d("2026-10-07")));
    CHECK(s.breakOn(d("2026-10-07"))->label == u"国庆节"_s);
    CHECK_FALSE(s.breakOn(d("2026-10-08")));
    Semester six = s;
    six.schoolDays = 6;
    CHECK(six.isSchoolDay(d("2026-09-05")));
}

TEST_CASE("semester: windows cover every week from the first, the last one possibly shorter", "[lessons][semester]")
{
    Semester s = autumn();
    auto w = s.windows();
    REQUIRE(w.size() == 11);
    CHECK(w.first() == std::pair<int, int>(1, 2));
    CHECK(w.last() == std::pair<int, int>(21, 21));
    s.targets.windowWeeks = 3;
    w = s.windows();
    REQUIRE(w.size() == 7);
    CHECK(w.last() == std::pair<int, int>(19, 21));
    s.week1Monday = d("2026-09-07");  // week 1 starts a week after the first day: that week is week 0
    CHECK(s.firstWeek() == 1);
    CHECK(s.weekOf(s.startsOn) == 0);
}

TEST_CASE("semester: every problem is named", "[lessons][semester]")
{
    CHECK(semesterProblems(autumn(), {}).isEmpty());

    Semester s = autumn();
    s.endsOn = d("2026-08-01");
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"before it starts"_s));

    s = autumn();
    s.week1Monday = d("2026-09-01");  // a Tuesday
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"Monday"_s));

    s = autumn();
    s.endsOn = d("2027-09-01");
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"weeks"_s));

    s = autumn();
    s.breaks.append({BreakKind::Holiday, d("2027-02-01"), d("2027-02-10"), u"寒假"_s});
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"寒假"_s));

    s = autumn();
    s.breaks.append({BreakKind::Exam, d("2026-10-05"), d("2026-10-09"), u"月考"_s});
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"overlaps"_s));

    s = autumn();
    s.periods[3].starts = s.periods[2].ends.addSecs(-60);
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"Period 4 starts before period 3 ends"_s));

    s = autumn();
    s.periods.removeAt(2);
    CHECK(semesterProblems(s, {}).join(u' ').contains(u"without gaps"_s));

    Semester other = autumn();
    other.id = 2;
    other.name = u"2027春"_s;
    other.startsOn = d("2027-01-20");
    other.endsOn = d("2027-06-30");
    s = autumn();
    CHECK(semesterProblems(s, {other}).join(u' ').contains(u"2027春"_s));
    other.startsOn = d("2027-01-23");
    CHECK(semesterProblems(s, {other}).isEmpty());
    other.name = s.name;
    CHECK(semesterProblems(s, {other}).join(u' ').contains(u"already"_s));
    // the semester itself, when edited, is not its own overlap
    CHECK(semesterProblems(s, {autumn()}).isEmpty());
}

TEST_CASE("semester names: typed with another dash, spaces or full-width digits, they find the semester", "[lessons]")
{
    const QStringList names{u"2026–2027学年第一学期"_s, u"2026–2027学年第二学期"_s, u"2027 spring"_s};
    // The en dash of the real name, typed as a hyphen, an em dash, a full-width hyphen-minus or a minus sign.
    for (const QString &typed : {u"2026-2027学年第一学期"_s, u"2026—2027学年第一学期"_s, u"2026－2027学年第一学期"_s,
                                 u"2026\u22122027学年第一学期"_s, u" 2026 - 2027 学年第一学期 "_s,
                                 u"２０２６-２０２７学年第一学期"_s, u"2026–2027学年第一学期"_s}) {
        INFO(typed.toStdString());
        CHECK(matchSemesterName(names, typed) == 0);
    }
    CHECK(matchSemesterName(names, u"2026-2027学年第二学期"_s) == 1);
    CHECK(matchSemesterName(names, u"2027 Spring"_s) == 2);
    CHECK(matchSemesterName(names, u"2027spring"_s) == 2);
    CHECK(matchSemesterName(names, u"2026-2027学年第三学期"_s) == -1);
    CHECK(matchSemesterName(names, u"2027-2028学年第一学期"_s) == -1);
    CHECK(matchSemesterName({}, u"2027 spring"_s) == -1);
    // Two names alike but for their dashes: only the exact one is found, never a guess between them.
    const QStringList alike{u"2026–2027"_s, u"2026—2027"_s};
    CHECK(matchSemesterName(alike, u"2026—2027"_s) == 1);
    CHECK(matchSemesterName(alike, u"2026-2027"_s) == -1);
    CHECK(semesterNameKey(u"２０２６　–　2027 学年"_s) == u"2026-2027学年"_s);
}
