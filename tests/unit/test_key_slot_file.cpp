#include "vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::vault;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("keyslots.cdk"));
    crypto::SecureBuffer dbKey = crypto::SecureBuffer::random(32);
    KeySlotFile file = KeySlotFile::createNew();
    const crypto::KdfParams kdf = crypto::kdfParams(crypto::KdfStrength::Minimal);

    Fixture()
    {
        auto user = file.makeSlot(SlotKind::User, file.loginId(QStringLiteral("Lead")), kdf,
                                  crypto::passphraseBytes(QStringLiteral("first passphrase")), dbKey);
        auto recovery = file.makeSlot(SlotKind::Recovery, QByteArray(16, '\0'), kdf,
                                      crypto::passphraseBytes(QStringLiteral("RECOVERYCODE")), dbKey);
        REQUIRE(user.ok());
        REQUIRE(recovery.ok());
        file.slots = {*user, *recovery};
        file.marker = {7, QByteArray(32, 'h'), {}};
        REQUIRE(file.save(path, dbKey).ok());
    }

    QByteArray bytes() const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    void write(const QByteArray &content) const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
};

}  // namespace

TEST_CASE("A saved key-slot file loads back with its slots, marker and a valid MAC", "[keyslots]")
{
    Fixture fx;
    auto loaded = KeySlotFile::load(fx.path);
    REQUIRE(loaded.ok());
    CHECK(loaded->vaultId == fx.file.vaultId);
    CHECK(loaded->marker.seq == 7);
    CHECK(loaded->marker.hash == QByteArray(32, 'h'));
    REQUIRE(loaded->slots.size() == 2);
    CHECK(loaded->verifyMac(fx.dbKey).ok());
    CHECK(loaded->verifyMac(crypto::SecureBuffer::random(32)).error().code == ErrorCode::Tampered);

    const int slot = loaded->findUserSlot(QStringLiteral("  lead "));  // logins are trimmed and case-folded
    REQUIRE(slot == 0);
    auto payload = loaded->openSlot(loaded->slots[slot], crypto::passphraseBytes(QStringLiteral("first passphrase")));
    REQUIRE(payload.ok());
    CHECK(payload->equals(fx.dbKey));
    auto wrong = loaded->openSlot(loaded->slots[slot], crypto::passphraseBytes(QStringLiteral("first passphrasE")));
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(loaded->recoverySlot() == 1);
    CHECK(loaded->findUserSlot(QStringLiteral("nobody")) == -1);
}

TEST_CASE("The key-slot file holds no login in plain text", "[keyslots]")
{
    Fixture fx;
    CHECK_FALSE(fx.bytes().contains("Lead"));
    CHECK_FALSE(fx.bytes().contains("lead"));
}

TEST_CASE("Any flipped byte of the key-slot file is reported as damage", "[keyslots]")
{
    Fixture fx;
    const QByteArray original = fx.bytes();
    for (qsizetype offset = 0; offset < original.size(); ++offset) {
        QByteArray damaged = original;
        damaged[offset] = static_cast<char>(damaged[offset] ^ 0x04);
        fx.write(damaged);
        auto loaded = KeySlotFile::load(fx.path);
        INFO("offset " << offset);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("An edit with a recomputed checksum still cannot open or pass the MAC", "[keyslots]")
{
    Fixture fx;
    auto loaded = KeySlotFile::load(fx.path);
    REQUIRE(loaded.ok());
    // An attacker who rewrites the file (valid checksum) but lacks the database key:
    KeySlotFile forged = *loaded;
    forged.marker.seq = 1;
    REQUIRE(forged.save(fx.path, crypto::SecureBuffer::random(32)).ok());
    auto reloaded = KeySlotFile::load(fx.path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->verifyMac(fx.dbKey).error().code == ErrorCode::Tampered);

    // Raising a slot's cost parameters changes its associated data: it no longer opens.
    KeySlotFile costly = *loaded;
    costly.slots[0].kdf.opsLimit += 1;
    auto opened = costly.openSlot(costly.slots[0], crypto::passphraseBytes(QStringLiteral("first passphrase")));
    CHECK(opened.error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("Truncated, empty, oversized and foreign files are refused clearly", "[keyslots]")
{
    Fixture fx;
    const QByteArray original = fx.bytes();
    for (const QByteArray &content : {QByteArray(), original.left(original.size() / 2), QByteArray("not a vault\n"),
                                      QByteArray(2 << 20, 'x'), original + "extra\n"}) {
        fx.write(content);
        auto loaded = KeySlotFile::load(fx.path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Damaged);
        CHECK(loaded.error().message.contains(fx.path));
    }
    QFile::remove(fx.path);
    CHECK(KeySlotFile::load(fx.path).error().code == ErrorCode::NotFound);
}
