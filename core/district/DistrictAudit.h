#pragma once
// The audit actions of the district summary. A code is stored in every row it wrote: never change
// or reuse one. The school profile is about the school, not a student: its rows name no target.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char SchoolProfileSaved[] = "district.profile_save";
/// A summary package written for the district (detail: semester, k, values withheld, SHA-256 of its manifest).
inline constexpr char DistrictExported[] = "district.export";
}  // namespace cd::audit::action

namespace cd::district {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::district
