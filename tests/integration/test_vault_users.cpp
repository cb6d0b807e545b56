#include "support/TempVault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
const QString kCounselorPass = u"counselor passphrase"_s;
}

TEST_CASE("The lead adds a counselor who can then unlock with their own passphrase", "[users]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, u"王老师"_s, vault::Role::Counselor, kCounselorPass).ok());
        CHECK(vault->addUser(u"WANG"_s, {}, vault::Role::Counselor, kCounselorPass).error().code
              == ErrorCode::AlreadyExists);
        CHECK(vault->addUser(u"li"_s, {}, vault::Role::Counselor, u"short"_s).error().code == ErrorCode::InvalidInput);
        CHECK(vault->addUser(u"bad name"_s, {}, vault::Role::Counselor, kCounselorPass).error().code
              == ErrorCode::InvalidInput);
        auto users = vault->users();
        REQUIRE(users.ok());
        REQUIRE(users->size() == 2);
    }
    auto counselor = tv.open(u"wang"_s, kCounselorPass);
    CHECK(counselor->currentUser().displayName == u"王老师"_s);
    CHECK(counselor->currentUser().role == vault::Role::Counselor);
    CHECK_FALSE(counselor->isLead());
}

TEST_CASE("Roles are enforced in the core, not only in the UI", "[users]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, kCounselorPass).ok());
    }
    auto counselor = tv.open(u"wang"_s, kCounselorPass);
    CHECK(counselor->addUser(u"zhao"_s, {}, vault::Role::Counselor, kCounselorPass).error().code
          == ErrorCode::PermissionDenied);
    CHECK(counselor->disableUser(kLeadLogin).error().code == ErrorCode::PermissionDenied);
    CHECK(counselor->reactivateUser(kLeadLogin, kCounselorPass).error().code == ErrorCode::PermissionDenied);
    CHECK(counselor->resetPassphrase(kLeadLogin, tv.recoveryCode(), kCounselorPass).error().code
          == ErrorCode::PermissionDenied);
    // A counselor may still change their own passphrase.
    CHECK(counselor->changePassphrase(kCounselorPass, u"my new passphrase"_s).ok());
}

TEST_CASE("A disabled user cannot unlock, reactivation gives a new passphrase", "[users]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, kCounselorPass).ok());
        REQUIRE(vault->disableUser(u"wang"_s).ok());
        CHECK(vault->disableUser(kLeadLogin).error().code == ErrorCode::InvalidInput);  // not oneself
    }
    CHECK(tryOpen(tv.dir(), u"wang"_s, kCounselorPass).error == ErrorCode::UnknownUser);
    {
        auto vault = tv.open();
        CHECK(vault->reactivateUser(u"wang"_s, u"short"_s).error().code == ErrorCode::InvalidInput);
        REQUIRE(vault->reactivateUser(u"wang"_s, u"fresh passphrase 2"_s).ok());
    }
    CHECK(tryOpen(tv.dir(), u"wang"_s, kCounselorPass).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), u"wang"_s, u"fresh passphrase 2"_s).opened());
}

TEST_CASE("The last active room lead cannot be disabled", "[users]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"second"_s, {}, vault::Role::Lead, kCounselorPass).ok());
    }
    auto second = tv.open(u"second"_s, kCounselorPass);
    REQUIRE(second->disableUser(kLeadLogin).ok());
    second.reset();
    auto again = tv.open(u"second"_s, kCounselorPass);
    CHECK(again->disableUser(u"second"_s).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("The lead resets a forgotten passphrase with the recovery code", "[users][recovery]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, kCounselorPass).ok());
        CHECK(vault->resetPassphrase(u"wang"_s, u"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"_s, u"reset passphrase"_s).error().code
              == ErrorCode::WrongPassphrase);
        REQUIRE(vault->resetPassphrase(u"wang"_s, tv.recoveryCode(), u"reset passphrase"_s).ok());
        // The reset, then the key rotation it causes (an old copy of wang's slot opens nothing).
        auto log = vault->audit().recent(2);
        REQUIRE(log.ok());
        REQUIRE(log->size() == 2);
        CHECK(log->at(0).action == QLatin1String(audit::action::KeyRotated));
        CHECK(log->at(1).action == QLatin1String(audit::action::PassphraseReset));
        CHECK(log->at(1).target == u"wang"_s);
    }
    CHECK(tryOpen(tv.dir(), u"wang"_s, kCounselorPass).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), u"wang"_s, u"reset passphrase"_s).opened());
}

TEST_CASE("Logins that differ only in letter case never share a key slot", "[users]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->addUser(u"émile"_s, {}, vault::Role::Counselor, kCounselorPass).ok());
    CHECK(vault->addUser(u"Émile"_s, {}, vault::Role::Counselor, u"another passphrase 1"_s).error().code
          == ErrorCode::AlreadyExists);
    vault.reset();
    CHECK(tryOpen(tv.dir(), u"émile"_s, kCounselorPass).opened());
}
