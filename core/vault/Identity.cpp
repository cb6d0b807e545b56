#include "vault/Identity.h"

#include <algorithm>

namespace cd::vault {

Identity Identity::create(const crypto::SecureBuffer &noteKey, const QByteArray &anchor)
{
    Identity id;
    id.m_bytes = crypto::SecureBuffer::random(kIdentityBytes);
    if (noteKey.size() == 32) std::copy(noteKey.data(), noteKey.data() + 32, id.m_bytes.data() + 64);
    const QByteArray own = id.signingKey().publicKey();
    const QByteArray &trusted = anchor.size() == 32 ? anchor : own;
    std::copy(trusted.constData(), trusted.constData() + 32, id.m_bytes.data() + 96);
    return id;
}

Identity Identity::fromPayload(crypto::SecureBuffer payload)
{
    Identity id;
    if (payload.size() == kIdentityBytes) id.m_bytes = std::move(payload);
    return id;
}

QByteArray Identity::anchor() const
{
    if (!isValid()) return {};
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data() + 96), 32);
}

Identity Identity::copy() const
{
    Identity id;
    id.m_bytes = m_bytes.mid(0, m_bytes.size());
    return id;
}

}  // namespace cd::vault
