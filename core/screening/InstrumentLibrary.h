#pragma once
// The instruments a vault can use: the shipped definitions plus those the school loaded (a
// licensed scale, an official translation, a corrected version). A definition a run uses is kept
// in the vault byte for byte, so its scores can always be recomputed with the exact version they
// were made with, whatever CounselDesk ships later.

#include "common/Result.h"
#include "screening/ScreeningAudit.h"
#include "screening/Instrument.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::storage {
class Database;
}

namespace cd::screening {

struct LibraryEntry {
    Instrument instrument;
    bool shipped = true;     ///< false: loaded by the school
    QDateTime loadedAt;      ///< school-loaded only
    QString loadedBy;
};

class InstrumentLibrary {
public:
    explicit InstrumentLibrary(vault::Vault &vault);

    /// The newest version of every instrument: the school's own definition of a code replaces the
    /// shipped one. Sorted: shipped order first, then the school's by code.
    Result<QList<LibraryEntry>> available();
    /// A definition by code and version (kept in the vault, or shipped).
    Result<Instrument> definition(const QString &code, const QString &version);
    /// The newest version of `code` available.
    Result<Instrument> latest(const QString &code);
    /// Keeps `json` (already validated) in the vault, as the signed-in user. A second copy of the
    /// same code and version with other content is refused: a corrected definition needs a new
    /// version. A building block of audited changes (loadSchoolInstrument, pinning a run's
    /// definitions): refused outside a transaction.
    Status keep(const QByteArray &json, const Instrument &parsed, bool shipped);

private:
    vault::Vault &m_vault;
    storage::Database &m_db;
};

/// Reads, validates and keeps a school's definition file (audited). The same file twice is fine.
Result<Instrument> loadSchoolInstrument(vault::Vault &vault, const QString &path);

}  // namespace cd::screening
