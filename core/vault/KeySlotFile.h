#pragma once
// The key-slot file beside the database (docs/vault-format.md): the random database key wrapped
// once per user passphrase and once by the recovery code, plus the rollback marker.
//
//   line 1  "CounselDesk key slots 2" (version 1, without generations and sealed boxes, is read too)
//   line 2  JSON body (vault id, login-id salt, key generation, rollback marker, slots)
//   line 3  "mac " + hex BLAKE2b-256 of lines 1-2, keyed with a subkey of the database key
//   line 4  "sum " + hex BLAKE2b-256 of lines 1-3 (detects accidental damage before any unlock)

#include "common/Result.h"
#include "crypto/Crypto.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cd::vault {

enum class SlotKind { User, Recovery };

struct KeySlot {
    SlotKind kind = SlotKind::User;
    QByteArray id;  ///< 16 bytes: keyed hash of the login (users), or zeros (recovery)
    crypto::KdfParams kdf;
    QByteArray salt;    ///< Argon2id salt, 16 bytes
    QByteArray sealed;  ///< nonce || XChaCha20-Poly1305(payload), header as associated data
    /// Slots made since key rotation existed: `sealed` holds the user's identity (their X25519 and
    /// Ed25519 secrets, note key, trust anchor), and `box` the database key and its generation,
    /// sealed to `publicKey`, so the key can be replaced without anyone's passphrase. Both empty
    /// in a slot from before (its `sealed` holds the database key itself).
    QByteArray publicKey;
    QByteArray box;
    bool holdsIdentity() const { return !publicKey.isEmpty(); }
};

/// The newest audit row the vault is known to have had (rollback detection).
struct RollbackMarker {
    qint64 seq = 0;
    QByteArray hash;  ///< that row's chain hash; empty when seq is 0
    /// Keyed BLAKE2b-256 of the whole database file, written when the vault is locked cleanly and
    /// cleared at the next unlock. While set, any changed byte of the file (even in the padding
    /// SQLCipher does not authenticate, or an old copy of one page) is detected at open.
    QByteArray fileSeal;
};

class KeySlotFile {
public:
    QByteArray vaultId;  ///< 16 random bytes, also stored in the database
    QByteArray idSalt;   ///< 16 random bytes keying the login hashes
    /// Which database key the boxes hold; vault_meta.key_generation must agree at open, so a slot
    /// file from before a key rotation (or a slot copied from one) opens nothing current.
    qint64 generation = 0;
    RollbackMarker marker;
    QList<KeySlot> slots;

    static KeySlotFile createNew();
    /// Reads and checks the format and checksum. Damage is ErrorCode::Damaged.
    static Result<KeySlotFile> load(const QString &path);
    /// The same checks on bytes read elsewhere (a backup); `path` names them in messages.
    static Result<KeySlotFile> parse(const QByteArray &content, const QString &path);
    /// The file's bytes exactly as loaded or parsed.
    QByteArray loadedBytes() const { return m_loadedBytes; }
    /// Serializes with a MAC keyed from `dbKey` and writes atomically.
    Status save(const QString &path, const crypto::SecureBuffer &dbKey) const;
    /// After an unlock: proves no byte of the loaded file was changed by someone without the key.
    Status verifyMac(const crypto::SecureBuffer &dbKey) const;

    QByteArray loginId(const QString &login) const;
    int findUserSlot(const QString &login) const;  ///< index or -1
    int recoverySlot() const;                        ///< index or -1

    /// Wraps `payload` under Argon2id(secret). Slow: the KDF runs here.
    Result<KeySlot> makeSlot(SlotKind kind, const QByteArray &id, const crypto::KdfParams &kdf,
                             const crypto::SecureBuffer &secret, const crypto::SecureBuffer &payload) const;
    /// Unwraps a slot's payload. Slow. A wrong secret is ErrorCode::WrongPassphrase.
    Result<crypto::SecureBuffer> openSlot(const KeySlot &slot, const crypto::SecureBuffer &secret) const;
    /// Seals `dbKey` of this file's generation to the slot's public key (no passphrase needed).
    void fillBox(KeySlot &slot, const crypto::SecureBuffer &dbKey) const;
    /// The database key from a slot's box, with the slot's X25519 secret. Damaged when the box does
    /// not open or holds another generation than this file's.
    Result<crypto::SecureBuffer> openBox(const KeySlot &slot, const crypto::SecureBuffer &boxSecret) const;

    QByteArray serialize(const crypto::SecureBuffer &dbKey) const;

private:
    QByteArray associatedData(const KeySlot &slot) const;
    QByteArray signedPart() const;
    QByteArray m_loadedSigned;  ///< lines 1-2 exactly as read
    QByteArray m_loadedMac;
    QByteArray m_loadedBytes;
};

QString normalizedLogin(const QString &login);

}  // namespace cd::vault
