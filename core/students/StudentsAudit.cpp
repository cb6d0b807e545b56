#include "students/StudentsAudit.h"

#include <QtGlobal>

namespace cd::students {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::RosterImported, QT_TRANSLATE_NOOP("AuditAction", "Imported a roster"), TargetKind::None},
        {audit::action::StudentViewed, QT_TRANSLATE_NOOP("AuditAction", "Opened a student record"), TargetKind::Student},
        {audit::action::StudentEdited, QT_TRANSLATE_NOOP("AuditAction", "Edited a student record"), TargetKind::Student},
        {audit::action::WatchChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the watch list"), TargetKind::Student},
        {audit::action::SchoolYearPromoted, QT_TRANSLATE_NOOP("AuditAction", "Started a new school year"), TargetKind::None},
        {audit::action::StudentTransferred, QT_TRANSLATE_NOOP("AuditAction", "Marked a transfer"), TargetKind::Student},
        {audit::action::StudentsPurged, QT_TRANSLATE_NOOP("AuditAction", "Purged old records"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::students
