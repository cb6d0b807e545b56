#pragma once
// The audit actions of the counseling room: appointments, open hours and the duty roster, the
// calendar export. A code is stored in every row it wrote: never change or reuse one. An
// appointment about a student names the student as target, so the growth record's access history
// shows it; the detail never holds a name or a reason.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char AppointmentSaved[] = "appointment.save";
inline constexpr char AppointmentStatus[] = "appointment.status";
inline constexpr char RoomScheduleSaved[] = "room.schedule";
inline constexpr char CalendarExported[] = "calendar.export";
}  // namespace cd::audit::action

namespace cd::room {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::room
