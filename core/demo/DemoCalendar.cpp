#include "demo/DemoCalendar.h"

#include "demo/DemoLessons.h"
#include "demo/DemoGroups.h"

#include "demo/DemoRoom.h"
#include "lessons/Semesters.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

/// The Friday on or before `day`.
QDate fridayBefore(const QDate &day) { return day.addDays(-((day.dayOfWeek() + 2) % 7)); }

lessons::Semester autumn(int year)
{
    lessons::Semester s;
    //: the demo's autumn semester, "2026–2027学年第一学期"
    s.name = QCoreApplication::translate("Demo", "%1–%2 school year, first semester").arg(year).arg(year + 1);
    s.startsOn = QDate(year, 9, 1);
    s.endsOn = fridayBefore(QDate(year + 1, 1, 22));
    s.week1Monday = mondayOf(s.startsOn);
    using lessons::BreakKind;
    s.breaks = {{BreakKind::Holiday, QDate(year, 10, 1), QDate(year, 10, 7), QCoreApplication::translate("Demo", "National Day holiday")},
                {BreakKind::Exam, s.dateOf(10, 1), s.dateOf(10, 5), QCoreApplication::translate("Demo", "Mid-term exams")},
                {BreakKind::Holiday, QDate(year + 1, 1, 1), QDate(year + 1, 1, 1), QCoreApplication::translate("Demo", "New Year's Day")},
                {BreakKind::Exam, s.endsOn.addDays(-4), s.endsOn, QCoreApplication::translate("Demo", "Final exams")}};
    return s;
}

lessons::Semester spring(int year)
{
    lessons::Semester s;
    //: the demo's spring semester, "2026–2027学年第二学期"
    s.name = QCoreApplication::translate("Demo", "%1–%2 school year, second semester").arg(year - 1).arg(year);
    s.startsOn = mondayOf(QDate(year, 2, 24));
    s.endsOn = fridayBefore(QDate(year, 7, 6));
    s.week1Monday = s.startsOn;
    using lessons::BreakKind;
    // Mid-term in week 9 (15–25 April): clear of Qingming (4–6 April) and Labour Day (1–5 May).
    s.breaks = {{BreakKind::Holiday, QDate(year, 4, 4), QDate(year, 4, 6), QCoreApplication::translate("Demo", "Qingming holiday")},
                {BreakKind::Exam, s.dateOf(9, 1), s.dateOf(9, 5), QCoreApplication::translate("Demo", "Mid-term exams")},
                {BreakKind::Holiday, QDate(year, 5, 1), QDate(year, 5, 5), QCoreApplication::translate("Demo", "Labour Day holiday")},
                {BreakKind::Exam, s.endsOn.addDays(-4), s.endsOn, QCoreApplication::translate("Demo", "Final exams")}};
    return s;
}

void addSchoolDay(lessons::Semester &s)
{
    // 8 periods of 40 minutes: four in the morning from 08:00, four in the afternoon from 14:00.
    const QList<QTime> starts = {QTime(8, 0), QTime(8, 50), QTime(10, 0), QTime(10, 50),
                                 QTime(14, 0), QTime(14, 50), QTime(15, 50), QTime(16, 40)};
    for (int i = 0; i < starts.size(); ++i) s.periods.append({i + 1, starts[i], starts[i].addSecs(40 * 60)});
}
}  // namespace

lessons::Semester demoSemester(const QDate &today, int previous)
{
    // The semesters around today in order; the first not yet over holds today or starts next.
    const int y = today.year();
    const QList<lessons::Semester> around = {autumn(y - 2), spring(y - 1), autumn(y - 1), spring(y), autumn(y), spring(y + 1)};
    qsizetype index = 0;
    while (index + 1 < around.size() && around[index].endsOn < today) ++index;
    lessons::Semester s = around[std::max<qsizetype>(0, index - previous)];
    addSchoolDay(s);
    return s;
}

Status populateDemoCalendar(vault::Vault &vault, quint32 seed, const QDate &today)
{
    lessons::Semesters semesters(vault);
    lessons::Semester current;
    for (int previous : {1, 0}) {
        current = demoSemester(today, previous);
        auto id = semesters.save(current);
        if (!id) return id.error();
        current.id = *id;
    }
    CD_TRY(populateDemoLessons(vault, seed, today));
    CD_TRY(populateDemoGroups(vault, seed, current, today));
    return populateDemoRoom(vault, seed, current.id, today);
}

}  // namespace cd::demo
