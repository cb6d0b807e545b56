#pragma once
// Public-key primitives of the vault (libsodium): Ed25519 signatures for audit rows and their
// certificates, and X25519 sealed boxes that hand the database key to each user's key slot
// without knowing their passphrase (so the key can be rotated: docs/vault-format.md).

#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <optional>

namespace cd::crypto {

constexpr std::size_t kSeedBytes = 32;
constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

/// An Ed25519 signing key made from a 32-byte seed (the seed is what a key slot keeps).
class SigningKey {
public:
    SigningKey() = default;
    explicit SigningKey(const SecureBuffer &seed);
    SigningKey(const SigningKey &other) : m_secret(other.m_secret.mid(0, other.m_secret.size())), m_public(other.m_public) {}
    SigningKey &operator=(const SigningKey &other)
    {
        if (this != &other) {
            m_secret = other.m_secret.mid(0, other.m_secret.size());
            m_public = other.m_public;
        }
        return *this;
    }
    SigningKey(SigningKey &&) noexcept = default;
    SigningKey &operator=(SigningKey &&) noexcept = default;
    bool isValid() const { return !m_secret.isEmpty(); }
    const QByteArray &publicKey() const { return m_public; }
    QByteArray sign(const QByteArray &message) const;

private:
    SecureBuffer m_secret;  ///< libsodium's 64-byte secret key (seed || public key)
    QByteArray m_public;
};

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

/// The X25519 public key of a 32-byte secret key.
QByteArray boxPublicKey(const SecureBuffer &secretKey);
/// An anonymous sealed box to `publicKey` (crypto_box_seal): only its secret key opens it.
QByteArray sealToPublicKey(const QByteArray &publicKey, const SecureBuffer &plaintext);
/// Opens a sealed box; empty when the key does not fit or a byte was changed.
std::optional<SecureBuffer> openSealed(const SecureBuffer &secretKey, const QByteArray &sealed);

}  // namespace cd::crypto
