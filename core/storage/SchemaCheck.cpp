#include "storage/SchemaCheck.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace cd::storage {

namespace {

struct SchemaObject {
    QString type;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &o) const { return type == o.type && table == o.table && sql == o.sql; }
};

Result<QMap<QString, SchemaObject>> schemaOf(Database &db)
{
    auto stmt = db.prepare(u"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s);
    if (!stmt) return stmt.error();
    QMap<QString, SchemaObject> objects;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return objects;
        objects.insert(stmt->text(1), SchemaObject{stmt->text(0), stmt->text(2), stmt->text(3)});
    }
}

Error foreignObject(const QString &type, const QString &name)
{
    //: %1 is the kind of database object (table, index, trigger, view), %2 its name
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("Storage",
                                                 "The vault database holds a %1 named \"%2\" that CounselDesk did not "
                                                 "make: someone changed it outside CounselDesk. It was not opened and "
                                                 "nothing was changed. Tell the room lead, and restore the newest "
                                                 "backup.")
                         .arg(type, name));
}

}  // namespace

Status checkSchemaMatches(Database &db, const std::vector<Migration> &steps)
{
    const int version = db.userVersion();
    if (version < 0) return db.lastError();
    auto reference = Database::openInMemory(crypto::SecureBuffer::random(32));
    if (!reference) return reference.error();
    for (const Migration &m : steps)
        if (m.version <= version) CD_TRY((*reference)->exec(QString::fromUtf8(m.sql)));
    auto expected = schemaOf(**reference);
    if (!expected) return expected.error();
    auto actual = schemaOf(db);
    if (!actual) return actual.error();
    for (auto it = actual->cbegin(); it != actual->cend(); ++it)
        if (!expected->contains(it.key()) || !(expected->value(it.key()) == it.value()))
            return foreignObject(it->type, it.key());
    for (auto it = expected->cbegin(); it != expected->cend(); ++it)
        if (!actual->contains(it.key()))
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate("Storage",
                                                         "The vault database lacks its part \"%1\": it is damaged or "
                                                         "was changed outside CounselDesk. Restore the newest backup.")
                                 .arg(it.key()));
    return {};
}

}  // namespace cd::storage
