#pragma once
// The Weeks tab of the Lessons page: one row per school week of the semester (its number as the
// school counts, its Monday and last school day, and what it is: teaching, holiday or exams, with
// the labels), holiday and exam weeks shaded as in the timetable.

#include "core/lessons/Semester.h"

#include <QColor>

#include <optional>

class QTableWidget;
class QWidget;

namespace cd::ui {

/// The shading of a holiday week (and day) and of an exam week, everywhere on the Lessons page.
QColor holidayShade();
QColor examShade();

QTableWidget *makeWeeksTable(QWidget *parent);
/// Shows `semester`'s weeks (none when empty).
void fillWeeksTable(QTableWidget *table, const std::optional<lessons::Semester> &semester);

/// What `week` of `semester` is, in words: "" for an ordinary teaching week, else the holidays and
/// exams on its school days ("National Day (holiday, 3 days)").
QString weekNote(const lessons::Semester &semester, int week);
/// How many of `week`'s school days are teaching days.
int teachingDays(const lessons::Semester &semester, int week);

}  // namespace cd::ui
