#pragma once
// A real encrypted vault in a temporary folder, made with the minimal KDF so tests stay fast.

#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cd::test {

inline const QString kLeadLogin = QStringLiteral("lead");
inline const QString kLeadPassphrase = QStringLiteral("correct horse battery");

class TempVault {
public:
    /// Creates the vault and closes it again (unless `keepOpen`); `recoveryCode()` is kept.
    explicit TempVault(bool keepOpen = false);

    QString dir() const { return m_dir.filePath(QStringLiteral("vault")); }
    QString root() const { return m_dir.path(); }
    const QString &recoveryCode() const { return m_recoveryCode; }
    /// The vault as created, when kept open.
    std::unique_ptr<vault::Vault> &created() { return m_vault; }

    /// Opens as the lead (or another user); REQUIREs success.
    std::unique_ptr<vault::Vault> open(const QString &login = kLeadLogin,
                                       const QString &passphrase = kLeadPassphrase) const;

private:
    QTemporaryDir m_dir;
    QString m_recoveryCode;
    std::unique_ptr<vault::Vault> m_vault;
};

/// Opens and returns the error code (ErrorCode::Internal stands for "it opened").
ErrorCode openError(const QString &dir, const QString &login, const QString &secret,
                    vault::UnlockMethod method = vault::UnlockMethod::Passphrase);

}  // namespace cd::test
