#pragma once
// Internal to core/lessons: the lessons table's rows read and written, and the conflict check
// shared by hand edits (Lessons.cpp) and planning (LessonPlanning.cpp).

#include "lessons/Lessons.h"

namespace cd::storage {
class Database;
}

namespace cd::lessons {

/// The semester's lessons by time; only week `week` when it is ≥ 1.
Result<QList<Lesson>> loadLessons(storage::Database &db, qint64 semesterId, int week);
Result<Lesson> loadLesson(storage::Database &db, qint64 id);
/// Inserts `lesson` (its id ignored) stamped with now and the current user; returns the new id.
Result<qint64> insertLesson(vault::Vault &vault, const Lesson &lesson);
/// Rewrites every column of lesson `lesson.id` but its semester and kind.
Status updateLesson(vault::Vault &vault, const Lesson &lesson);

/// What stands in the way of `cls` having a lesson of `kind` at `at` with teacher `teacherId`,
/// given the lessons of that week (`weekLessons`), ignoring lesson `ignoreId`.
QList<LessonConflict> findConflicts(const Semester &semester, const Timetable &timetable,
                                    const QList<Lesson> &weekLessons, const ClassKey &cls, LessonKind kind,
                                    qint64 teacherId, const LessonTime &at, qint64 ignoreId);

}  // namespace cd::lessons
