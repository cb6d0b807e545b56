#include "groups/GroupsAudit.h"

#include <QtGlobal>

namespace cd::groups {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::GroupSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a counseling group"), TargetKind::None},
        {audit::action::GroupClosed, QT_TRANSLATE_NOOP("AuditAction", "Closed a counseling group"), TargetKind::None},
        {audit::action::GroupMember, QT_TRANSLATE_NOOP("AuditAction", "Changed a group's member"), TargetKind::Student},
        {audit::action::GroupSessionSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a group session"), TargetKind::None},
        {audit::action::GroupSessionRemoved, QT_TRANSLATE_NOOP("AuditAction", "Removed a group session"), TargetKind::None},
        {audit::action::GroupAttendance, QT_TRANSLATE_NOOP("AuditAction", "Recorded group attendance"), TargetKind::Student},
        {audit::action::GroupReportPrinted, QT_TRANSLATE_NOOP("AuditAction", "Printed a group report"), TargetKind::None},
        {audit::action::SchoolEventSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a school event"), TargetKind::None},
        {audit::action::SchoolEventRemoved, QT_TRANSLATE_NOOP("AuditAction", "Removed a school event"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::groups
