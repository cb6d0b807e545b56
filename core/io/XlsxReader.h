#pragma once
// Reads the first worksheet of an .xlsx workbook (Office Open XML) into a Table. Debian has no
// .xlsx library: the zip is opened with minizip and the parts parsed with QXmlStreamReader
// (shared strings, inline strings, numbers, booleans, and dates stored as serial numbers with a
// date format, in the 1900 or 1904 date system).

#include "common/Result.h"
#include "io/Table.h"

namespace cd::io {

Result<Table> readXlsxFile(const QString &path);

}  // namespace cd::io
