#include "vault/VaultAudit.h"

#include <QtGlobal>

namespace cd::vault {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::VaultCreated, QT_TRANSLATE_NOOP("AuditAction", "Created the vault"), TargetKind::Vault},
        {audit::action::Unlocked, QT_TRANSLATE_NOOP("AuditAction", "Unlocked"), TargetKind::User},
        {audit::action::UnlockedWithRecovery, QT_TRANSLATE_NOOP("AuditAction", "Unlocked with the recovery code"), TargetKind::User},
        {audit::action::Locked, QT_TRANSLATE_NOOP("AuditAction", "Locked"), TargetKind::User},
        {audit::action::Checked, QT_TRANSLATE_NOOP("AuditAction", "Checked the vault"), TargetKind::None},
        {audit::action::UserAdded, QT_TRANSLATE_NOOP("AuditAction", "Added a user"), TargetKind::User},
        {audit::action::UserDisabled, QT_TRANSLATE_NOOP("AuditAction", "Disabled a user"), TargetKind::User},
        {audit::action::UserEnabled, QT_TRANSLATE_NOOP("AuditAction", "Reactivated a user"), TargetKind::User},
        {audit::action::PassphraseChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed a passphrase"), TargetKind::User},
        {audit::action::PassphraseReset, QT_TRANSLATE_NOOP("AuditAction", "Reset a passphrase"), TargetKind::User},
        {audit::action::RecoveryCodeReplaced, QT_TRANSLATE_NOOP("AuditAction", "Replaced the recovery code"), TargetKind::Vault},
        {audit::action::KeyRotated, QT_TRANSLATE_NOOP("AuditAction", "Replaced the vault key"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::vault
