#pragma once
// Thin, typed wrappers over the libsodium primitives the vault uses:
// Argon2id key derivation, XChaCha20-Poly1305 key wrapping, BLAKE2b hashing and subkeys.

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace cd::crypto {

/// Initialises libsodium once; false only if the library cannot work on this machine.
bool initialize();

/// Argon2id cost. Stored with every key slot so a vault can be opened with the cost it was made with.
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;  ///< bytes

    bool operator==(const KdfParams &o) const { return opsLimit == o.opsLimit && memLimit == o.memLimit; }
};

enum class KdfStrength { Minimal, Interactive, Moderate, Sensitive };

KdfParams kdfParams(KdfStrength strength);
/// Parses "minimal", "interactive", "moderate", "sensitive".
std::optional<KdfStrength> kdfStrengthFromName(const QString &name);
/// Whether stored parameters are within what this build accepts (guards against a hostile slot
/// asking for terabytes of memory).
bool kdfParamsAcceptable(const KdfParams &params);

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 24;
constexpr std::size_t kTagBytes = 16;

/// Argon2id(passphrase, salt) -> 32-byte key. Slow by design: call off the UI thread.
Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params);

/// XChaCha20-Poly1305: ciphertext = nonce || sealed(plaintext) with `associatedData` authenticated.
QByteArray seal(const SecureBuffer &key, const SecureBuffer &plaintext, const QByteArray &associatedData);
/// Inverse of seal(); an empty optional when the key is wrong or any byte was changed.
std::optional<SecureBuffer> open(const SecureBuffer &key, const QByteArray &sealed, const QByteArray &associatedData);

/// BLAKE2b-256 of `data`, keyed when `key` is non-empty.
QByteArray hash(const QByteArray &data, const SecureBuffer *key = nullptr);
/// BLAKE2b-256 over data given in pieces, keyed when `key` is non-null.
class StreamingHash {
public:
    explicit StreamingHash(const SecureBuffer *key = nullptr);
    ~StreamingHash();
    StreamingHash(const StreamingHash &) = delete;
    StreamingHash &operator=(const StreamingHash &) = delete;
    void add(const char *data, std::size_t size);
    QByteArray final();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// SHA-256 over data given in pieces (OpenSSL, which uses the CPU's SHA instructions where
/// there are any): the checksums of backup files.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, std::size_t size);
    void add(const QByteArray &data) { add(data.constData(), static_cast<std::size_t>(data.size())); }
    QByteArray final();

private:
    void *m_context;
};

/// A 32-byte subkey of a 32-byte master key for one purpose (8-character context, e.g. "CDAUDIT_").
SecureBuffer subkey(const SecureBuffer &masterKey, std::uint64_t id, const char context[8]);

QByteArray randomBytes(std::size_t size);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// The passphrase as UTF-8 in secure memory.
SecureBuffer passphraseBytes(const QString &passphrase);

}  // namespace cd::crypto
