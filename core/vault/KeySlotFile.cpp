#include "vault/KeySlotFile.h"

#include "common/AtomicFile.h"
#include "crypto/KeyPairs.h"
#include "vault/Identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {

constexpr char kMagic[] = "CounselDesk key slots 2";
constexpr char kMagicV1[] = "CounselDesk key slots 1";
constexpr qint64 kMaxFileSize = 1 << 20;
constexpr int kMaxSlots = 256;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

Error damaged(const QString &path)
{
    return makeError(ErrorCode::Damaged,
                     Tr::tr("The key-slot file %1 is damaged or was changed. Restore the vault from a backup.").arg(path));
}

QString kindName(SlotKind kind) { return kind == SlotKind::User ? u"user"_s : u"recovery"_s; }

QByteArray fromBase64Strict(const QJsonValue &value, qsizetype expectedSize = -1)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize)) return {};
    return decoded.decoded;
}

}  // namespace

QString normalizedLogin(const QString &login) { return login.trimmed().toCaseFolded(); }

KeySlotFile KeySlotFile::createNew()
{
    KeySlotFile file;
    file.vaultId = crypto::randomBytes(16);
    file.idSalt = crypto::randomBytes(16);
    return file;
}

QByteArray KeySlotFile::loginId(const QString &login) const
{
    crypto::SecureBuffer key = crypto::SecureBuffer::copyOf(idSalt.constData(), static_cast<std::size_t>(idSalt.size()));
    return crypto::hash(normalizedLogin(login).toUtf8(), &key).left(16);
}

int KeySlotFile::findUserSlot(const QString &login) const
{
    const QByteArray id = loginId(login);
    for (int i = 0; i < slots.size(); ++i)
        if (slots[i].kind == SlotKind::User && slots[i].id == id) return i;
    return -1;
}

int KeySlotFile::recoverySlot() const
{
    for (int i = 0; i < slots.size(); ++i)
        if (slots[i].kind == SlotKind::Recovery) return i;
    return -1;
}

QByteArray KeySlotFile::associatedData(const KeySlot &slot) const
{
    // Every header field is authenticated: change any of them and the slot no longer opens.
    if (slot.holdsIdentity())
        return "cdslot2|" + vaultId.toHex() + '|' + kindName(slot.kind).toLatin1() + '|' + slot.id.toHex()
             + "|argon2id13|" + QByteArray::number(slot.kdf.opsLimit) + '|' + QByteArray::number(slot.kdf.memLimit)
             + '|' + slot.salt.toHex() + '|' + slot.publicKey.toHex();
    return "cdslot1|" + vaultId.toHex() + '|' + kindName(slot.kind).toLatin1() + '|' + slot.id.toHex() + "|argon2id13|"
         + QByteArray::number(slot.kdf.opsLimit) + '|' + QByteArray::number(slot.kdf.memLimit) + '|'
         + slot.salt.toHex();
}

Result<KeySlot> KeySlotFile::makeSlot(SlotKind kind, const QByteArray &id, const crypto::KdfParams &kdf,
                                      const crypto::SecureBuffer &secret, const crypto::SecureBuffer &payload) const
{
    KeySlot slot;
    slot.kind = kind;
    slot.id = id;
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltBytes);
    // An identity payload starts with the X25519 secret: its public half is the slot's own.
    if (payload.size() == kIdentityBytes) slot.publicKey = crypto::boxPublicKey(payload.mid(0, crypto::kKeyBytes));
    auto wrapKey = crypto::deriveKey(secret, slot.salt, kdf);
    if (!wrapKey) return wrapKey.error();
    slot.sealed = crypto::seal(*wrapKey, payload, associatedData(slot));
    return slot;
}

Result<crypto::SecureBuffer> KeySlotFile::openSlot(const KeySlot &slot, const crypto::SecureBuffer &secret) const
{
    auto wrapKey = crypto::deriveKey(secret, slot.salt, slot.kdf);
    if (!wrapKey) return wrapKey.error();
    auto payload = crypto::open(*wrapKey, slot.sealed, associatedData(slot));
    if (!payload)
        return makeError(ErrorCode::WrongPassphrase,
                         slot.kind == SlotKind::Recovery
                             ? Tr::tr("The recovery code is not correct. Check it against the printed sheet.")
                             : Tr::tr("The passphrase is not correct. Check the keyboard layout and Caps Lock."));
    return std::move(*payload);
}

