#pragma once
// The audit actions of students: the roster, growth records, the watch list and the school year. A code is stored in every row it wrote: never change or reuse one.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char RosterImported[] = "roster.import";
inline constexpr char StudentViewed[] = "student.view";
inline constexpr char StudentEdited[] = "student.edit";
inline constexpr char WatchChanged[] = "watch.change";
inline constexpr char SchoolYearPromoted[] = "school_year.promote";
inline constexpr char StudentTransferred[] = "student.transfer";
inline constexpr char StudentsPurged[] = "student.purge";
}  // namespace cd::audit::action

namespace cd::students {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::students
