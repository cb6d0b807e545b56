#include "lessons/LessonsAudit.h"

#include <QtGlobal>

namespace cd::lessons {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::SemesterSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a semester's calendar"), TargetKind::None},
        {audit::action::SemesterRemoved, QT_TRANSLATE_NOOP("AuditAction", "Removed a semester"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::lessons
