#pragma once
// A school semester as the room's calendar sees it: its dates, the school's week numbering (week 1
// starts on `week1Monday`), the school days of a week, holidays and exam weeks, the periods of a
// school day, and the targets the room is held to (docs/calendar.md). A value type: the week and
// day arithmetic here is what the planner, the compliance view and the agenda all use.

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace cd::lessons {

enum class BreakKind { Holiday, Exam };

QString breakKindCode(BreakKind kind);
std::optional<BreakKind> breakKindFromCode(const QString &code);
/// "Holiday" / "Exam" (translated).
QString breakKindName(BreakKind kind);

/// A holiday or exam period, both days included.
struct SemesterBreak {
    BreakKind kind = BreakKind::Holiday;
    QDate from;
    QDate to;
    QString label;  ///< "国庆节", "期中考试" (free text, may be empty)
    bool contains(const QDate &day) const { return day >= from && day <= to; }
};

/// One period of the school day (第3节 08:55–09:35).
struct DayPeriod {
    int period = 0;  ///< 1–16
    QTime starts;
    QTime ends;
};

/// What the room is held to each semester. Defaults are Guangzhou's rule (a lesson per class every
/// two weeks, a theme class meeting per class, ≥ 10 open hours a week) and the national ones
/// (two family-education events a semester, a whole-school activity a month).
struct SemesterTargets {
    int windowWeeks = 2;       ///< a class must get `lessonsPerWindow` lessons in every window of this many weeks
    int lessonsPerWindow = 1;
    int meetingsPerClass = 1;  ///< theme class meetings per class per semester
    int activitiesPerMonth = 1;
    int familyEvents = 2;      ///< family-education events per semester
    int teacherTrainings = 1;  ///< teacher trainings per semester
    int openHoursPerWeek = 10; ///< the room's open hours outside class per week
};

struct Semester {
    qint64 id = 0;
    QString name;        ///< "2026–2027学年第一学期"; unique
    QDate startsOn;
    QDate endsOn;
    QDate week1Monday;   ///< the Monday of the week the school calls week 1
    int schoolDays = 5;  ///< school days per week, Monday first (5: Monday–Friday; 6 with Saturday)
    SemesterTargets targets;
    QList<SemesterBreak> breaks;  ///< in date order
    QList<DayPeriod> periods;     ///< in period order

    // ---- week arithmetic (weeks are the school's numbers; weekdays 1 = Monday … 7 = Sunday) ----
    /// The school's week number of `day` (may be < 1 or > weekCount() outside the semester).
    int weekOf(const QDate &day) const;
    /// The date of `weekday` (1–7) in `week`.
    QDate dateOf(int week, int weekday) const;
    /// The last week number: the week holding `endsOn`.
    int weekCount() const;
    /// The first week number: the week holding `startsOn` (1 unless week 1 starts later).
    int firstWeek() const;
    /// The holiday or exam period `day` falls in, if any.
    std::optional<SemesterBreak> breakOn(const QDate &day) const;
    /// Within the semester, on one of the school days, and not a holiday.
    bool isSchoolDay(const QDate &day) const;
    /// A school day that is not in an exam period: lessons can be held.
    bool isTeachingDay(const QDate &day) const;
    /// The planning windows, each [first, last] week: window i covers weeks
    /// firstWeek() + i·windowWeeks … (the last one may be shorter and is kept, since the rule is
    /// "at least one lesson every two weeks" to the semester's end).
    QList<std::pair<int, int>> windows() const;
    /// Whether weeks `firstWeek`..`lastWeek` hold a teaching day at all. A window without one (all
    /// holidays and exams) requires no lesson: the planner plans none and reports no gap there,
    /// and compliance requires none.
    bool hasTeachingDay(int firstWeek, int lastWeek) const;
    /// The period numbered `n`, or nullptr.
    const DayPeriod *period(int n) const;
    /// Whether `day` lies in the semester (both ends included).
    bool contains(const QDate &day) const { return day >= startsOn && day <= endsOn; }
};

/// Every problem with `semester` on its own and against `others` (the school's other semesters:
/// they may not overlap), one translated sentence each naming the problem and what to do; empty
/// when it can be saved.
QStringList semesterProblems(const Semester &semester, const QList<Semester> &others);

}  // namespace cd::lessons
