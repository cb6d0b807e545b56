// User management of a Vault: key slots in the key-slot file, rows in the users table, and an
// audit row for every change. Role rules live here, not in the UI.

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

UserInfo userFromRow(const storage::Statement &stmt)
{
    UserInfo u;
    u.id = stmt.int64(0);
    u.login = stmt.text(1);
    u.displayName = stmt.text(2);
    u.role = roleFromCode(stmt.text(3)).value_or(Role::Counselor);
    u.active = stmt.int64(4) != 0;
    u.createdAt = clock::fromStorage(stmt.text(5));
    return u;
}

const QString kSelectUsers = u"SELECT id, login, display_name, role, active, created_at FROM users "_s;

}  // namespace

Status Vault::requireLead() const
{
    if (m_user.role == Role::Lead && !m_mustSetPassphrase) return {};
    return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can manage users and keys."));
}

Result<QList<UserInfo>> Vault::users()
{
    auto stmt = m_db->prepare(kSelectUsers + u"ORDER BY active DESC, login COLLATE NOCASE"_s);
    if (!stmt) return stmt.error();
    QList<UserInfo> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        list.append(userFromRow(*stmt));
    }
    return list;
}

Result<UserInfo> Vault::findUser(const QString &login)
{
    auto stmt = m_db->prepare(kSelectUsers + u"WHERE login = ? COLLATE NOCASE"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, login.trimmed());
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row)
        return makeError(ErrorCode::UnknownUser,
                         Tr::tr("There is no active user \"%1\" in this vault. Check the user name.").arg(login.trimmed()));
    return userFromRow(*stmt);
}

Status Vault::writeUserSlot(const QString &login, const QString &passphrase, const Identity &identity)
{
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto slot = m_slots.makeSlot(SlotKind::User, m_slots.loginId(login), m_kdf, crypto::passphraseBytes(passphrase),
                                 identity.payload());
    if (!slot) return slot.error();
    m_slots.fillBox(*slot, m_dbKey);
    const int existing = m_slots.findUserSlot(login);
    if (existing >= 0) m_slots.slots[existing] = *slot;
    else m_slots.slots.append(*slot);
    return {};
}

Result<KeySlot> Vault::recoverySlotFor(const QString &recoveryCode, const Identity &identity) const
{
    auto slot = m_slots.makeSlot(SlotKind::Recovery, QByteArray(16, '\0'), m_kdf, recoverySecret(recoveryCode),
                                 identity.payload());
    if (!slot) return slot.error();
    m_slots.fillBox(*slot, m_dbKey);
    return slot;
}

Status Vault::registerKey(const QString &login, const QString &role, const Identity &identity, bool certify)
{
    audit::AuditKeys keys(*m_db, m_slots.vaultId);
    auto id = keys.add(login, role, identity.signingKey().publicKey(), certify ? &m_signer : nullptr);
    return id ? Status() : Status(id.error());
}

Status Vault::commitSlotChange(const KeySlotFile &before, const std::function<Status()> &databaseChange)
{
    // One transaction holds the database side; the key-slot file is written inside it, before the
    // commit. Any failure restores the slots in memory and, if it was already written, on disk.
    bool written = false;
    const auto run = [&]() -> Status {
        storage::Transaction tx(*m_db);
        if (!tx.began()) return tx.beginError();
        CD_TRY(databaseChange());
        CD_TRY(saveSlots());
        written = true;
        return tx.commit();
    };
    if (auto st = run(); !st) {
        m_slots = before;
        if (written) (void)saveSlots();
        return st;
    }
    return syncMarker();
}

