#pragma once
// Cells of the CSV files CounselDesk writes. A cell a spreadsheet would run as a formula
// ("=cmd|'/c calc'!A0", "+1+1", "@SUM(…)") is written with a leading apostrophe, so Excel and WPS
// show it as text (CSV injection); a cell with a comma, quote or line break is quoted.

#include <QString>
#include <QStringList>

namespace cd::io {

/// Whether a spreadsheet would read `text` as a formula: it starts with = + - @, a tab or a
/// carriage return (or their full-width forms), and is not a plain number such as -3 or +2.5.
bool looksLikeFormula(const QString &text);
/// One cell, neutralised and quoted as needed.
QString csvCell(const QString &text);

}  // namespace cd::io
