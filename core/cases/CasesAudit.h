#pragma once
// The audit actions of cases, sessions, private notes and concern categories. A code is stored in every row it wrote: never change or reuse one.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char CaseOpened[] = "case.open";
inline constexpr char CaseClosed[] = "case.close";
inline constexpr char CaseEmergency[] = "case.emergency";
inline constexpr char CaseConsent[] = "case.consent";
inline constexpr char SessionSaved[] = "session.save";
inline constexpr char PrivateNoteShared[] = "note.share";
inline constexpr char CategoryChanged[] = "category.change";
}  // namespace cd::audit::action

namespace cd::cases {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::cases
