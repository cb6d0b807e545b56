#include "district/DistrictAudit.h"

#include <QtGlobal>

namespace cd::district {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::SchoolProfileSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved the school profile"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::district
