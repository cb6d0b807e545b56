#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

// sqlite3_key_v2: keying through the API, not a PRAGMA the parser would copy into unwiped heap.
#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::storage {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

/// A raw key in SQLCipher's blob-literal form x'<64 hex>', in secure memory (wiped when dropped).
crypto::SecureBuffer keyLiteral(const crypto::SecureBuffer &key)
{
    static const char hexDigits[] = "0123456789abcdef";
    crypto::SecureBuffer literal(2 + 64 + 1);
    auto *out = reinterpret_cast<char *>(literal.data());
    std::size_t pos = 0;
    out[pos++] = 'x';
    out[pos++] = '\'';
    for (std::size_t i = 0; i < 32; ++i) {
        out[pos++] = hexDigits[key.data()[i] >> 4];
        out[pos++] = hexDigits[key.data()[i] & 0xf];
    }
    out[pos] = '\'';
    return literal;
}

bool isDamageCode(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

QString damagedDatabaseMessage()
{
    return Tr::tr("The vault database cannot be decrypted: it is damaged, or does not belong to "
                  "this key-slot file. Restore it from a backup.");
}

/// The file's own side of opening: an empty file is a damaged database (SQLite would take it for
/// a new, empty one); a new file is created 0600 without following a link (SQLite's journal takes
/// the database file's mode), and an existing one made 0600 again, for vaults made before that.
Status prepareFile(const QString &path, bool create)
{
    const QByteArray native = QFile::encodeName(path);
    if (create) {
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            ::close(fd);
            return {};
        }
    }
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) return {};  // missing: SQLite says so
    if (S_ISREG(st.st_mode) && st.st_size == 0 && !create)
        return makeError(ErrorCode::Damaged, damagedDatabaseMessage());
    if (S_ISREG(st.st_mode) && (st.st_mode & 0077) != 0) ::chmod(native.constData(), S_IRUSR | S_IWUSR);
    return {};
}

}  // namespace

Error errorFromSqlite(int rc, const QString &detail)
{
    const int primary = rc & 0xff;
    if (isDamageCode(rc))
        return makeError(ErrorCode::Damaged,
                         Tr::tr("The vault database is damaged or was changed outside CounselDesk. "
                            "Restore it from a backup."));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorCode::InUse, Tr::tr("The vault is in use by another program. Close it and try again."));
    if (primary == SQLITE_FULL)
        return makeError(ErrorCode::Io, Tr::tr("The disk is full. Free some space and try again."));
    if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY
        || primary == SQLITE_PERM)
        return makeError(ErrorCode::Io,
                         Tr::tr("The vault file cannot be read or written (%1). Check the drive and its permissions.")
                             .arg(detail));
    if (primary == SQLITE_CONSTRAINT)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The change conflicts with existing data (%1).").arg(detail));
    return makeError(ErrorCode::Internal, Tr::tr("Database error: %1").arg(detail));
}

// ---- Statement ----

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull()) return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt:
        return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return errorFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
}

Status Statement::exec()
{
    for (;;) {
        auto more = step();
        if (!more) return more.error();
        if (!*more) return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p) return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!p) return {};
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

// ---- Database ----

Database::~Database() { close(); }

void Database::close()
{
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const crypto::SecureBuffer &key, bool create)
{
    CD_TRY(prepareFile(path, create));
    return openWith(path, key, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX,
                    nullptr);
}

