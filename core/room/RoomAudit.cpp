#include "room/RoomAudit.h"

#include <QtGlobal>

namespace cd::room {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::AppointmentSaved, QT_TRANSLATE_NOOP("AuditAction", "Booked or changed an appointment"), TargetKind::Student},
        {audit::action::AppointmentStatus, QT_TRANSLATE_NOOP("AuditAction", "Marked an appointment kept, missed or cancelled"), TargetKind::Student},
        {audit::action::RoomScheduleSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved the room's open hours and duty roster"), TargetKind::None},
        {audit::action::CalendarExported, QT_TRANSLATE_NOOP("AuditAction", "Exported a counselor's calendar (.ics)"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::room
