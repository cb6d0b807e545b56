// Why a (class, window) is short: the first filter that leaves fewer usable times than the lessons
// needed names the cause; past all filters the teacher's free times are taken (capacity).
// docs/planner.md, "How gaps are explained".
#include "lessons/PlannerModel.h"

#include "students/Student.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cd::lessons::planner {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

QString weeksText(int first, int last)
{
    return first == last ? Tr::tr("week %1").arg(first) : Tr::tr("weeks %1–%2").arg(first).arg(last);
}

/// Why the slot times of the window (from fromWeek on) are not teaching days: distinct causes in
/// the order met, e.g. "exam period (期中考试)", "holiday (国庆节)".
QStringList dayCauses(const PlannerInput &in, const Unit &unit)
{
    const Semester &s = in.semester;
    const PlanClass &cls = in.classes[unit.cls];
    QStringList causes;
    auto add = [&](const QString &cause) {
        if (!causes.contains(cause)) causes << cause;
    };
    for (int week = std::max(unit.firstWeek, in.fromWeek); week <= unit.lastWeek; ++week) {
        for (const PlanSlot &slot : cls.slots) {
            if ((slot.weeks == SlotWeeks::Odd && week % 2 == 0) || (slot.weeks == SlotWeeks::Even && week % 2 != 0))
                continue;
            const QDate day = s.dateOf(week, slot.weekday);
            if (s.isTeachingDay(day)) continue;
            if (!s.contains(day) || week < 1)
                add(Tr::tr("outside the semester"));
            else if (slot.weekday > s.schoolDays)
                add(Tr::tr("not a school day"));
            else if (const auto b = s.breakOn(day)) {
                if (b->kind == BreakKind::Exam)
                    add(b->label.isEmpty() ? Tr::tr("exam period") : Tr::tr("exam period (%1)").arg(b->label));
                else
                    add(b->label.isEmpty() ? Tr::tr("holiday") : Tr::tr("holiday (%1)").arg(b->label));
            }
        }
    }
    return causes;
}

/// Whether the teacher's daily limit (rather than a lesson at that very time) blocks a candidate.
bool dailyLimitBlocks(const Unit &unit, const PlanTeacher &teacher,
                      const QList<PlannedLesson> &planned, const Occupancy &o)
{
    QHash<qint64, int> day;
    QSet<qint64> taken = o.teacherTimes.value(teacher.id);
    for (const PlannedLesson &l : planned) {
        if (l.teacherId != teacher.id) continue;
        ++day[dayKey(l.week, l.weekday)];
        taken.insert(timeKey(l.week, l.weekday, l.period));
    }
    const QHash<qint64, int> fixedDay = o.teacherDay.value(teacher.id);
    for (const Time &t : unit.candidates) {
        const qint64 d = dayKey(t.week, t.weekday);
        if (!taken.contains(timeKey(t.week, t.weekday, t.period)) && day.value(d) + fixedDay.value(d) >= teacher.maxPerDay)
            return true;
    }
    return false;
}
}  // namespace

PlanGap explainGap(const PlannerInput &in, const Unit &unit, const QList<PlannedLesson> &planned, const Occupancy &o)
{
    const PlanClass &cls = in.classes[unit.cls];
    PlanGap gap;
    gap.grade = cls.grade;
    gap.className = cls.className;
    gap.firstWeek = unit.firstWeek;
    gap.lastWeek = unit.lastWeek;
    gap.missing = unit.need - unit.placed;
    const QString name = students::className(cls.grade, cls.className);
    const QString weeks = weeksText(unit.firstWeek, unit.lastWeek);
    const int n = gap.missing;
    const PlanTeacher *teacher = nullptr;
    for (const PlanTeacher &t : in.teachers)
        if (t.id == cls.teacherId) teacher = &t;

    if (!teacher) {
        gap.reason = GapReason::NoTeacher;
        gap.message = Tr::tr("%1 is %n lesson(s) short in %2: no teacher is assigned to the class.", nullptr, n)
                          .arg(name, weeks);
    } else if (cls.slots.isEmpty()) {
        gap.reason = GapReason::NoSlots;
        gap.message = Tr::tr("%1 is %n lesson(s) short in %2: no open slot is set for this class.", nullptr, n)
                          .arg(name, weeks);
    } else if (unit.counts.inWeeks < unit.need) {
        gap.reason = GapReason::NoTeachingDay;
        const bool allOdd = std::all_of(cls.slots.begin(), cls.slots.end(),
                                        [](const PlanSlot &s) { return s.weeks == SlotWeeks::Odd; });
        const bool allEven = std::all_of(cls.slots.begin(), cls.slots.end(),
                                         [](const PlanSlot &s) { return s.weeks == SlotWeeks::Even; });
        gap.message = allOdd    ? Tr::tr("%1 is %n lesson(s) short in %2: its open slots are in odd weeks only.",
                                         nullptr, n).arg(name, weeks)
                    : allEven   ? Tr::tr("%1 is %n lesson(s) short in %2: its open slots are in even weeks only.",
                                         nullptr, n).arg(name, weeks)
                                : Tr::tr("%1 is %n lesson(s) short in %2: it has too few open slots in those weeks.",
                                         nullptr, n).arg(name, weeks);
    } else if (unit.counts.notPast < unit.need) {
        gap.reason = GapReason::Past;
        gap.message = Tr::tr("%1 is %n lesson(s) short in %2: its open slots left in those weeks are before "
                             "week %3, which is already past.", nullptr, n)
                          .arg(name, weeks)
                          .arg(in.fromWeek);
    } else if (unit.counts.teaching < unit.need) {
        gap.reason = GapReason::NoTeachingDay;
        gap.message = Tr::tr("%1 is %n lesson(s) short in %2: its open slots then fall on %3.", nullptr, n)
                          .arg(name, weeks, QLocale().createSeparatedList(dayCauses(in, unit)));
    } else if (unit.counts.available < unit.need) {
        gap.reason = GapReason::TeacherUnavailable;
        gap.message = Tr::tr("%1 is %n lesson(s) short in %2: its teacher %3 is unavailable at its open slots then.",
                             nullptr, n)
                          .arg(name, weeks, teacher->name);
    } else {
        gap.reason = GapReason::Capacity;
        gap.message = dailyLimitBlocks(unit, *teacher, planned, o)
                          ? Tr::tr("%1 is %n lesson(s) short in %2: %3's open periods then are taken by other "
                                   "classes or past the daily limit of %4 lessons.", nullptr, n)
                                .arg(name, weeks, teacher->name)
                                .arg(teacher->maxPerDay)
                          : Tr::tr("%1 is %n lesson(s) short in %2: %3's open periods then are all taken by other "
                                   "classes.", nullptr, n)
                                .arg(name, weeks, teacher->name);
    }
    return gap;
}

}  // namespace cd::lessons::planner
