#pragma once
// The recovery code: 120 random bits written as six groups of four Crockford base-32 characters
// (no I, L, O, U), printed once at setup for the school safe.

#include "crypto/SecureBuffer.h"

#include <QString>

namespace cd::vault {

/// A fresh code, e.g. "7K2M-QX9D-…".
QString generateRecoveryCode();
/// Upper-cases, drops spaces and dashes, maps look-alikes (O→0, I/L→1); empty if not a valid code.
QString normalizeRecoveryCode(const QString &typed);
/// The secret fed to the KDF: the normalized code as bytes.
crypto::SecureBuffer recoverySecret(const QString &typed);

}  // namespace cd::vault
