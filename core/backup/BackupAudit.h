#pragma once
// The audit actions of backups and restores. A code is stored in every row it wrote: never change or reuse one.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char BackupMade[] = "vault.backup";
inline constexpr char Restored[] = "vault.restore";
}  // namespace cd::audit::action

namespace cd::backup {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::backup