Result<std::unique_ptr<Database>> Database::openInMemory(const crypto::SecureBuffer &key)
{
    // Not through prepareFile: that would create an empty file called ":memory:" in the working
    // folder at every vault open.
    return openWith(u":memory:"_s, key, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, const QString &parameters,
                                                         const crypto::SecureBuffer &key, const char *vfs)
{
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Damaged, damagedDatabaseMessage());
    // file:///abs/path?… with the path percent-encoded (spaces, Chinese folder names, '?' or '#').
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u'?'
                        + parameters;
    return openWith(uri, key, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, vfs);
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path, const crypto::SecureBuffer &key, int flags,
                                                     const char *vfs)
{
    if (key.size() != 32) return makeError(ErrorCode::Usage, Tr::tr("The database key has the wrong size."));
    auto db = std::make_unique<Database>();
    const QByteArray nativePath = path.toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &db->m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        Error error = errorFromSqlite(rc, db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : path);
        return error;
    }
    sqlite3_extended_result_codes(db->m_db, 1);

    // The raw key in SQLCipher's blob-literal form x'<64 hex>', built and wiped in secure memory
    // and handed to sqlite3_key_v2, which copies it into SQLCipher's own locked, wiped memory.
    // (A "PRAGMA key" statement would leave two copies in SQLite's ordinary heap: the parsed
    // token and the statement's SQL text, freed unwiped.)
    crypto::SecureBuffer literal = keyLiteral(key);
    rc = sqlite3_key_v2(db->m_db, "main", literal.data(), static_cast<int>(literal.size()));
    literal.clear();
    if (rc != SQLITE_OK) return db->lastError();

    // Settings that must precede the first read of the file.
    CD_TRY(db->exec(u"PRAGMA cipher_page_size = 4096"_s));
    // Wait for a writer's commit on another connection rather than fail at the first read.
    sqlite3_busy_timeout(db->m_db, 2000);
    // PRAGMA key returns nothing in 3.4.1: reading the schema proves the key (and page 1).
    rc = sqlite3_exec(db->m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (isDamageCode(rc))
            return makeError(ErrorCode::Damaged, damagedDatabaseMessage());
        return db->lastError();
    }
    CD_TRY(db->exec(u"PRAGMA temp_store = MEMORY"_s));  // sorts and checks never spill to a file
    if (flags & SQLITE_OPEN_READONLY) return db;
    CD_TRY(db->exec(u"PRAGMA foreign_keys = ON"_s));
    CD_TRY(db->exec(u"PRAGMA secure_delete = ON"_s));
    CD_TRY(db->exec(u"PRAGMA journal_mode = DELETE"_s));
    CD_TRY(db->exec(u"PRAGMA synchronous = FULL"_s));
    return db;
}

Status Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return {};
    const QString detail = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    return errorFromSqlite(rc, detail);
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) return errorFromSqlite(rc, lastErrorMessage());
    return Statement(this, stmt);
}

Result<QVariant> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row || stmt->isNull(0)) return QVariant();
    switch (sqlite3_column_type(stmt->m_stmt, 0)) {
    case SQLITE_INTEGER: return QVariant(stmt->int64(0));
    case SQLITE_FLOAT: return QVariant(stmt->real(0));
    case SQLITE_BLOB: return QVariant(stmt->blob(0));
    default: return QVariant(stmt->text(0));
    }
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Error Database::lastError(ErrorCode) const
{
    return errorFromSqlite(sqlite3_extended_errcode(m_db), lastErrorMessage());
}

Status Database::checkIntegrity(bool full)
{
    auto stmt = prepare(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row && stmt->text(0) == u"ok"_s) return {};
    // SQLite lists every problem; the first line says enough.
    QString first = *row ? stmt->text(0).section(u'\n', 0, 0).trimmed() : QString();
    if (first.startsWith(u"***"_s) && *row) first = stmt->text(0).section(u'\n', 1, 1).trimmed();
    return makeError(ErrorCode::Damaged,
                     Tr::tr("The vault database is damaged: its integrity check failed (%1). Restore it from a "
                            "backup.")
                         .arg(first.left(120)));
}

int Database::userVersion()
{
    auto v = scalar(u"PRAGMA user_version"_s);
    return v ? v->toInt() : -1;
}

Status Database::setUserVersion(int version) { return exec(u"PRAGMA user_version = %1"_s.arg(version)); }

// ---- Transaction ----

bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    if (m_db.inTransaction()) {
        m_nested = true;
        return;
    }
    auto st = m_db.exec(immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    m_active = st.ok();
    if (!st) m_beginError = st.error();
}

Transaction::~Transaction()
{
    if (m_active) (void)m_db.exec(u"ROLLBACK"_s);
}

Status Transaction::commit()
{
    if (m_nested) return {};
    if (!m_active) return m_beginError;
    auto st = m_db.exec(u"COMMIT"_s);
    if (st) m_active = false;
    return st;
}

}  // namespace cd::storage

namespace cd::storage {

Status Database::rekey(const crypto::SecureBuffer &newKey)
{
    if (newKey.size() != 32) return makeError(ErrorCode::Usage, Tr::tr("The database key has the wrong size."));
    // Every page re-encrypted under the new raw key, given through the API as at open (no SQL
    // text holding the key); the key spec is built and wiped in secure memory.
    crypto::SecureBuffer spec = keyLiteral(newKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", spec.data(), static_cast<int>(spec.size()));
    spec.clear();
    if (rc != SQLITE_OK) return lastError();
    return {};
}

}  // namespace cd::storage

namespace cd::storage {

Status Database::reopen(const QString &path, const crypto::SecureBuffer &key)
{
    auto fresh = open(path, key, false);
    if (!fresh) return fresh.error();
    std::swap(m_db, (*fresh)->m_db);  // `fresh` now holds, and closes, the old connection
    return {};
}

}  // namespace cd::storage
