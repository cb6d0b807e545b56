#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace cd::crypto {

bool initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

KdfParams kdfParams(KdfStrength strength)
{
    switch (strength) {
    case KdfStrength::Minimal: return {1, 8u * 1024 * 1024};  // tests and demos only
    case KdfStrength::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfStrength::Moderate: return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfStrength::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

std::optional<KdfStrength> kdfStrengthFromName(const QString &name)
{
    if (name == u"minimal"_s) return KdfStrength::Minimal;
    if (name == u"interactive"_s) return KdfStrength::Interactive;
    if (name == u"moderate"_s) return KdfStrength::Moderate;
    if (name == u"sensitive"_s) return KdfStrength::Sensitive;
    return std::nullopt;
}

bool kdfParamsAcceptable(const KdfParams &params)
{
    constexpr std::uint64_t maxOps = 16;
    constexpr std::uint64_t maxMem = 4ull * 1024 * 1024 * 1024;
    return params.opsLimit >= 1 && params.opsLimit <= maxOps && params.memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && params.memLimit <= maxMem;
}

Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params)
{
    if (static_cast<std::size_t>(salt.size()) != crypto_pwhash_SALTBYTES || !kdfParamsAcceptable(params))
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Crypto", "The key-slot parameters are invalid."));
    SecureBuffer key(kKeyBytes);
    const char *pass = passphrase.isEmpty() ? "" : reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pass, passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Crypto", "Not enough memory to derive the key. Close other programs and try again."));
    return key;
}

QByteArray seal(const SecureBuffer &key, const SecureBuffer &plaintext, const QByteArray &associatedData)
{
    QByteArray out(static_cast<qsizetype>(kNonceBytes + plaintext.size() + kTagBytes), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written, plaintext.data(), plaintext.size(),
        reinterpret_cast<const unsigned char *>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, key.data());
    return out;
}

std::optional<SecureBuffer> open(const SecureBuffer &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    if (key.size() != kKeyBytes || static_cast<std::size_t>(sealed.size()) < kNonceBytes + kTagBytes)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    const std::size_t cipherLength = static_cast<std::size_t>(sealed.size()) - kNonceBytes;
    SecureBuffer plain(cipherLength - kTagBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &written, nullptr, nonce + kNonceBytes, cipherLength,
            reinterpret_cast<const unsigned char *>(associatedData.constData()),
            static_cast<unsigned long long>(associatedData.size()), nonce, key.data())
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray hash(const QByteArray &data, const SecureBuffer *key)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()), key ? key->data() : nullptr,
                       key ? key->size() : 0);
    return out;
}

struct StreamingHash::State {
    crypto_generichash_state state;
};

StreamingHash::StreamingHash(const SecureBuffer *key) : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->state, key ? key->data() : nullptr, key ? key->size() : 0, 32);
}

StreamingHash::~StreamingHash() { sodium_memzero(m_state.get(), sizeof(State)); }

void StreamingHash::add(const char *data, std::size_t size)
{
    crypto_generichash_update(&m_state->state, reinterpret_cast<const unsigned char *>(data), size);
}

QByteArray StreamingHash::final()
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&m_state->state, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_context), EVP_sha256(), nullptr);
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_context)); }

void Sha256::add(const char *data, std::size_t size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_context), data, size);
}

QByteArray Sha256::final()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_context), reinterpret_cast<unsigned char *>(out.data()), &length);
    out.resize(static_cast<qsizetype>(length));
    return out;
}

SecureBuffer subkey(const SecureBuffer &masterKey, std::uint64_t id, const char context[8])
{
    SecureBuffer out(kKeyBytes);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, context, masterKey.data());
    return out;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(out.data(), size);
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

SecureBuffer passphraseBytes(const QString &passphrase)
{
    QByteArray utf8 = passphrase.toUtf8();
    return SecureBuffer::takeFrom(utf8);
}

}  // namespace cd::crypto
