// The planner's inputs checked and turned into units: each (class, window) with the times it can
// use and how many times survive each filter (the counts that explain a gap).
#include "lessons/PlannerModel.h"

#include "students/Student.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cd::lessons::planner {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

QString classKey(int grade, const QString &klass) { return QString::number(grade) + u'|' + klass; }

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

bool inWeeks(SlotWeeks weeks, int week)
{
    switch (weeks) {
    case SlotWeeks::Every: return true;
    case SlotWeeks::Odd: return week % 2 != 0;
    case SlotWeeks::Even: return week % 2 == 0;
    }
    return false;
}

bool unavailableAt(const PlanTeacher &teacher, int week, int weekday, int period)
{
    return std::any_of(teacher.unavailable.begin(), teacher.unavailable.end(), [&](const PlanUnavailable &u) {
        return u.weekday == weekday && (u.period == 0 || u.period == period) && week >= u.firstWeek
            && week <= u.lastWeek;
    });
}
}  // namespace

std::optional<Error> checkInput(const PlannerInput &in)
{
    const Semester &s = in.semester;
    if (!s.startsOn.isValid() || !s.endsOn.isValid() || s.endsOn < s.startsOn || !s.week1Monday.isValid()
        || s.week1Monday.dayOfWeek() != 1 || s.weekCount() < 1 || s.weekCount() > 60)
        return invalid(Tr::tr("The semester's dates are incomplete or wrong: correct them before planning."));
    if (s.schoolDays < 5 || s.schoolDays > 7)
        return invalid(Tr::tr("A school week has 5, 6 or 7 school days: correct the semester."));
    const SemesterTargets &t = s.targets;
    if (t.windowWeeks < 1 || t.windowWeeks > 8 || t.lessonsPerWindow < 1 || t.lessonsPerWindow > 5)
        return invalid(Tr::tr("The lesson rule must be 1 to 5 lessons every 1 to 8 weeks: correct the semester's targets."));
    if (in.timeLimitSeconds <= 0 || in.maxVariables < 1)
        return makeError(ErrorCode::Usage, Tr::tr("The planner needs a positive time limit and model size."));

    QSet<qint64> teacherIds;
    for (const PlanTeacher &teacher : in.teachers) {
        if (teacher.id <= 0 || teacherIds.contains(teacher.id))
            return makeError(ErrorCode::Usage, Tr::tr("The teacher \"%1\" has a missing or repeated id.").arg(teacher.name));
        teacherIds.insert(teacher.id);
        if (teacher.maxPerDay < 1 || teacher.maxPerDay > 16)
            return invalid(Tr::tr("%1 teaches 1 to 16 lessons a day at most: correct the daily limit.").arg(teacher.name));
        for (const PlanUnavailable &u : teacher.unavailable)
            if (u.weekday < 1 || u.weekday > 7 || u.period < 0 || u.period > 16 || u.firstWeek < 1
                || u.lastWeek < u.firstWeek)
                return invalid(Tr::tr("A time %1 is unavailable is wrong (weekday 1–7, period 0–16, first week "
                                      "not after the last): correct it.")
                                   .arg(teacher.name));
    }
    QSet<QString> classes;
    for (const PlanClass &c : in.classes) {
        if (c.grade < 1 || c.grade > 12 || c.className.trimmed().isEmpty())
            return invalid(Tr::tr("A class to plan has no grade 1–12 or no name."));
        const QString name = students::className(c.grade, c.className);
        if (classes.contains(classKey(c.grade, c.className)))
            return makeError(ErrorCode::Usage, Tr::tr("%1 is listed twice for the planner.").arg(name));
        classes.insert(classKey(c.grade, c.className));
        if (c.teacherId != 0 && !teacherIds.contains(c.teacherId))
            return makeError(ErrorCode::Usage, Tr::tr("%1's teacher is not among the semester's teachers.").arg(name));
        for (const PlanSlot &slot : c.slots) {
            if (slot.weekday < 1 || slot.weekday > 7)
                return invalid(Tr::tr("An open slot of %1 has no weekday 1–7: correct it.").arg(name));
            if (!s.period(slot.period))
                return invalid(Tr::tr("An open slot of %1 is in period %2, which the semester's school day does not "
                                      "have: move the slot or add the period.")
                                   .arg(name)
                                   .arg(slot.period));
        }
    }
    for (const FixedLesson &f : in.fixed) {
        if (f.week < 1 || f.weekday < 1 || f.weekday > 7 || f.period < 1 || f.period > 16)
            return makeError(ErrorCode::Usage, Tr::tr("A kept lesson of %1 has an impossible time.")
                                                   .arg(students::className(f.grade, f.className)));
        if (f.teacherId != 0 && !teacherIds.contains(f.teacherId))
            return makeError(ErrorCode::Usage, Tr::tr("A kept lesson of %1 names a teacher who is not among the "
                                                      "semester's teachers.")
                                                   .arg(students::className(f.grade, f.className)));
    }
    return std::nullopt;
}

