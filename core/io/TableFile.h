#pragma once
// Reads a table people bring (a roster, an answer file): a .csv (UTF-8, UTF-16 or GB18030) or a
// .xlsx workbook's first sheet, told apart by content, not only by name.

#include "common/Result.h"
#include "io/Table.h"

#include <QString>

namespace cd::io {

/// The file's rows; an old .xls workbook or an unreadable file is refused with a sentence that says
/// what to do.
Result<Table> readTableFile(const QString &path);

}  // namespace cd::io
