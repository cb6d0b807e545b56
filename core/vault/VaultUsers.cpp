// User management of a Vault: key slots in the key-slot file, rows in the users table, and an
// audit row for every change. Role rules live here, not in the UI.

#include "common/Clock.h"
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

Status Vault::writeUserSlot(const QString &login, const QString &passphrase, const crypto::SecureBuffer &userKey)
{
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    crypto::SecureBuffer payload(64);
    std::copy(m_dbKey.data(), m_dbKey.data() + 32, payload.data());
    std::copy(userKey.data(), userKey.data() + 32, payload.data() + 32);
    auto slot = m_slots.makeSlot(SlotKind::User, m_slots.loginId(login), m_kdf, crypto::passphraseBytes(passphrase),
                                 payload);
    if (!slot) return slot.error();
    const int existing = m_slots.findUserSlot(login);
    if (existing >= 0) m_slots.slots[existing] = *slot;
    else m_slots.slots.append(*slot);
    return {};
}

Status Vault::addUser(const QString &login, const QString &displayName, Role role, const QString &passphrase)
{
    CD_TRY(requireLead());
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (findUser(login).ok())
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("A user named \"%1\" already exists. Choose another name.").arg(login.trimmed()));
    const KeySlotFile before = m_slots;
    CD_TRY(writeUserSlot(login, passphrase, crypto::SecureBuffer::random(crypto::kKeyBytes)));

    storage::Transaction tx(*m_db);
    if (!tx.began()) return tx.beginError();
    auto stmt = m_db->prepare(u"INSERT INTO users (login, display_name, role, active, created_at, changed_at) "
                              "VALUES (?, ?, ?, 1, ?, ?)"_s);
    if (!stmt) return stmt.error();
    const QString now = clock::toStorage(clock::now());
    const QString name = displayName.trimmed().isEmpty() ? login.trimmed() : displayName.trimmed();
    stmt->bind(1, login.trimmed()).bind(2, name).bind(3, roleCode(role)).bind(4, now).bind(5, now);
    CD_TRY(stmt->exec());
    if (auto e = m_audit->append(m_user.login, audit::action::UserAdded, login.trimmed(), roleCode(role)); !e)
        return e.error();
    // The slot file is written before the commit: if it cannot be written, nothing is committed.
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    CD_TRY(tx.commit());
    return syncMarker();
}

Status Vault::disableUser(const QString &login)
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
    storage::Transaction tx(*m_db);
    if (!tx.began()) return tx.beginError();
    auto stmt = m_db->prepare(u"UPDATE users SET active = 0, changed_at = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, clock::toStorage(clock::now())).bind(2, user->id);
    CD_TRY(stmt->exec());
    if (auto e = m_audit->append(m_user.login, audit::action::UserDisabled, user->login); !e) return e.error();
    const KeySlotFile before = m_slots;
    const int slot = m_slots.findUserSlot(user->login);
    if (slot >= 0) m_slots.slots.removeAt(slot);
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    CD_TRY(tx.commit());
    return syncMarker();
}

Status Vault::reactivateUser(const QString &login, const QString &newPassphrase)
{
    CD_TRY(requireLead());
    auto user = findUser(login);
    if (!user) return user.error();
    if (user->active)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The user \"%1\" is already active.").arg(user->login));
    const KeySlotFile before = m_slots;
    CD_TRY(writeUserSlot(user->login, newPassphrase, crypto::SecureBuffer::random(crypto::kKeyBytes)));
    storage::Transaction tx(*m_db);
    if (!tx.began()) return tx.beginError();
    auto stmt = m_db->prepare(u"UPDATE users SET active = 1, changed_at = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, clock::toStorage(clock::now())).bind(2, user->id);
    CD_TRY(stmt->exec());
    if (auto e = m_audit->append(m_user.login, audit::action::UserEnabled, user->login); !e) return e.error();
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    CD_TRY(tx.commit());
    return syncMarker();
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
    const int recovery = m_slots.recoverySlot();
    if (recovery < 0) return makeError(ErrorCode::Damaged, Tr::tr("The vault has no recovery slot."));
    const crypto::SecureBuffer secret = recoverySecret(recoveryCode);
    if (secret.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Tr::tr("That is not a recovery code: it has 24 letters and digits in six groups."));
    auto opened = m_slots.openSlot(m_slots.slots[recovery], secret);
    if (!opened) return opened.error();
    const KeySlotFile before = m_slots;
    // The user's private key is known only to their old passphrase: a reset gives them a new one.
    CD_TRY(writeUserSlot(user->login, newPassphrase, crypto::SecureBuffer::random(crypto::kKeyBytes)));
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    return audited(audit::action::PassphraseReset, user->login);
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
    CD_TRY(writeUserSlot(m_user.login, newPassphrase, m_userKey));
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    return audited(audit::action::PassphraseChanged, m_user.login);
}

Status Vault::setPassphraseAfterRecovery(const QString &newPassphrase)
{
    if (!m_mustSetPassphrase)
        return makeError(ErrorCode::Usage, Tr::tr("A new passphrase is set this way only after a recovery-code unlock."));
    const KeySlotFile before = m_slots;
    crypto::SecureBuffer userKey = crypto::SecureBuffer::random(crypto::kKeyBytes);
    CD_TRY(writeUserSlot(m_user.login, newPassphrase, userKey));
    if (auto st = saveSlots(); !st) {
        m_slots = before;
        return st;
    }
    m_userKey = std::move(userKey);
    m_mustSetPassphrase = false;
    return audited(audit::action::PassphraseReset, m_user.login, u"recovery"_s);
}

}  // namespace cd::vault
