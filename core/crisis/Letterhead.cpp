#include "crisis/Letterhead.h"

#include "common/Clock.h"
#include "crisis/CrisisAudit.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
};

constexpr int kMaxFieldLength = 200;

}  // namespace

bool LetterheadStore::looksLikeImage(const QByteArray &bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    return bytes.startsWith(png) || bytes.startsWith(jpeg);
}

Result<Letterhead> LetterheadStore::load()
{
    Letterhead letterhead;
    letterhead.schoolName = m_vault.school().name;
    auto stmt = m_vault.database().prepare(u"SELECT room, address, phone, logo FROM letterhead WHERE id = 1"_s);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row) {
        letterhead.room = stmt->text(0);
        letterhead.address = stmt->text(1);
        letterhead.phone = stmt->text(2);
        if (!stmt->isNull(3)) letterhead.logo = stmt->blob(3);
    }
    return letterhead;
}

Status LetterheadStore::save(const Letterhead &letterhead)
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can change the letterhead."));
    const QString room = letterhead.room.simplified();
    const QString address = letterhead.address.simplified();
    const QString phone = letterhead.phone.simplified();
    for (const QString &field : {room, address, phone})
        if (field.size() > kMaxFieldLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The room's name, address and phone can have at most %1 characters each.")
                                 .arg(kMaxFieldLength));
    if (!letterhead.logo.isEmpty()) {
        if (letterhead.logo.size() > kMaxLogoBytes)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The logo is %1 KB; it can be at most %2 KB. Save a smaller picture of it and "
                                    "choose that one. Nothing was changed.")
                                 .arg((letterhead.logo.size() + 1023) / 1024)
                                 .arg(kMaxLogoBytes / 1024));
        if (!looksLikeImage(letterhead.logo))
            return makeError(ErrorCode::InvalidInput, Tr::tr("The logo is not a PNG or JPEG picture. Choose a PNG or "
                                                             "JPEG file. Nothing was changed."));
    }
    // The detail names what the letterhead holds now, never the bytes of the logo.
    const QString detail = letterhead.logo.isEmpty() ? u"no logo"_s : u"logo %1 bytes"_s.arg(letterhead.logo.size());
    storage::Database &db = m_vault.database();
    return m_vault.recordChange(audit::action::LetterheadChanged, QString(), detail, [&]() -> Status {
        auto stmt = db.prepare(u"INSERT OR REPLACE INTO letterhead (id, room, address, phone, logo, updated_at, "
                               "updated_by) VALUES (1, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, room).bind(2, address).bind(3, phone);
        if (letterhead.logo.isEmpty()) stmt->bindNull(4);
        else stmt->bind(4, letterhead.logo);
        stmt->bind(5, clock::toStorage(clock::now())).bind(6, m_vault.currentUser().login);
        return stmt->exec();
    });
}

}  // namespace cd::crisis
