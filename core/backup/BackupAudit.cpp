#include "backup/BackupAudit.h"

#include <QtGlobal>

namespace cd::backup {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::BackupMade, QT_TRANSLATE_NOOP("AuditAction", "Made a verified backup"), TargetKind::Backup},
        {audit::action::Restored, QT_TRANSLATE_NOOP("AuditAction", "Restored the vault from a backup"), TargetKind::Backup},
    };
    return table;
}

}  // namespace cd::backup
