#pragma once
// What the lessons' dialogs and prints say the same way: a period of the school day with its times
// ("3 (09:40–10:20)") and what stands in the way of a time (Lessons::conflicts) under its fields:
// blocking conflicts in red, warnings in orange, "Free: 2026-09-07" when nothing does.

#include "core/lessons/Lessons.h"
#include "core/lessons/Semester.h"

#include <QDate>
#include <QString>

class QLabel;

namespace cd::ui {

/// "3 (09:40–10:20)": a period with its times, in a list or on a print.
QString periodLabel(const lessons::DayPeriod &period);

/// What a list of conflicts holds.
struct ConflictState {
    bool blocking = false;  ///< at least one refuses the change
    bool warnings = false;  ///< at least one only asks
};

/// Shows `conflicts` in `label`, one sentence a line (red when one blocks, orange for warnings), or
/// "Free: DAY" when there are none; returns what they hold.
ConflictState showConflicts(QLabel *label, const QList<lessons::LessonConflict> &conflicts, const QDate &day);

}  // namespace cd::ui
