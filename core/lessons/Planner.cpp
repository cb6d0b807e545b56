#include "lessons/Planner.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

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

Result<Plan> planLessons(const PlannerInput &)
{
    return makeError(ErrorCode::Internal, Tr::tr("The planner is not built yet."));
}

}  // namespace cd::lessons
