#include "screening/ScreeningAudit.h"

#include <QtGlobal>

namespace cd::screening {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::InstrumentLoaded, QT_TRANSLATE_NOOP("AuditAction", "Loaded a screening instrument"), TargetKind::Instrument},
        {audit::action::RunCreated, QT_TRANSLATE_NOOP("AuditAction", "Created a screening run"), TargetKind::Run},
        {audit::action::RunChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed a screening run"), TargetKind::Run},
        {audit::action::RunDeleted, QT_TRANSLATE_NOOP("AuditAction", "Deleted a screening run"), TargetKind::Run},
        {audit::action::SheetsSaved, QT_TRANSLATE_NOOP("AuditAction", "Entered screening answers"), TargetKind::Run},
        {audit::action::SheetsRescored, QT_TRANSLATE_NOOP("AuditAction", "Rescored screening sheets"), TargetKind::Run},
        {audit::action::FollowUpChanged, QT_TRANSLATE_NOOP("AuditAction", "Updated a screening follow-up"), TargetKind::FollowUp},
        {audit::action::ScreeningReportPrinted, QT_TRANSLATE_NOOP("AuditAction", "Printed a screening report"), TargetKind::Run},
        {audit::action::ScreeningResultsExported, QT_TRANSLATE_NOOP("AuditAction", "Exported screening results"), TargetKind::Run},
    };
    return table;
}

}  // namespace cd::screening
