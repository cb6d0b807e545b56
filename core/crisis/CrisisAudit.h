#pragma once
// The audit actions of crisis events, safety plans, referrals, time off and the settings behind
// them. A code is stored in every row it wrote: never change or reuse one. Rows about a student
// name the student as target (so the record's access history shows them) and the record in the
// detail ("crisis:4", "referral:ZJ2026-003").

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char RiskLabelsChanged[] = "risk.labels";
inline constexpr char StepLimitsChanged[] = "crisis.limits";
inline constexpr char DirectoryChanged[] = "directory.change";
inline constexpr char LetterheadChanged[] = "letterhead.change";
inline constexpr char CrisisRecorded[] = "crisis.record";
inline constexpr char CrisisStepRecorded[] = "crisis.step";
inline constexpr char CrisisNotified[] = "crisis.notify";
inline constexpr char CrisisClosed[] = "crisis.close";
inline constexpr char SafetyPlanSaved[] = "safety_plan.save";
inline constexpr char ReferralCreated[] = "referral.create";
inline constexpr char ReferralEdited[] = "referral.edit";
inline constexpr char ReferralStatusChanged[] = "referral.status";
inline constexpr char ReferralSlipEntered[] = "referral.slip";
inline constexpr char DocumentPrinted[] = "document.print";
inline constexpr char AbsenceChanged[] = "absence.change";
inline constexpr char SupportPlanSaved[] = "support_plan.save";
}  // namespace cd::audit::action

namespace cd::crisis {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::crisis
