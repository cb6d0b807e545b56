#pragma once
// A rectangular-ish table read from a spreadsheet or CSV file: rows of cell texts, each row
// remembering its line or row number in the source file (for messages that name it).

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::io {

struct TableRow {
    int sourceRow = 0;  ///< 1-based row (xlsx) or line (CSV) in the file
    QStringList cells;
    bool isBlank() const;
};

struct Table {
    QString fileName;  ///< for messages
    QString encoding;  ///< what was detected ("UTF-8", "GB18030", "xlsx")
    QList<TableRow> rows;
    /// The widest row's number of cells.
    int columnCount() const;
};

/// A spreadsheet column's letters: 0 → "A", 25 → "Z", 26 → "AA".
QString columnLetters(int column);

}  // namespace cd::io
