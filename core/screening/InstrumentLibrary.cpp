#include "screening/InstrumentLibrary.h"

#include "audit/AuditTarget.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "screening/InstrumentReader.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

}  // namespace

InstrumentLibrary::InstrumentLibrary(vault::Vault &vault) : m_vault(vault), m_db(vault.database()) {}

Result<QList<LibraryEntry>> InstrumentLibrary::available()
{
    QList<LibraryEntry> list;
    auto shipped = shippedInstruments();
    if (!shipped) return shipped.error();
    for (const Instrument &ins : *shipped) list << LibraryEntry{ins, true, {}, {}};

    auto stmt = m_db.prepare(u"SELECT code, version, definition, loaded_at, loaded_by FROM instrument_definitions "
                             "WHERE shipped = 0 ORDER BY code, loaded_at"_s);
    if (!stmt) return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        auto ins = parseInstrument(stmt->blob(2), stmt->text(0));
        if (!ins) return ins.error();
        LibraryEntry entry{*ins, false, clock::fromStorage(stmt->text(3)), stmt->text(4)};
        const auto same = std::find_if(list.begin(), list.end(),
                                       [&](const LibraryEntry &e) { return e.instrument.code == ins->code; });
        if (same != list.end()) *same = entry;  // later rows are newer
        else list << entry;
    }
    return list;
}

Result<Instrument> InstrumentLibrary::definition(const QString &code, const QString &version)
{
    auto stmt = m_db.prepare(u"SELECT definition FROM instrument_definitions WHERE code = ? AND version = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, code).bind(2, version);
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row) return parseInstrument(stmt->blob(0), code);
    auto shipped = shippedInstruments();
    if (!shipped) return shipped.error();
    for (const Instrument &ins : *shipped)
        if (ins.code == code && ins.version == version) return ins;
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The definition of %1, version %2, is not in this vault. Load it again "
                            "(Screening → Instruments…).")
                         .arg(code, version));
}

Result<Instrument> InstrumentLibrary::latest(const QString &code)
{
    auto all = available();
    if (!all) return all.error();
    for (const LibraryEntry &e : *all)
        if (e.instrument.code == code) return e.instrument;
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no instrument %1. Load its definition first (Screening → Instruments…).")
                         .arg(code));
}

Status InstrumentLibrary::keep(const QByteArray &json, const Instrument &parsed, bool shipped)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Internal, u"InstrumentLibrary::keep outside an audited change"_s);
    const QString actor = m_vault.currentUser().login;
    auto stmt = m_db.prepare(u"SELECT definition FROM instrument_definitions WHERE code = ? AND version = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, parsed.code).bind(2, parsed.version);
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row) {
        if (stmt->blob(0) == json) return {};
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("This vault already holds a different definition of %1, version %2. A corrected "
                                "definition needs a new version number.")
                             .arg(parsed.code, parsed.version));
    }
    auto insert = m_db.prepare(u"INSERT INTO instrument_definitions (code, version, definition, shipped, loaded_at, "
                               "loaded_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!insert) return insert.error();
    insert->bind(1, parsed.code).bind(2, parsed.version).bind(3, json).bind(4, shipped ? 1 : 0);
    insert->bind(5, clock::toStorage(clock::now())).bind(6, actor);
    return insert->exec();
}

Result<Instrument> loadSchoolInstrument(vault::Vault &vault, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray json = file.read(4 * 1024 * 1024 + 1);
    file.close();
    auto ins = parseInstrument(json, QFileInfo(path).fileName());
    if (!ins) return ins.error();
    CD_TRY(vault.recordChange(audit::action::InstrumentLoaded, audit::instrumentTarget(ins->code),
                              u"version=%1"_s.arg(ins->version), [&]() {
                                  return InstrumentLibrary(vault).keep(json, *ins, false);
                              }));
    return ins;
}

}  // namespace cd::screening
