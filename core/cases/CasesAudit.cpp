#include "cases/CasesAudit.h"

#include <QtGlobal>

namespace cd::cases {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::CaseOpened, QT_TRANSLATE_NOOP("AuditAction", "Opened a case"), TargetKind::Student},
        {audit::action::CaseClosed, QT_TRANSLATE_NOOP("AuditAction", "Closed a case"), TargetKind::Student},
        {audit::action::CaseEmergency, QT_TRANSLATE_NOOP("AuditAction", "Opened a case as an emergency, consent pending"),
         TargetKind::Student},
        {audit::action::CaseConsent, QT_TRANSLATE_NOOP("AuditAction", "Recorded a case's consent"), TargetKind::Student},
        {audit::action::SessionSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a session note"), TargetKind::Student},
        {audit::action::PrivateNoteShared, QT_TRANSLATE_NOOP("AuditAction", "Shared a private note"), TargetKind::Student},
        {audit::action::CategoryChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the concern categories"), TargetKind::Category},
    };
    return table;
}

}  // namespace cd::cases
