#pragma once
// The audit actions of the room's calendar: semesters, lesson planning and delivery. A code is
// stored in every row it wrote: never change or reuse one. Calendar records are not about one
// student: their rows name no target, and the detail says which record ("semester=…").

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char SemesterSaved[] = "semester.save";
inline constexpr char SemesterRemoved[] = "semester.remove";
inline constexpr char TimetableSaved[] = "timetable.save";
inline constexpr char TopicsSaved[] = "topics.save";
inline constexpr char LessonPlanSaved[] = "lessons.plan";
inline constexpr char LessonAdded[] = "lesson.add";
inline constexpr char LessonMoved[] = "lesson.move";
inline constexpr char LessonChanged[] = "lesson.edit";
inline constexpr char LessonRemoved[] = "lesson.remove";
}  // namespace cd::audit::action

namespace cd::lessons {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::lessons