void KeySlotFile::fillBox(KeySlot &slot, const crypto::SecureBuffer &dbKey) const
{
    crypto::SecureBuffer content(8 + crypto::kKeyBytes);
    qToBigEndian(static_cast<quint64>(generation), content.data());
    std::copy(dbKey.data(), dbKey.data() + crypto::kKeyBytes, content.data() + 8);
    slot.box = crypto::sealToPublicKey(slot.publicKey, content);
}

Result<crypto::SecureBuffer> KeySlotFile::openBox(const KeySlot &slot, const crypto::SecureBuffer &boxSecret) const
{
    auto content = crypto::openSealed(boxSecret, slot.box);
    if (!content || content->size() != 8 + crypto::kKeyBytes
        || qFromBigEndian<quint64>(content->data()) != static_cast<quint64>(generation))
        return makeError(ErrorCode::Damaged, Tr::tr("Your key slot does not hold the vault's current key: the key-slot "
                                                    "file was replaced or edited. Restore the vault from a backup and "
                                                    "tell the room lead."));
    return content->mid(8, crypto::kKeyBytes);
}

QByteArray KeySlotFile::signedPart() const
{
    QJsonArray slotArray;
    for (const KeySlot &slot : slots) {
        QJsonObject o{
            {u"kind"_s, kindName(slot.kind)},
            {u"id"_s, QString::fromLatin1(slot.id.toBase64())},
            {u"alg"_s, u"argon2id13"_s},
            {u"ops"_s, static_cast<qint64>(slot.kdf.opsLimit)},
            {u"mem"_s, static_cast<qint64>(slot.kdf.memLimit)},
            {u"salt"_s, QString::fromLatin1(slot.salt.toBase64())},
            {u"sealed"_s, QString::fromLatin1(slot.sealed.toBase64())},
        };
        if (slot.holdsIdentity()) {
            o.insert(u"pk"_s, QString::fromLatin1(slot.publicKey.toBase64()));
            o.insert(u"box"_s, QString::fromLatin1(slot.box.toBase64()));
        }
        slotArray.append(o);
    }
    const QJsonObject body{
        {u"vault"_s, QString::fromLatin1(vaultId.toBase64())},
        {u"idsalt"_s, QString::fromLatin1(idSalt.toBase64())},
        {u"gen"_s, generation},
        {u"marker"_s, QJsonObject{{u"seq"_s, marker.seq},
                                  {u"hash"_s, QString::fromLatin1(marker.hash.toHex())},
                                  {u"seal"_s, QString::fromLatin1(marker.fileSeal.toHex())}}},
        {u"slots"_s, slotArray},
    };
    return QByteArray(kMagic) + '\n' + QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray KeySlotFile::serialize(const crypto::SecureBuffer &dbKey) const
{
    const crypto::SecureBuffer macKey = crypto::subkey(dbKey, 1, "CDSLOTS_");
    QByteArray content = signedPart();
    content += "mac " + crypto::hash(content, &macKey).toHex() + '\n';
    content += "sum " + crypto::hash(content).toHex() + '\n';
    return content;
}

Status KeySlotFile::save(const QString &path, const crypto::SecureBuffer &dbKey) const
{
    return writeFileAtomically(path, serialize(dbKey));
}

Status KeySlotFile::verifyMac(const crypto::SecureBuffer &dbKey) const
{
    const crypto::SecureBuffer macKey = crypto::subkey(dbKey, 1, "CDSLOTS_");
    if (crypto::constantTimeEquals(crypto::hash(m_loadedSigned, &macKey), m_loadedMac)) return {};
    return makeError(ErrorCode::Tampered,
                     Tr::tr("The key-slot file was changed outside CounselDesk. The vault was not opened; restore it "
                        "from a backup and tell the room lead."));
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no vault at %1 (the key-slot file is missing).")
                                                  .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize) return damaged(path);
    return parse(file.readAll(), path);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray &content, const QString &path)
{
    if (content.size() > kMaxFileSize) return damaged(path);

    const QList<QByteArray> lines = content.split('\n');
    if (lines.size() != 5 || !lines[4].isEmpty() || (lines[0] != kMagic && lines[0] != kMagicV1)
        || !lines[2].startsWith("mac ") || !lines[3].startsWith("sum "))
        return damaged(path);
    // Checksums are exactly 64 lowercase hex digits, as written: no other spelling is accepted.
    const auto canonicalHex = [](const QByteArray &hex) {
        return hex.size() == 64 && QByteArray::fromHex(hex).toHex() == hex;
    };
    if (!canonicalHex(lines[2].mid(4)) || !canonicalHex(lines[3].mid(4))) return damaged(path);
    const qsizetype sumOffset = content.size() - lines[3].size() - 1;
    const QByteArray sum = QByteArray::fromHex(lines[3].mid(4));
    if (!crypto::constantTimeEquals(crypto::hash(content.left(sumOffset)), sum)) return damaged(path);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(lines[1], &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) return damaged(path);
    const QJsonObject body = doc.object();

    KeySlotFile result;
    result.vaultId = fromBase64Strict(body.value(u"vault"_s), 16);
    result.idSalt = fromBase64Strict(body.value(u"idsalt"_s), 16);
    result.generation = body.value(u"gen"_s).toInteger(0);
    if (result.generation < 0) return damaged(path);
    const QJsonObject marker = body.value(u"marker"_s).toObject();
    result.marker.seq = marker.value(u"seq"_s).toInteger(-1);
    result.marker.hash = QByteArray::fromHex(marker.value(u"hash"_s).toString().toLatin1());
    result.marker.fileSeal = QByteArray::fromHex(marker.value(u"seal"_s).toString().toLatin1());
    if (result.vaultId.isEmpty() || result.idSalt.isEmpty() || result.marker.seq < 0) return damaged(path);

    const QJsonArray slotArray = body.value(u"slots"_s).toArray();
    if (slotArray.size() > kMaxSlots) return damaged(path);
    for (const QJsonValue &value : slotArray) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        const QString kind = o.value(u"kind"_s).toString();
        if (kind == u"user"_s) slot.kind = SlotKind::User;
        else if (kind == u"recovery"_s) slot.kind = SlotKind::Recovery;
        else return damaged(path);
        slot.id = fromBase64Strict(o.value(u"id"_s), 16);
        slot.kdf.opsLimit = static_cast<std::uint64_t>(o.value(u"ops"_s).toInteger());
        slot.kdf.memLimit = static_cast<std::uint64_t>(o.value(u"mem"_s).toInteger());
        slot.salt = fromBase64Strict(o.value(u"salt"_s), crypto::kSaltBytes);
        slot.sealed = fromBase64Strict(o.value(u"sealed"_s));
        if (o.contains(u"pk"_s) || o.contains(u"box"_s)) {
            slot.publicKey = fromBase64Strict(o.value(u"pk"_s), crypto::kPublicKeyBytes);
            slot.box = fromBase64Strict(o.value(u"box"_s));
            if (slot.publicKey.isEmpty() || slot.box.size() < 48) return damaged(path);
        }
        if (slot.id.isEmpty() || slot.salt.isEmpty() || o.value(u"alg"_s).toString() != u"argon2id13"_s
            || !crypto::kdfParamsAcceptable(slot.kdf)
            || slot.sealed.size() < static_cast<qsizetype>(crypto::kNonceBytes + crypto::kTagBytes))
            return damaged(path);
        result.slots.append(slot);
    }
    result.m_loadedSigned = content.left(lines[0].size() + 1 + lines[1].size() + 1);
    result.m_loadedMac = QByteArray::fromHex(lines[2].mid(4));
    result.m_loadedBytes = content;
    return result;
}

}  // namespace cd::vault
