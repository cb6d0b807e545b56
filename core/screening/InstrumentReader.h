#pragma once
// Reads and validates an instrument definition (JSON, docs/instrument-format.md). Every problem
// is reported with the file, the line and the field (e.g. "bands[2]"), before the definition is
// used: malformed JSON, missing fields, duplicate items or answer values, references to items
// that do not exist, an item referenced twice in one scale, bands with a gap or an overlap or
// that do not cover every possible total, rules that can never apply.

#include "common/Result.h"
#include "screening/Instrument.h"

#include <QByteArray>
#include <QString>

namespace cd::screening {

Result<Instrument> parseInstrument(const QByteArray &json, const QString &fileName);
Result<Instrument> readInstrumentFile(const QString &path);
/// The definitions that ship with CounselDesk (:/instruments), in a fixed order (read once).
Result<QList<Instrument>> shippedInstruments();

struct Definition {
    Instrument instrument;
    QByteArray json;  ///< the file as shipped (a run keeps these bytes in the vault)
};
Result<QList<Definition>> shippedDefinitions();

}  // namespace cd::screening
