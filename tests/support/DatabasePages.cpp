#include "support/DatabasePages.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <openssl/evp.h>

#include <memory>

namespace cd::test {

namespace {

// SQLCipher 3 defaults, with the page size storage::Database sets: each page ends in a reserve
// of a 16-byte IV and a 20-byte HMAC-SHA1, rounded up to the AES block (48 bytes); page 1 starts
// with the 16-byte salt instead of "SQLite format 3".
constexpr int kPageSize = 4096;
constexpr int kReserve = 48;
constexpr int kIvBytes = 16;
constexpr int kSaltBytes = 16;

/// The page's content decrypted (from `offset`), or an empty array when OpenSSL fails.
QByteArray decryptPage(const crypto::SecureBuffer &key, const QByteArray &page, int offset)
{
    const auto *in = reinterpret_cast<const unsigned char *>(page.constData());
    const unsigned char *iv = in + kPageSize - kReserve;
    const int length = kPageSize - kReserve - offset;
    QByteArray out(length, '\0');
    auto *plain = reinterpret_cast<unsigned char *>(out.data());
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv) == 1
                    && EVP_CIPHER_CTX_set_padding(ctx.get(), 0) == 1
                    && EVP_DecryptUpdate(ctx.get(), plain, &written, in + offset, length) == 1
                    && EVP_DecryptFinal_ex(ctx.get(), plain + written, &last) == 1 && written + last == length;
    return ok ? out : QByteArray();
}

}  // namespace

QByteArray decryptedPages(const QString &path, const crypto::SecureBuffer &key)
{
    REQUIRE(key.size() == 32);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > 0);
    REQUIRE(bytes.size() % kPageSize == 0);
    QByteArray pages;
    pages.reserve(bytes.size());
    int failed = 0;
    for (qsizetype at = 0; at < bytes.size(); at += kPageSize) {
        const QByteArray plain = decryptPage(key, bytes.mid(at, kPageSize), at == 0 ? kSaltBytes : 0);
        failed += plain.isEmpty();
        pages += plain;
    }
    REQUIRE(failed == 0);
    // Page 1's header after the magic string, whose place the salt takes: the page size,
    // big-endian, at 16 and the reserved bytes per page at 20 (here 0 and 4, the salt left out).
    // Garbage there means a wrong key or another page format.
    const auto *header = reinterpret_cast<const unsigned char *>(pages.constData());
    INFO("page 1 does not decrypt to an SQLite header: a wrong key, or SQLCipher's page format changed");
    REQUIRE(((header[16 - kSaltBytes] << 8) | header[17 - kSaltBytes]) == kPageSize);
    REQUIRE(header[20 - kSaltBytes] == kReserve);
    return pages;
}

bool pagesContain(const QByteArray &pages, const QString &text) { return pages.contains(text.toUtf8()); }

}  // namespace cd::test
