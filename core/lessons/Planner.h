#pragma once
// The exact lesson planner (issue 14, item 3; docs/planner.md). Pure: input structs in, a plan out;
// no vault, no database. Every class gets `targets.lessonsPerWindow` lessons in every planning
// window of the semester, no teacher is in two places at once, no lesson falls outside a teaching
// day or an open slot, each teacher's daily limit and unavailability hold, and the weekly load is
// spread evenly. It is a mixed-integer programme solved by GLPK: a full plan is found whenever one
// exists and otherwise the plan with the fewest missing lessons, each gap explained.

#include "common/Result.h"
#include "lessons/Semester.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cd::lessons {

/// Which weeks an open slot is open in (the school's week numbers).
enum class SlotWeeks { Every, Odd, Even };

QString slotWeeksCode(SlotWeeks weeks);  ///< "every" / "odd" / "even" (class_slots.weeks)
std::optional<SlotWeeks> slotWeeksFromCode(const QString &code);

/// A timetable slot open for a class's mental-health lesson.
struct PlanSlot {
    int weekday = 1;  ///< 1 = Monday … 7 = Sunday
    int period = 1;   ///< a period of the semester's day
    SlotWeeks weeks = SlotWeeks::Every;
};

/// A class to plan: from the roster, with its teacher and open slots.
struct PlanClass {
    int grade = 0;          ///< 1–12
    QString className;      ///< as in the roster ("3")
    qint64 teacherId = 0;   ///< 0: no teacher assigned (every window is a gap, reason NoTeacher)
    QList<PlanSlot> slots;  ///< empty: every window is a gap, reason NoSlots
};

/// A time a teacher cannot teach: one period (or the whole day, period 0) of a weekday, in weeks
/// firstWeek…lastWeek (both included).
struct PlanUnavailable {
    int weekday = 1;
    int period = 0;
    int firstWeek = 1;
    int lastWeek = 1;
};

struct PlanTeacher {
    qint64 id = 0;  ///< > 0, unique
    QString name;   ///< as shown ("王老师")
    int maxPerDay = 4;  ///< 1–16 lessons a day, fixed lessons included
    QList<PlanUnavailable> unavailable;
};

/// A lesson at a time: what the plan places, and (with `counts`) what it keeps.
struct PlannedLesson {
    int grade = 0;
    QString className;
    int week = 1;
    int weekday = 1;
    int period = 1;
    qint64 teacherId = 0;  ///< 0: none (a kept lesson then occupies only its class)
};

/// A lesson already placed that the plan keeps as it is: a pinned hand edit, a delivered or made-up
/// lesson, a class meeting. It occupies its teacher (if any) and its class at that time; when
/// `counts`, it also counts toward its class's window. Written like a lesson plus the flag:
/// `FixedLesson{8, "3", week, weekday, period, teacherId, true}`.
struct FixedLesson : PlannedLesson {
    bool counts = true;
};

struct PlannerInput {
    Semester semester;  ///< weeks, windows, teaching days, periods, targets.lessonsPerWindow
    QList<PlanClass> classes;
    QList<PlanTeacher> teachers;
    QList<FixedLesson> fixed;
    /// Windows ending before this week are history: not planned, not reported. In the window
    /// holding it, only weeks from it on are planned (fixed lessons before it still count).
    int fromWeek = 1;
    /// Set from another thread to stop; the planner then returns ErrorCode::Cancelled.
    const std::atomic_bool *cancel = nullptr;
    /// Called after each independent part is solved (done of total), on the planner's thread.
    std::function<void(int done, int total)> progress;
    double timeLimitSeconds = 60;   ///< for the whole solve; Internal error naming it when hit
    int maxVariables = 2'000'000;   ///< model size guard (binary variables, all parts together)
};

/// Why a class's window is short, checked in this order: the first cause that leaves fewer usable
/// times than the lessons still needed is the reason.
enum class GapReason {
    NoTeacher,           ///< no teacher is assigned to the class
    NoSlots,             ///< no open slot is set for the class
    Past,                ///< the window's open slots still to come are all before fromWeek
    NoTeachingDay,       ///< the open slots fall on holidays, exam weeks, non-school days, other weeks
    TeacherUnavailable,  ///< the teacher is unavailable at every open slot left
    Capacity,            ///< the teacher's open times are taken by other classes or the daily limit
};

QString gapReasonCode(GapReason reason);  ///< "no_teacher", "no_slots", "past", "no_teaching_day", "teacher_unavailable", "capacity"

/// A (class, window) the plan cannot fill.
struct PlanGap {
    int grade = 0;
    QString className;
    int firstWeek = 1;  ///< the window
    int lastWeek = 1;
    int missing = 0;    ///< lessons short of lessonsPerWindow after fixed and planned ones
    GapReason reason = GapReason::Capacity;
    /// One translated sentence naming class, weeks and cause, e.g. "初二(3)班在第7–8周少 1 节课：
    /// 该班那时的可排课时都落在考试期间（期中考试）。" (docs/planner.md lists them all).
    QString message;
};

/// Per teacher: lessons the plan places, fixed ones kept, and the busiest week (both together,
/// planned weeks only).
struct TeacherLoad {
    qint64 teacherId = 0;
    QString name;
    int planned = 0;
    int fixed = 0;
    int maxPerWeek = 0;
};

struct Plan {
    QList<PlannedLesson> lessons;  ///< by class (input order), then week, weekday, period
    QList<PlanGap> gaps;           ///< by class (input order), then window
    QList<TeacherLoad> loads;      ///< in teacher input order
    int windowsPlanned = 0;        ///< (class, window) pairs considered
    int missingTotal = 0;          ///< sum of gaps' missing; 0: a full plan
    int variables = 0;             ///< binary variables in the model (all parts)
    int parts = 0;                 ///< independent MIPs solved
    qint64 solveMs = 0;            ///< wall time of planLessons
};

/// Builds the plan. Runs on any thread, one call per thread at a time; it frees GLPK's environment
/// of the calling thread before it returns. Errors: Usage/InvalidInput naming the bad input (unknown teacher, duplicate
/// class, slot outside the day's periods, …), Cancelled, Internal when the model exceeds
/// maxVariables or the time limit is hit (the message says which and what to do).
Result<Plan> planLessons(const PlannerInput &input);

}  // namespace cd::lessons
