#pragma once
// Who did something, as people know them: a user's display name for the login a record keeps
// (the login itself only when the user has no display name or is no longer in the vault).

#include <QHash>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// Display names by login, read once for a list.
class UserNames {
public:
    explicit UserNames(vault::Vault &vault);
    /// The display name of `login`; `login` when there is none.
    QString name(const QString &login) const;

private:
    QHash<QString, QString> m_names;
};

/// One name, for a single line (reads the users; use UserNames for a list).
QString userName(vault::Vault &vault, const QString &login);

}  // namespace cd::ui
