#include "crisis/CrisisAudit.h"

#include <QtGlobal>

namespace cd::crisis {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::RiskLabelsChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the risk levels' names"), TargetKind::None},
        {audit::action::StepLimitsChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the crisis steps' time limits"), TargetKind::None},
        {audit::action::DirectoryChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the directory of institutions"), TargetKind::Institution},
        {audit::action::LetterheadChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the letterhead"), TargetKind::None},
        {audit::action::CrisisRecorded, QT_TRANSLATE_NOOP("AuditAction", "Recorded a crisis event"), TargetKind::Student},
        {audit::action::CrisisStepRecorded, QT_TRANSLATE_NOOP("AuditAction", "Recorded a crisis step"), TargetKind::Student},
        {audit::action::CrisisNotified, QT_TRANSLATE_NOOP("AuditAction", "Recorded who was told of a crisis"), TargetKind::Student},
        {audit::action::CrisisClosed, QT_TRANSLATE_NOOP("AuditAction", "Closed a crisis event"), TargetKind::Student},
        {audit::action::SafetyPlanSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a safety plan"), TargetKind::Student},
        {audit::action::ReferralCreated, QT_TRANSLATE_NOOP("AuditAction", "Drafted a referral"), TargetKind::Student},
        {audit::action::ReferralEdited, QT_TRANSLATE_NOOP("AuditAction", "Edited a referral"), TargetKind::Student},
        {audit::action::ReferralStatusChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed a referral's status"), TargetKind::Student},
        {audit::action::ReferralSlipEntered, QT_TRANSLATE_NOOP("AuditAction", "Entered a referral's return slip"), TargetKind::Student},
        {audit::action::DocumentPrinted, QT_TRANSLATE_NOOP("AuditAction", "Printed a document"), TargetKind::Student},
        {audit::action::AbsenceChanged, QT_TRANSLATE_NOOP("AuditAction", "Recorded time off school or a return"), TargetKind::Student},
        {audit::action::SupportPlanSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a support plan"), TargetKind::Student},
    };
    return table;
}

}  // namespace cd::crisis
