#include "crypto/KeyPairs.h"

#include <sodium.h>

namespace cd::crypto {

static_assert(kSeedBytes == crypto_sign_SEEDBYTES && kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES
              && kSignatureBytes == crypto_sign_BYTES && kPublicKeyBytes == crypto_box_PUBLICKEYBYTES);

SigningKey::SigningKey(const SecureBuffer &seed)
{
    if (seed.size() != kSeedBytes) return;
    m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    m_public = QByteArray(static_cast<qsizetype>(kPublicKeyBytes), Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_public.data()), m_secret.data(), seed.data());
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    if (!isValid()) return {};
    QByteArray signature(static_cast<qsizetype>(kSignatureBytes), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != static_cast<qsizetype>(kPublicKeyBytes)
        || signature.size() != static_cast<qsizetype>(kSignatureBytes))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QByteArray boxPublicKey(const SecureBuffer &secretKey)
{
    if (secretKey.size() != crypto_box_SECRETKEYBYTES) return {};
    QByteArray pk(static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES), Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pk.data()), secretKey.data());
    return pk;
}

QByteArray sealToPublicKey(const QByteArray &publicKey, const SecureBuffer &plaintext)
{
    if (publicKey.size() != static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES)) return {};
    QByteArray sealed(static_cast<qsizetype>(plaintext.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), plaintext.data(), plaintext.size(),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return sealed;
}

std::optional<SecureBuffer> openSealed(const SecureBuffer &secretKey, const QByteArray &sealed)
{
    if (secretKey.size() != crypto_box_SECRETKEYBYTES || sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return std::nullopt;
    const QByteArray pk = boxPublicKey(secretKey);
    SecureBuffer plain(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(pk.constData()), secretKey.data())
        != 0)
        return std::nullopt;
    return plain;
}

}  // namespace cd::crypto
