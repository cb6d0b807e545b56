#pragma once
// Reads CSV as Excel and school information systems write it: comma, semicolon or tab separated
// (detected), quoted fields with doubled quotes and line breaks inside, CRLF or LF.

#include "common/Result.h"
#include "io/Table.h"

namespace cd::io {

/// Parses decoded text. A quote left open at the end of the file is an error naming its line.
Result<Table> parseCsv(const QString &text, const QString &fileName);
/// Reads, decodes (io/TextDecoding.h) and parses a CSV file.
Result<Table> readCsvFile(const QString &path);

}  // namespace cd::io
