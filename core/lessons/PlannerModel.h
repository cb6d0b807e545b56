#pragma once
// Inside the planner (docs/planner.md): the usable times of every (class, window), found by the
// filters whose counts explain a gap, and the GLPK MIP solved per independent part (one teacher,
// one window). Not for callers: use planLessons (Planner.h).

#include "common/Result.h"
#include "lessons/Planner.h"

#include <QHash>
#include <QList>

#include <chrono>

namespace cd::lessons::planner {

/// One lesson time: week, weekday, period.
struct Time {
    int week = 0;
    int weekday = 0;
    int period = 0;
};
inline qint64 timeKey(int week, int weekday, int period) { return (qint64(week) * 8 + weekday) * 17 + period; }
inline qint64 dayKey(int week, int weekday) { return qint64(week) * 8 + weekday; }

/// How many times survive each filter, in the order GapReason lists them.
struct StageCounts {
    int inWeeks = 0;      ///< slot times in the window's weeks (odd/even applied)
    int notPast = 0;      ///< …of them from fromWeek on
    int teaching = 0;     ///< …on teaching days
    int available = 0;    ///< …when the teacher is available
    int free = 0;         ///< …not taken by a fixed lesson of the teacher or class, nor past the daily limit
};

/// A class's requirement in one window.
struct Unit {
    int cls = 0;          ///< index into PlannerInput::classes
    int window = 0;       ///< index into the semester's windows
    int firstWeek = 0;
    int lastWeek = 0;
    int need = 0;         ///< lessonsPerWindow minus the fixed lessons that count, ≥ 0
    StageCounts counts;
    QList<Time> candidates;  ///< the free times, in week, weekday, period order
    int placed = 0;          ///< filled by the solve
};

/// The fixed lessons indexed for the filters.
struct Occupancy {
    QHash<qint64, QSet<qint64>> teacherTimes;  ///< teacher id → time keys
    QHash<qint64, QHash<qint64, int>> teacherDay;   ///< teacher id → day key → fixed lessons
    QHash<qint64, QHash<int, int>> teacherWeek;     ///< teacher id → week → fixed lessons
    QSet<QString> classTimes;                    ///< "grade|class|timeKey"
};

using Clock = std::chrono::steady_clock;

/// The inputs checked: an error naming the first bad one, or nothing.
std::optional<Error> checkInput(const PlannerInput &input);

/// Every (class, window) from fromWeek on, with its need, stage counts and candidates.
QList<Unit> buildUnits(const PlannerInput &input, const Occupancy &occupancy);
Occupancy indexFixed(const PlannerInput &input);

/// Solves one part: the units of one teacher in one window (all with candidates). Fills each
/// unit's `placed` and appends the chosen lessons. Errors: Cancelled, Internal (time limit).
Status solvePart(const PlannerInput &input, const Occupancy &occupancy, const PlanTeacher &teacher,
                 QList<Unit *> &units, Clock::time_point deadline, QList<PlannedLesson> &out);

/// The sentence and reason for a unit left short (`placed < need`).
PlanGap explainGap(const PlannerInput &input, const Unit &unit, const QList<PlannedLesson> &planned,
                   const Occupancy &occupancy);

}  // namespace cd::lessons::planner