Occupancy indexFixed(const PlannerInput &in)
{
    Occupancy o;
    for (const FixedLesson &f : in.fixed) {
        const qint64 time = timeKey(f.week, f.weekday, f.period);
        o.classTimes.insert(classKey(f.grade, f.className) + u'|' + QString::number(time));
        if (f.teacherId == 0) continue;
        // Two kept lessons of one teacher at one time are the user's to sort out; here the time is
        // simply taken, and the day counts both.
        o.teacherTimes[f.teacherId].insert(time);
        ++o.teacherDay[f.teacherId][dayKey(f.week, f.weekday)];
        ++o.teacherWeek[f.teacherId][f.week];
    }
    return o;
}

QList<Unit> buildUnits(const PlannerInput &in, const Occupancy &o)
{
    const Semester &s = in.semester;
    const QList<std::pair<int, int>> windows = s.windows();
    QHash<qint64, const PlanTeacher *> teachers;
    for (const PlanTeacher &teacher : in.teachers) teachers.insert(teacher.id, &teacher);
    // Fixed lessons that count, per class and window.
    QHash<QString, int> counted;
    for (const FixedLesson &f : in.fixed)
        if (f.counts) ++counted[classKey(f.grade, f.className) + u'|' + QString::number(f.week)];

    QList<Unit> units;
    for (int c = 0; c < in.classes.size(); ++c) {
        const PlanClass &cls = in.classes[c];
        const QString key = classKey(cls.grade, cls.className);
        const PlanTeacher *teacher = teachers.value(cls.teacherId, nullptr);
        // The class's slots, each weekday/period once (open in the weeks of any listing), in
        // weekday, period order.
        QList<PlanSlot> slots;
        for (const PlanSlot &slot : cls.slots) {
            auto same = std::find_if(slots.begin(), slots.end(), [&](const PlanSlot &p) {
                return p.weekday == slot.weekday && p.period == slot.period;
            });
            if (same == slots.end())
                slots << slot;
            else if (same->weeks != slot.weeks)
                same->weeks = SlotWeeks::Every;
        }
        std::sort(slots.begin(), slots.end(), [](const PlanSlot &a, const PlanSlot &b) {
            return std::pair(a.weekday, a.period) < std::pair(b.weekday, b.period);
        });
        for (int w = 0; w < windows.size(); ++w) {
            const auto [first, last] = windows[w];
            if (last < in.fromWeek) continue;  // history
            if (!s.hasTeachingDay(first, last)) continue;  // all holidays and exams: nothing is due
            Unit unit;
            unit.cls = c;
            unit.window = w;
            unit.firstWeek = first;
            unit.lastWeek = last;
            int done = 0;
            for (int week = first; week <= last; ++week) done += counted.value(key + u'|' + QString::number(week));
            unit.need = std::max(0, s.targets.lessonsPerWindow - done);
            for (int week = first; week <= last; ++week) {
                for (const PlanSlot &slot : slots) {
                    if (!inWeeks(slot.weeks, week)) continue;
                    ++unit.counts.inWeeks;
                    if (week < in.fromWeek) continue;
                    ++unit.counts.notPast;
                    if (!s.isTeachingDay(s.dateOf(week, slot.weekday))) continue;
                    ++unit.counts.teaching;
                    if (!teacher || unavailableAt(*teacher, week, slot.weekday, slot.period)) continue;
                    ++unit.counts.available;
                    const qint64 time = timeKey(week, slot.weekday, slot.period);
                    if (o.teacherTimes.value(teacher->id).contains(time)) continue;
                    if (o.classTimes.contains(key + u'|' + QString::number(time))) continue;
                    if (o.teacherDay.value(teacher->id).value(dayKey(week, slot.weekday)) >= teacher->maxPerDay)
                        continue;
                    ++unit.counts.free;
                    unit.candidates << Time{week, slot.weekday, slot.period};
                }
            }
            units << unit;
        }
    }
    return units;
}

}  // namespace cd::lessons::planner
