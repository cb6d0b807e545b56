#include "storage/Migrations.h"

#include <QCoreApplication>

namespace cd::storage {

Status migrate(Database &db, const std::vector<Migration> &steps)
{
    const int current = db.userVersion();
    if (current < 0) return db.lastError();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (current > latest)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Storage",
                                                     "This vault was written by a newer CounselDesk (schema %1, "
                                                     "this program knows %2). Install the newer version.")
                             .arg(current)
                             .arg(latest));
    if (current == latest) return {};

    Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    for (const Migration &m : steps) {
        if (m.version <= current) continue;
        if (Status st = db.exec(QString::fromUtf8(m.sql)); !st) {
            Error error = st.error();
            //: %1 is a number, %2 the part of the program it belongs to ("screening"), %3 the reason
            error.message = QCoreApplication::translate("Storage",
                                                        "Updating the vault to this version failed at schema step %1 "
                                                        "(%2): %3 Nothing was changed: the vault still opens with the "
                                                        "version that made it.")
                                .arg(m.version)
                                .arg(QString::fromLatin1(m.area), error.message);
            return error;
        }
    }
    CD_TRY(db.setUserVersion(latest));
    return tx.commit();
}

}  // namespace cd::storage
