#include "security/SelfCheck.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace cd::security {

QString sqlCipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

Status verifySqlCipherLinked()
{
    const auto fail = [](const QString &why) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Storage",
                                                     "CounselDesk will not start: %1 Reinstall CounselDesk.")
                             .arg(why));
    };
    if (sqlCipherVersion().isEmpty())
        return fail(QCoreApplication::translate("Storage", "the database library is not SQLCipher."));
    QFile maps(u"/proc/self/maps"_s);
    if (maps.open(QIODevice::ReadOnly)) {
        const QByteArray content = maps.readAll();
        if (content.contains("/libsqlite3.so"))
            return fail(QCoreApplication::translate("Storage", "a plaintext SQLite library is loaded."));
    }
    return {};
}

}  // namespace cd::security
