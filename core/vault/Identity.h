#pragma once
// What a user's key slot keeps since key rotation and signed audit rows existed: the secrets that
// are theirs alone, sealed under their passphrase (or the recovery code). 128 bytes:
//   [0, 32)    X25519 secret: opens the slot's box, which holds the current database key
//   [32, 64)   Ed25519 seed: signs the audit rows they write (and, for a lead, certificates)
//   [64, 96)   the private-note key (unchanged from the older slots' second half)
//   [96, 128)  trust anchor: the Ed25519 public key of the lead who made this slot (a lead's own)

#include "crypto/KeyPairs.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace cd::vault {

constexpr std::size_t kIdentityBytes = 128;

class Identity {
public:
    Identity() = default;
    /// Fresh secrets, keeping `noteKey` (a user's private notes stay readable) and naming `anchor`
    /// (empty: the identity's own signing key is its anchor).
    static Identity create(const crypto::SecureBuffer &noteKey, const QByteArray &anchor = {});
    /// From a slot's payload; invalid unless it has the identity's size.
    static Identity fromPayload(crypto::SecureBuffer payload);

    bool isValid() const { return m_bytes.size() == kIdentityBytes; }
    const crypto::SecureBuffer &payload() const { return m_bytes; }
    crypto::SecureBuffer boxSecret() const { return m_bytes.mid(0, 32); }
    crypto::SigningKey signingKey() const { return crypto::SigningKey(m_bytes.mid(32, 32)); }
    crypto::SecureBuffer noteKey() const { return m_bytes.mid(64, 32); }
    QByteArray anchor() const;
    Identity copy() const;

private:
    crypto::SecureBuffer m_bytes;
};

}  // namespace cd::vault
