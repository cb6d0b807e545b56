#include "support/FileSnapshot.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("A created vault opens for its lead and remembers the school", "[vault]")
{
    TempVault tv;
    auto vault = tv.open();
    CHECK(vault->currentUser().login == kLeadLogin);
    CHECK(vault->currentUser().role == vault::Role::Lead);
    CHECK(vault->school().name == u"Synthetic Test School"_s);
    CHECK(vault->school().type == vault::SchoolType::JuniorHigh);
    CHECK(vault->userKey().size() == 32);
    CHECK_FALSE(vault->mustSetPassphrase());
    auto report = vault->check(false);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("Creating refuses a folder that holds a vault and bad first-user input", "[vault]")
{
    TempVault tv;
    vault::CreateOptions options;
    options.school = {u"X"_s, vault::SchoolType::Primary};
    options.leadLogin = u"lead"_s;
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    CHECK(vault::Vault::create(tv.dir(), options).error().code == ErrorCode::AlreadyExists);

    QTemporaryDir other;
    options.passphrase = u"short"_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    options.passphrase = kLeadPassphrase;
    options.leadLogin = u"two words"_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    options.leadLogin = u"lead"_s;
    options.school.name = u"   "_s;
    CHECK(vault::Vault::create(other.filePath(u"v"_s), options).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(vault::Vault::exists(other.filePath(u"v"_s)));
}

TEST_CASE("Unlock, lock and re-unlock write audit rows and keep the chain intact", "[vault][audit]")
{
    TempVault tv;
    for (int i = 0; i < 3; ++i) {
        auto vault = tv.open();
        vault->close(u"test"_s);
        CHECK_FALSE(vault->isOpen());
    }
    auto vault = tv.open();
    auto entries = vault->audit().recent(100);
    REQUIRE(entries.ok());
    int unlocks = 0;
    int locks = 0;
    for (const auto &e : *entries) {
        unlocks += e.action == QLatin1String(audit::action::Unlocked);
        locks += e.action == QLatin1String(audit::action::Locked);
    }
    CHECK(unlocks == 4);
    CHECK(locks == 4);  // the creation session's lock too
    auto report = vault->check(true);
    REQUIRE(report.ok());
    CHECK(report->chain.intact());
    CHECK(report->marker.ok());
}

TEST_CASE("Recovery code unlock requires a new passphrase, then the new one works", "[vault][recovery]")
{
    TempVault tv;
    {
        auto opened = vault::Vault::open(tv.dir(), kLeadLogin, tv.recoveryCode().toLower(),
                                         vault::UnlockMethod::RecoveryCode);
        REQUIRE(opened.ok());
        auto &vault = *opened;
        CHECK(vault->mustSetPassphrase());
        CHECK(vault->userKey().isEmpty());
        // Until a new passphrase is set, the lead's powers are withheld.
        CHECK(vault->addUser(u"x"_s, {}, vault::Role::Counselor, kLeadPassphrase).error().code
              == ErrorCode::PermissionDenied);
        CHECK(vault->setPassphraseAfterRecovery(u"short"_s).error().code == ErrorCode::InvalidInput);
        REQUIRE(vault->setPassphraseAfterRecovery(u"a brand new passphrase"_s).ok());
        CHECK_FALSE(vault->mustSetPassphrase());
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"a brand new passphrase"_s).opened());
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"_s, vault::UnlockMethod::RecoveryCode).error
          == ErrorCode::WrongPassphrase);
    CHECK(tryOpen(tv.dir(), kLeadLogin, u"not a code"_s, vault::UnlockMethod::RecoveryCode).error
          == ErrorCode::WrongPassphrase);
}

TEST_CASE("Changing one's passphrase rewraps one slot and never touches the database", "[vault]")
{
    TempVault tv;
    const auto before = snapshotFolder(tv.dir());
    auto vault = tv.open();
    const QByteArray userKey(reinterpret_cast<const char *>(vault->userKey().data()), 32);
    CHECK(vault->changePassphrase(u"wrong current pass"_s, u"another passphrase"_s).error().code
          == ErrorCode::WrongPassphrase);
    REQUIRE(vault->changePassphrase(kLeadPassphrase, u"another passphrase"_s).ok());
    vault.reset();
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::WrongPassphrase);
    auto reopened = tv.open(kLeadLogin, u"another passphrase"_s);
    // The user's private key survives a passphrase change.
    CHECK(QByteArray(reinterpret_cast<const char *>(reopened->userKey().data()), 32) == userKey);
    CHECK(reopened->verifyPassphrase(u"another passphrase"_s).ok());
    CHECK(reopened->verifyPassphrase(kLeadPassphrase).error().code == ErrorCode::WrongPassphrase);
    (void)before;
}

TEST_CASE("A missing folder or database is reported plainly", "[vault]")
{
    QTemporaryDir dir;
    CHECK(tryOpen(dir.filePath(u"none"_s), kLeadLogin, kLeadPassphrase).error == ErrorCode::NotFound);
    TempVault tv;
    QFile::remove(vault::VaultPaths::database(tv.dir()));
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
}
