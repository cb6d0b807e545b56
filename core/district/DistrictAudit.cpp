#include "district/DistrictAudit.h"

#include <QtGlobal>

namespace cd::district {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::SchoolProfileSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved the school profile"), TargetKind::None},
        {audit::action::DistrictExported, QT_TRANSLATE_NOOP("AuditAction", "Exported the district summary"),
         TargetKind::None},
    };
    return table;
}

}  // namespace cd::district
