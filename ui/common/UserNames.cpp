#include "ui/common/UserNames.h"

#include "core/vault/Vault.h"

namespace cd::ui {

UserNames::UserNames(vault::Vault &vault)
{
    if (auto users = vault.users())
        for (const vault::UserInfo &u : *users)
            if (!u.displayName.trimmed().isEmpty()) m_names.insert(u.login, u.displayName);
    const auto &me = vault.currentUser();
    if (!me.displayName.trimmed().isEmpty()) m_names.insert(me.login, me.displayName);
}

QString UserNames::name(const QString &login) const { return m_names.value(login, login); }

QString userName(vault::Vault &vault, const QString &login)
{
    if (login.isEmpty()) return login;
    return UserNames(vault).name(login);
}

}  // namespace cd::ui