Status Vault::addUser(const QString &login, const QString &displayName, Role role, const QString &passphrase)
{
    CD_TRY(requireLead());
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    // Both the database and the key slots must be free of this name (the slots fold case fully).
    if (findUser(login).ok() || m_slots.findUserSlot(login) >= 0)
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("A user named \"%1\" already exists. Choose another name.").arg(login.trimmed()));
    const KeySlotFile before = m_slots;
    const Identity identity = Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), m_signer.key.publicKey());
    CD_TRY(writeUserSlot(login, passphrase, identity));
    return commitSlotChange(before, [&]() -> Status {
        CD_TRY(registerKey(login, roleCode(role), identity, true));
        auto stmt = m_db->prepare(u"INSERT INTO users (login, display_name, role, active, created_at, changed_at) "
                                  "VALUES (?, ?, ?, 1, ?, ?)"_s);
        if (!stmt) return stmt.error();
        const QString now = clock::toStorage(clock::now());
        const QString name = displayName.trimmed().isEmpty() ? login.trimmed() : displayName.trimmed();
        stmt->bind(1, login.trimmed()).bind(2, name).bind(3, roleCode(role)).bind(4, now).bind(5, now);
        CD_TRY(stmt->exec());
        auto e = m_audit->append(m_user.login, audit::action::UserAdded, login.trimmed(), roleCode(role));
        return e ? Status() : Status(e.error());
    });
}

Status Vault::setActive(const UserInfo &user, bool active, const char *action)
{
    auto stmt = m_db->prepare(u"UPDATE users SET active = ?, changed_at = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, active ? 1 : 0).bind(2, clock::toStorage(clock::now())).bind(3, user.id);
    CD_TRY(stmt->exec());
    auto e = m_audit->append(m_user.login, action, user.login);
    return e ? Status() : Status(e.error());
}

Status Vault::disableUser(const QString &login, const QString &recoveryCode)
{
    CD_TRY(requireLead());
    auto user = findUser(login);
    if (!user) return user.error();
    if (user->id == m_user.id)
        return makeError(ErrorCode::InvalidInput, Tr::tr("You cannot disable yourself. Ask another room lead."));
    if (!user->active) return {};
    if (user->role == Role::Lead) {
        auto leads = m_db->scalar(u"SELECT count(*) FROM users WHERE role = 'lead' AND active = 1"_s);
        if (!leads) return leads.error();
        if (leads->toLongLong() <= 1)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The vault needs at least one active room lead."));
    }
    // Their slot goes, and so must the key it held: a copy of the slot (from a backup, say) must
    // open nothing current. The rotation follows the commit; until it is done, rotation_due says
    // so and the next unlock finishes it.
    if (rotationNeedsRecoveryCode() && recoveryCode.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Enter the recovery code: disabling a user replaces the vault key, and this vault's "
                                "recovery slot, made by an earlier version, must be renewed with it once."));
    if (rotationNeedsRecoveryCode()) CD_TRY(checkRecoveryCode(recoveryCode));
    const KeySlotFile before = m_slots;
    const int slot = m_slots.findUserSlot(user->login);
    if (slot >= 0) m_slots.slots.removeAt(slot);
    CD_TRY(commitSlotChange(before, [&]() -> Status {
        CD_TRY(setMetaValue(u"rotation_due"_s, u"1"_s));
        return setActive(*user, false, audit::action::UserDisabled);
    }));
    if (Status rotated = replaceDatabaseKey(recoveryCode); !rotated)
        return makeError(rotated.error().code,
                         Tr::tr("%1 was disabled, but the vault key could not be replaced yet: %2 CounselDesk tries "
                                "again at the next unlock.")
                             .arg(user->login, rotated.error().message));
    return {};
}

Status Vault::checkRecoveryCode(const QString &recoveryCode)
{
    const int recovery = m_slots.recoverySlot();
    if (recovery < 0) return makeError(ErrorCode::Damaged, Tr::tr("The vault has no recovery slot."));
    const crypto::SecureBuffer secret = recoverySecret(recoveryCode);
    if (secret.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Tr::tr("That is not a recovery code: it has 24 letters and digits in six groups."));
    auto opened = m_slots.openSlot(m_slots.slots[recovery], secret);
    return opened ? Status() : Status(opened.error());
}

Status Vault::reactivateUser(const QString &login, const QString &newPassphrase)
{
    CD_TRY(requireLead());
    auto user = findUser(login);
    if (!user) return user.error();
    if (user->active)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The user \"%1\" is already active.").arg(user->login));
    const KeySlotFile before = m_slots;
    const Identity identity = Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), m_signer.key.publicKey());
    CD_TRY(writeUserSlot(user->login, newPassphrase, identity));
    return commitSlotChange(before, [&]() -> Status {
        CD_TRY(registerKey(user->login, roleCode(user->role), identity, true));
        return setActive(*user, true, audit::action::UserEnabled);
    });
}

