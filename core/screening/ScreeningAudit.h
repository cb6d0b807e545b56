#pragma once
// The audit actions of screening: instruments, runs, sheets, follow-ups, reports. A code is stored in every row it wrote: never change or reuse one.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char InstrumentLoaded[] = "instrument.load";
inline constexpr char RunCreated[] = "screening.run_create";
inline constexpr char RunChanged[] = "screening.run_change";
inline constexpr char RunDeleted[] = "screening.run_delete";
inline constexpr char SheetsSaved[] = "screening.sheets";
inline constexpr char SheetsRescored[] = "screening.rescore";
inline constexpr char FollowUpChanged[] = "screening.follow_up";
inline constexpr char ScreeningReportPrinted[] = "screening.report_print";
inline constexpr char ScreeningResultsExported[] = "screening.results_export";
}  // namespace cd::audit::action

namespace cd::screening {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::screening
