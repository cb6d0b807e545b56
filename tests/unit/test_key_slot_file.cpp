#include "vault/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

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

/// The first three lines as given, then the "sum" line that matches them: anyone can compute it,
/// so what the checks after the checksum refuse is refused here with a checksum that holds.
QByteArray withChecksum(const QByteArray &firstThreeLines)
{
    return firstThreeLines + "sum " + crypto::hash(firstThreeLines).toHex() + '\n';
}

/// `file` with its JSON body (line 2) edited and the checksum recomputed.
QByteArray withBody(const QByteArray &file, const std::function<void(QJsonObject &)> &edit)
{
    const QList<QByteArray> lines = file.split('\n');
    REQUIRE(lines.size() == 5);
    QJsonObject body = QJsonDocument::fromJson(lines[1]).object();
    REQUIRE_FALSE(body.isEmpty());
    edit(body);
    return withChecksum(lines[0] + '\n' + QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n' + lines[2] + '\n');
}

/// `edit` applied to the first slot object of the body.
std::function<void(QJsonObject &)> firstSlot(const std::function<void(QJsonObject &)> &edit)
{
    return [edit](QJsonObject &body) {
        QJsonArray slots = body.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        edit(slot);
        slots.replace(0, slot);
        body.insert(QStringLiteral("slots"), slots);
    };
}

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

TEST_CASE("A checksum that holds does not make a malformed key-slot file acceptable", "[keyslots]")
{
    Fixture fx;
    const QByteArray original = fx.bytes();
    const QList<QByteArray> lines = original.split('\n');
    REQUIRE(lines.size() == 5);
    const QByteArray head = lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n';
    REQUIRE(withChecksum(head) == original);  // the recomputed checksum is the file's own

    using Edit = std::function<void(QJsonObject &)>;
    const auto remove = [](const char *key) -> Edit {
        return [key](QJsonObject &o) { o.remove(QLatin1String(key)); };
    };
    const auto set = [](const char *key, const QJsonValue &value) -> Edit {
        return [key, value](QJsonObject &o) { o.insert(QLatin1String(key), value); };
    };
    const QList<std::pair<const char *, QByteArray>> malformed = {
        {"a fifth line", withChecksum(head + "one line too many\n")},
        {"another magic line", withChecksum("CounselDesk key slots 3\n" + lines[1] + '\n' + lines[2] + '\n')},
        {"no mac line", withChecksum(lines[0] + '\n' + lines[1] + '\n' + "MAC" + lines[2].mid(3) + '\n')},
        {"no sum line", head + "SUM " + lines[3].mid(4) + '\n'},  // the right checksum, under another name
        {"no JSON", withChecksum(lines[0] + "\n{\n" + lines[2] + '\n')},
        {"no vault id", withBody(original, remove("vault"))},
        {"no login salt", withBody(original, remove("idsalt"))},
        {"a negative marker", withBody(original, [](QJsonObject &body) {
             QJsonObject marker = body.value(QStringLiteral("marker")).toObject();
             marker.insert(QStringLiteral("seq"), -1);
             body.insert(QStringLiteral("marker"), marker);
         })},
        {"a slot of no known kind", withBody(original, firstSlot(set("kind", QStringLiteral("admin"))))},
        {"a slot without id", withBody(original, firstSlot(remove("id")))},
        {"a slot without salt", withBody(original, firstSlot(remove("salt")))},
        {"another KDF", withBody(original, firstSlot(set("alg", QStringLiteral("scrypt"))))},
        {"hostile KDF costs", withBody(original, firstSlot(set("ops", 0)))},
    };
    for (const auto &[what, content] : malformed) {
        INFO(what);
        fx.write(content);
        auto loaded = KeySlotFile::load(fx.path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("The key-slot file's limits: accepted up to them, refused past them", "[keyslots]")
{
    Fixture fx;
    const auto loads = [&fx](const KeySlotFile &file) {
        REQUIRE(file.save(fx.path, fx.dbKey).ok());
        return KeySlotFile::load(fx.path);
    };
    // A marker of 0 (no audit row recorded yet) is a marker.
    KeySlotFile fresh = fx.file;
    fresh.marker = {};
    auto loaded = loads(fresh);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    CHECK(loaded.ok());

    // 256 slots, not 257.
    KeySlotFile many = fx.file;
    while (many.slots.size() < 256) many.slots.append(fx.file.slots.first());
    CHECK(loads(many).ok());
    many.slots.append(fx.file.slots.first());
    CHECK(loads(many).error().code == ErrorCode::Damaged);

    // A sealed payload as short as a nonce and a tag (an empty payload) is well-formed; shorter is not.
    KeySlotFile shortSeal = fx.file;
    shortSeal.slots[0].sealed = QByteArray(static_cast<qsizetype>(crypto::kNonceBytes + crypto::kTagBytes), 's');
    CHECK(loads(shortSeal).ok());
    shortSeal.slots[0].sealed.chop(1);
    CHECK(loads(shortSeal).error().code == ErrorCode::Damaged);

    // 1 MiB exactly (the JSON padded with spaces), not a byte more.
    REQUIRE(fx.file.save(fx.path, fx.dbKey).ok());
    const QList<QByteArray> lines = fx.bytes().split('\n');
    const qsizetype fixed = lines[0].size() + 1 + lines[1].size() + 1 + lines[2].size() + 1 + 4 + 64 + 1;
    const QByteArray padded = lines[1].left(lines[1].size() - 1) + QByteArray((1 << 20) - fixed, ' ') + '}';
    const QByteArray exactly = withChecksum(lines[0] + '\n' + padded + '\n' + lines[2] + '\n');
    REQUIRE(exactly.size() == 1 << 20);
    fx.write(exactly);
    CHECK(KeySlotFile::load(fx.path).ok());
    const QByteArray over = withChecksum(lines[0] + '\n' + padded.left(padded.size() - 1) + " }\n" + lines[2] + '\n');
    REQUIRE(over.size() == (1 << 20) + 1);
    fx.write(over);
    CHECK(KeySlotFile::load(fx.path).error().code == ErrorCode::Damaged);
}
