// Unlock budget: "the KDF time plus under 50 ms". Measures the KDF alone at the default strength,
// and a whole unlock (lock file, key slots, KDF, MAC, database open, quick_check, marker check,
// audit row, marker write) with the minimal KDF, whose own cost is measured beside it: the
// difference is the overhead the budget limits.

#include <catch2/catch.hpp>

#include "demo/DemoSchool.h"
#include "support/TempVault.h"
#include "vault/KeySlotFile.h"

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("bench: unlock", "[bench]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(demo::populateDemo(*vault, 1, kLeadPassphrase).ok());
    }
    const QByteArray salt(16, 's');
    const auto pass = crypto::passphraseBytes(kLeadPassphrase);

    BENCHMARK("KDF alone, minimal (8 MiB, 1 pass)")
    {
        return crypto::deriveKey(pass, salt, crypto::kdfParams(crypto::KdfStrength::Minimal)).ok();
    };
    BENCHMARK("whole unlock + lock, minimal KDF")
    {
        auto vault = vault::Vault::open(tv.dir(), kLeadLogin, kLeadPassphrase);
        return vault.ok();
    };
    BENCHMARK("KDF alone, moderate (default: 256 MiB, 3 passes)")
    {
        return crypto::deriveKey(pass, salt, crypto::kdfParams(crypto::KdfStrength::Moderate)).ok();
    };
}
