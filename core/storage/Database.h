#pragma once
// The one owner of a SQLCipher connection. The raw 32-byte key is applied first and checked;
// statements are objects; transactions are scope guards.

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace cd::storage {

class Database;

/// A prepared statement. Bind with 1-based indexes, step(), read 0-based columns.
class Statement {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    /// A null QString binds as '' (use bindNull() for SQL NULL).
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bind(int index, const QVariant &value);

    /// Advances: a row (true), done (false), or an error (see Database::lastError()).
    Result<bool> step();
    /// Runs to completion, ignoring rows.
    Status exec();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Steps `stmt` to the end and returns `read(stmt)` of every row, in order; the first step error
/// stops it. Replaces the hand-written step loop of list queries.
template <typename Read>
auto collectRows(Statement &stmt, Read read) -> Result<QList<decltype(read(stmt))>>
{
    QList<decltype(read(stmt))> rows;
    for (;;) {
        auto row = stmt.step();
        if (!row) return row.error();
        if (!*row) return rows;
        rows.append(read(stmt));
    }
}

class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when `create`) an encrypted database with a raw 32-byte key and proves the
    /// key by reading the schema. A wrong key or a damaged first page is ErrorCode::Damaged.
    static Result<std::unique_ptr<Database>> open(const QString &path, const crypto::SecureBuffer &key, bool create);
    /// A database in memory only (the schema check's reference): no file anywhere.
    static Result<std::unique_ptr<Database>> openInMemory(const crypto::SecureBuffer &key);
    /// Opens `path` read-only as an SQLite URI with `parameters` ("mode=ro", "immutable=1&…"),
    /// optionally through a named VFS (a database inside a backup file is read in place this way).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, const QString &parameters,
                                                          const crypto::SecureBuffer &key, const char *vfs = nullptr);

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    /// First column of the first row, or a null QVariant.
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    Error lastError(ErrorCode code = ErrorCode::Internal) const;

    /// `PRAGMA quick_check` (every page is read, so every page HMAC is verified) or the full check.
    Status checkIntegrity(bool full);

    /// Whether a transaction is open on this connection.
    bool inTransaction() const;
    int userVersion();
    Status setUserVersion(int version);
    /// Re-encrypts every page under `newKey` (`PRAGMA rekey`). Not crash-safe on its own: the
    /// vault rekeys a copy and swaps it in (core/vault/VaultRotation.cpp).
    Status rekey(const crypto::SecureBuffer &newKey);
    /// Closes this connection and opens `path` with `key` in its place; references to this
    /// object stay valid (the vault swaps in a re-encrypted file this way).
    Status reopen(const QString &path, const crypto::SecureBuffer &key);

    sqlite3 *handle() { return m_db; }
    void close();

private:
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const crypto::SecureBuffer &key, int flags,
                                                      const char *vfs);
    sqlite3 *m_db = nullptr;
};

/// Begin on construction; rolls back on destruction unless commit() succeeded. Inside an open
/// transaction it joins it (commit() then does nothing; the outer one decides).
class Transaction {
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool began() const { return m_active || m_nested; }
    const Error &beginError() const { return m_beginError; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
    Error m_beginError;
};

/// A friendly message for a SQLCipher result code.
Error errorFromSqlite(int rc, const QString &detail);

}  // namespace cd::storage
