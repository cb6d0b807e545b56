#pragma once
// The audit actions of the vault itself: unlocking, locking, checks, users and keys. A code is stored in every row it wrote: never change or reuse one.

#include "audit/ActionInfo.h"

namespace cd::audit::action {
inline constexpr char VaultCreated[] = "vault.create";
inline constexpr char Unlocked[] = "vault.unlock";
inline constexpr char UnlockedWithRecovery[] = "vault.unlock_recovery";
inline constexpr char Locked[] = "vault.lock";
inline constexpr char Checked[] = "vault.check";
inline constexpr char UserAdded[] = "user.add";
inline constexpr char UserDisabled[] = "user.disable";
inline constexpr char UserEnabled[] = "user.enable";
inline constexpr char PassphraseChanged[] = "user.passphrase_change";
inline constexpr char PassphraseReset[] = "user.passphrase_reset";
inline constexpr char RecoveryCodeReplaced[] = "vault.recovery_replace";
inline constexpr char KeyRotated[] = "vault.key_rotate";
}  // namespace cd::audit::action

namespace cd::vault {

/// This area's audit actions with their labels, for the registry (core/registry/AuditActions.h).
const audit::ActionTable &auditActions();

}  // namespace cd::vault
