#pragma once
// A real encrypted vault in a temporary folder, made with the minimal KDF so tests stay fast.

#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

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

/// What one attempt to open a vault gave. "It opened" is no error code, so a check that expects
/// the vault to open cannot pass on a failure (ErrorCode::Internal included), nor the reverse.
struct OpenAttempt {
    std::optional<ErrorCode> error;  ///< empty when the vault opened
    QString message;                 ///< the error's sentence, when it did not
    bool opened() const { return !error.has_value(); }
};

/// Opens (and closes again) the vault; on a failure the error's sentence is reported with the
/// next assertion if that one fails.
OpenAttempt tryOpen(const QString &dir, const QString &login, const QString &secret,
                    vault::UnlockMethod method = vault::UnlockMethod::Passphrase);

}  // namespace cd::test

namespace Catch {
/// "opened" or the error code's number, in the expansion of a failed `attempt.error == code`.
template <>
struct StringMaker<std::optional<cd::ErrorCode>> {
    static std::string convert(const std::optional<cd::ErrorCode> &error)
    {
        return error ? "error " + std::to_string(static_cast<int>(*error)) : std::string("opened");
    }
};
}  // namespace Catch
