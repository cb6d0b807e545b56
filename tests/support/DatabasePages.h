#pragma once
// The database file as someone holding its key would read it: every page decrypted, free pages
// and the slack of deleted rows included. "Gone from the file" is checked here, not through SQL
// (a query never shows what a delete left behind).

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace cd::test {

/// Every page of the SQLCipher 3 database at `path` (4096-byte pages, AES-256-CBC, the raw
/// 32-byte `key`), decrypted and concatenated; page 1 without its salt. REQUIREs that the file
/// decrypts to an SQLite database (page size and reserve in the header of page 1).
QByteArray decryptedPages(const QString &path, const crypto::SecureBuffer &key);

/// Whether `pages` hold `text`, as UTF-8 (SQLite's encoding here).
bool pagesContain(const QByteArray &pages, const QString &text);

}  // namespace cd::test
