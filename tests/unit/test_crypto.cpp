#include "crypto/Crypto.h"

#include <catch2/catch.hpp>

using namespace cd::crypto;

TEST_CASE("Argon2id derivation is deterministic for the same salt and differs otherwise", "[crypto]")
{
    const QByteArray salt(16, 'a');
    const auto params = kdfParams(KdfStrength::Minimal);
    auto a = deriveKey(passphraseBytes(QStringLiteral("一段足够长的口令 passphrase")), salt, params);
    auto b = deriveKey(passphraseBytes(QStringLiteral("一段足够长的口令 passphrase")), salt, params);
    auto c = deriveKey(passphraseBytes(QStringLiteral("一段足够长的口令 passphrasf")), salt, params);
    auto d = deriveKey(passphraseBytes(QStringLiteral("一段足够长的口令 passphrase")), QByteArray(16, 'b'), params);
    REQUIRE(a.ok());
    REQUIRE(a->size() == kKeyBytes);
    CHECK(a->equals(*b));
    CHECK_FALSE(a->equals(*c));
    CHECK_FALSE(a->equals(*d));
}

TEST_CASE("Hostile KDF parameters are refused before any memory is allocated", "[crypto]")
{
    CHECK_FALSE(kdfParamsAcceptable({0, 8u << 20}));
    CHECK_FALSE(kdfParamsAcceptable({3, 1ull << 40}));
    CHECK_FALSE(kdfParamsAcceptable({1000, 8u << 20}));
    CHECK(kdfParamsAcceptable(kdfParams(KdfStrength::Moderate)));
    auto refused = deriveKey(passphraseBytes(QStringLiteral("x")), QByteArray(16, 'a'), {3, 1ull << 40});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == cd::ErrorCode::Damaged);
}

TEST_CASE("The default strength is at least libsodium's moderate", "[crypto]")
{
    const auto moderate = kdfParams(KdfStrength::Moderate);
    CHECK(moderate.opsLimit >= 3);
    CHECK(moderate.memLimit >= 256ull * 1024 * 1024);
    CHECK(kdfStrengthFromName(QStringLiteral("moderate")) == KdfStrength::Moderate);
    CHECK_FALSE(kdfStrengthFromName(QStringLiteral("weak")).has_value());
}

TEST_CASE("Sealed payloads open only with the same key and associated data", "[crypto]")
{
    const SecureBuffer key = SecureBuffer::random(kKeyBytes);
    const SecureBuffer payload = SecureBuffer::random(64);
    const QByteArray sealed = seal(key, payload, "header");
    CHECK(sealed.size() == static_cast<qsizetype>(kNonceBytes + 64 + kTagBytes));

    auto opened = open(key, sealed, "header");
    REQUIRE(opened.has_value());
    CHECK(opened->equals(payload));

    CHECK_FALSE(open(key, sealed, "headex").has_value());
    CHECK_FALSE(open(SecureBuffer::random(kKeyBytes), sealed, "header").has_value());
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray tampered = sealed;
        tampered[i] = static_cast<char>(tampered[i] ^ 1);
        CHECK_FALSE(open(key, tampered, "header").has_value());
    }
    CHECK_FALSE(open(key, sealed.left(10), "header").has_value());
}

TEST_CASE("Subkeys differ per purpose and keyed hashes per key", "[crypto]")
{
    const SecureBuffer master = SecureBuffer::random(kKeyBytes);
    const SecureBuffer audit = subkey(master, 2, "CDAUDIT_");
    const SecureBuffer slots = subkey(master, 1, "CDSLOTS_");
    CHECK_FALSE(audit.equals(slots));
    CHECK(subkey(master, 2, "CDAUDIT_").equals(audit));
    CHECK(hash("data", &audit) != hash("data", &slots));
    CHECK(hash("data") == hash("data"));
    CHECK(hash("data").size() == 32);
}

TEST_CASE("SecureBuffer moves and slices, clear() and takeFrom() leave no copy behind", "[crypto]")
{
    // The overwrite itself happens as the memory is freed (sodium_free, sodium_memzero before a
    // QByteArray releases its block): reading it back afterwards would be undefined behaviour, so
    // what is checked is that nothing keeps the bytes: the buffer and the source let go of them.
    SecureBuffer a = SecureBuffer::random(64);
    const SecureBuffer head = a.mid(0, 32);
    CHECK(head.size() == 32);
    CHECK(std::equal(head.data(), head.data() + 32, a.data()));
    SecureBuffer b = std::move(a);
    CHECK(a.isEmpty());  // NOLINT(bugprone-use-after-move): moved-from state is part of the contract
    CHECK(a.data() == nullptr);  // NOLINT(bugprone-use-after-move)
    CHECK(b.size() == 64);
    CHECK(b.mid(60, 8).isEmpty());
    b.clear();
    CHECK(b.isEmpty());
    CHECK(b.data() == nullptr);

    QByteArray plain("secret");
    const SecureBuffer taken = SecureBuffer::takeFrom(plain);
    CHECK(plain.isEmpty());
    REQUIRE(taken.size() == 6);
    CHECK(std::equal(taken.data(), taken.data() + 6, reinterpret_cast<const unsigned char *>("secret")));
    QByteArray other("another secret");
    wipe(other);
    CHECK(other.isEmpty());
}
