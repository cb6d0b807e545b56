#include "support/TempVault.h"

#include <catch2/catch.hpp>

namespace cd::test {

TempVault::TempVault(bool keepOpen)
{
    vault::CreateOptions options;
    options.school = {QStringLiteral("Synthetic Test School"), vault::SchoolType::JuniorHigh};
    options.leadLogin = kLeadLogin;
    options.leadDisplayName = QStringLiteral("Lead Counselor");
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    auto created = vault::Vault::create(dir(), options);
    if (!created) FAIL(created.error().message.toStdString());
    m_recoveryCode = created->recoveryCode;
    if (keepOpen) m_vault = std::move(created->vault);
}

std::unique_ptr<vault::Vault> TempVault::open(const QString &login, const QString &passphrase) const
{
    auto opened = vault::Vault::open(dir(), login, passphrase);
    if (!opened) FAIL(opened.error().message.toStdString());
    return std::move(*opened);
}

OpenAttempt tryOpen(const QString &dir, const QString &login, const QString &secret, vault::UnlockMethod method)
{
    auto opened = vault::Vault::open(dir, login, secret, method);
    if (opened) return {};
    UNSCOPED_INFO("the vault did not open: error " << static_cast<int>(opened.error().code) << ", "
                                                    << opened.error().message.toStdString());
    return {opened.error().code, opened.error().message};
}

}  // namespace cd::test
