#include "lessons/Planner.h"

#include "common/CodeTable.h"
#include "lessons/PlannerModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <glpk.h>

#include <algorithm>

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

const CodeTable<SlotWeeks> &slotWeeksTable()
{
    static const CodeTable<SlotWeeks> table(
        {{SlotWeeks::Every, "every"}, {SlotWeeks::Odd, "odd"}, {SlotWeeks::Even, "even"}});
    return table;
}

const CodeTable<GapReason> &gapReasons()
{
    static const CodeTable<GapReason> table({{GapReason::NoTeacher, "no_teacher"},
                                             {GapReason::NoSlots, "no_slots"},
                                             {GapReason::Past, "past"},
                                             {GapReason::NoTeachingDay, "no_teaching_day"},
                                             {GapReason::TeacherUnavailable, "teacher_unavailable"},
                                             {GapReason::Capacity, "capacity"}});
    return table;
}
}  // namespace

QString slotWeeksCode(SlotWeeks weeks) { return slotWeeksTable().code(weeks); }
std::optional<SlotWeeks> slotWeeksFromCode(const QString &code) { return slotWeeksTable().fromCode(code); }
QString gapReasonCode(GapReason reason) { return gapReasons().code(reason); }

Result<Plan> planLessons(const PlannerInput &in)
{
    using namespace planner;
    QElapsedTimer timer;
    timer.start();
    const Clock::time_point deadline =
        Clock::now() + std::chrono::milliseconds(static_cast<qint64>(in.timeLimitSeconds * 1000.0));
    if (const auto error = checkInput(in)) return *error;
    glp_term_out(GLP_OFF);

    const Occupancy occupancy = indexFixed(in);
    QList<Unit> units = buildUnits(in, occupancy);
    Plan plan;
    plan.windowsPlanned = static_cast<int>(units.size());
    for (const Unit &unit : units) plan.variables += unit.need > 0 ? static_cast<int>(unit.candidates.size()) : 0;
    if (plan.variables > in.maxVariables)
        return makeError(ErrorCode::Internal, Tr::tr("The plan would need %1 variables, more than the planner's "
                                                     "limit of %2: plan fewer classes or weeks at once.")
                                                  .arg(plan.variables)
                                                  .arg(in.maxVariables));

    // Parts: one teacher in one window. Units of different parts share no teacher and no week.
    QMap<std::pair<int, int>, QList<Unit *>> parts;  // (teacher index, window) → units
    for (Unit &unit : units) {
        const qint64 teacherId = in.classes[unit.cls].teacherId;
        if (unit.need == 0 || unit.candidates.isEmpty()) continue;
        const int t = static_cast<int>(std::find_if(in.teachers.begin(), in.teachers.end(),
                                                    [&](const PlanTeacher &p) { return p.id == teacherId; })
                                       - in.teachers.begin());
        parts[{t, unit.window}] << &unit;
    }
    plan.parts = static_cast<int>(parts.size());
    int done = 0;
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (in.cancel && in.cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Planning was cancelled."));
        if (const Status solved = solvePart(in, occupancy, in.teachers[it.key().first], *it, deadline, plan.lessons);
            !solved)
            return solved.error();
        if (in.progress) in.progress(++done, plan.parts);
    }

    QHash<QString, int> classOrder;
    for (int c = 0; c < in.classes.size(); ++c)
        classOrder.insert(QString::number(in.classes[c].grade) + u'|' + in.classes[c].className, c);
    std::sort(plan.lessons.begin(), plan.lessons.end(), [&](const PlannedLesson &a, const PlannedLesson &b) {
        const int ca = classOrder.value(QString::number(a.grade) + u'|' + a.className);
        const int cb = classOrder.value(QString::number(b.grade) + u'|' + b.className);
        return std::tuple(ca, a.week, a.weekday, a.period) < std::tuple(cb, b.week, b.weekday, b.period);
    });
    for (const Unit &unit : units) {  // units are in class, window order
        if (unit.placed >= unit.need) continue;
        plan.gaps << explainGap(in, unit, plan.lessons, occupancy);
        plan.missingTotal += plan.gaps.last().missing;
    }
    for (const PlanTeacher &teacher : in.teachers) {
        TeacherLoad load{teacher.id, teacher.name, 0, 0, 0};
        QHash<int, int> perWeek;
        for (const PlannedLesson &l : std::as_const(plan.lessons))
            if (l.teacherId == teacher.id) ++load.planned, ++perWeek[l.week];
        for (const FixedLesson &f : in.fixed)
            if (f.teacherId == teacher.id) ++load.fixed, ++perWeek[f.week];
        for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it)
            if (it.key() >= in.fromWeek) load.maxPerWeek = std::max(load.maxPerWeek, it.value());
        plan.loads << load;
    }
    plan.solveMs = timer.elapsed();
    return plan;
}

}  // namespace cd::lessons
