#pragma once
// The audit actions of group counseling and school events. A code is stored in every row it
// wrote: never change or reuse one. A member's joining or leaving and each attendance mark name
// the student as target, so the growth record's access history shows them; the rest name the
// record in the detail ("group:3", "event:4").

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char GroupSaved[] = "group.save";
inline constexpr char GroupClosed[] = "group.close";
inline constexpr char GroupMember[] = "group.member";
inline constexpr char GroupSessionSaved[] = "group.session";
inline constexpr char GroupSessionRemoved[] = "group.session.remove";
inline constexpr char GroupAttendance[] = "group.attendance";
inline constexpr char SchoolEventSaved[] = "event.save";
inline constexpr char SchoolEventRemoved[] = "event.remove";
/// A group report printed or saved as PDF: "group:ID names|counts print|pdf" (never a name).
inline constexpr char GroupReportPrinted[] = "group.report_print";
}  // namespace cd::audit::action

namespace cd::groups {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::groups
