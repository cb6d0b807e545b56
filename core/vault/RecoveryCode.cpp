#include "vault/RecoveryCode.h"

#include "crypto/Crypto.h"

#include <cstring>

namespace cd::vault {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kGroups = 6;
constexpr int kGroupLength = 4;
constexpr int kLength = kGroups * kGroupLength;  // 24 characters x 5 bits = 120 bits
}  // namespace

QString generateRecoveryCode()
{
    const QByteArray bytes = crypto::randomBytes(15);
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written && written % kGroupLength == 0) code += QLatin1Char('-');
            code += QLatin1Char(kAlphabet[(buffer >> bits) & 31u]);
            ++written;
        }
    }
    return code;
}

QString normalizeRecoveryCode(const QString &typed)
{
    QString out;
    for (QChar ch : typed) {
        if (ch.isSpace() || ch == QLatin1Char('-')) continue;
        ch = ch.toUpper();
        if (ch == QLatin1Char('O')) ch = QLatin1Char('0');
        if (ch == QLatin1Char('I') || ch == QLatin1Char('L')) ch = QLatin1Char('1');
        if (ch.unicode() == 0 || ch.unicode() > 127 || !std::strchr(kAlphabet, ch.toLatin1())) return {};
        out += ch;
    }
    return out.size() == kLength ? out : QString();
}

crypto::SecureBuffer recoverySecret(const QString &typed)
{
    return crypto::passphraseBytes(normalizeRecoveryCode(typed));
}

}  // namespace cd::vault