Status Vault::resetPassphrase(const QString &login, const QString &recoveryCode, const QString &newPassphrase)
{
    CD_TRY(requireLead());
    auto user = findUser(login);
    if (!user) return user.error();
    if (!user->active)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The user \"%1\" is disabled: reactivate them instead.").arg(user->login));
    if (const QString problem = passphraseProblem(newPassphrase); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    CD_TRY(checkRecoveryCode(recoveryCode));
    const KeySlotFile before = m_slots;
    // The user's private key is known only to their old passphrase: a reset gives them a new one,
    // and new signing keys certified by this lead.
    const Identity identity = Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), m_signer.key.publicKey());
    CD_TRY(writeUserSlot(user->login, newPassphrase, identity));
    CD_TRY(commitSlotChange(before, [&]() -> Status {
        CD_TRY(registerKey(user->login, roleCode(user->role), identity, true));
        CD_TRY(setMetaValue(u"rotation_due"_s, u"1"_s));
        auto e = m_audit->append(m_user.login, audit::action::PassphraseReset, user->login);
        return e ? Status() : Status(e.error());
    }));
    // The old passphrase may be known to someone: no copy of the old slot may open the vault.
    return replaceDatabaseKey(recoveryCode);
}

Status Vault::verifyPassphrase(const QString &passphrase)
{
    const int slot = m_slots.findUserSlot(m_user.login);
    if (slot < 0) return makeError(ErrorCode::UnknownUser, Tr::tr("Your key slot is missing. Ask the room lead."));
    auto payload = m_slots.openSlot(m_slots.slots[slot], crypto::passphraseBytes(passphrase));
    if (!payload) return payload.error();
    return {};
}

Status Vault::changePassphrase(const QString &currentPassphrase, const QString &newPassphrase)
{
    if (const QString problem = passphraseProblem(newPassphrase); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    CD_TRY(verifyPassphrase(currentPassphrase));
    const KeySlotFile before = m_slots;
    CD_TRY(writeUserSlot(m_user.login, newPassphrase, m_identity));
    CD_TRY(commitSlotChange(before, [&]() -> Status {
        auto e = m_audit->append(m_user.login, audit::action::PassphraseChanged, m_user.login);
        return e ? Status() : Status(e.error());
    }));
    // A copy of the slot file from before the change would let the old passphrase in: a new
    // database key makes such a copy useless.
    if (rotationNeedsRecoveryCode()) return {};
    return rotateDatabaseKey();
}

Status Vault::setPassphraseAfterRecovery(const QString &newPassphrase)
{
    if (!m_mustSetPassphrase)
        return makeError(ErrorCode::Usage,
                         Tr::tr("A new passphrase is set this way only after a recovery-code unlock."));
    const KeySlotFile before = m_slots;
    // A new identity, certified by the recovery key that let them in.
    Identity identity = Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), m_identity.anchor());
    CD_TRY(writeUserSlot(m_user.login, newPassphrase, identity));
    qint64 keyId = 0;
    CD_TRY(commitSlotChange(before, [&]() -> Status {
        audit::AuditKeys keys(*m_db, m_slots.vaultId);
        auto id = keys.add(m_user.login, roleCode(m_user.role), identity.signingKey().publicKey(), &m_signer);
        if (!id) return id.error();
        keyId = *id;
        auto e = m_audit->append(m_user.login, audit::action::PassphraseReset, m_user.login, u"recovery"_s);
        return e ? Status() : Status(e.error());
    }));
    m_userKey = identity.noteKey();
    m_identity = std::move(identity);
    m_signer = audit::Signer{keyId, m_identity.signingKey()};
    m_audit->setSigner(keyId, m_identity.signingKey(), m_slots.vaultId);
    m_mustSetPassphrase = false;
    return {};
}

}  // namespace cd::vault
