#include "io/Table.h"

#include <algorithm>

namespace cd::io {

bool TableRow::isBlank() const
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty()) return false;
    return true;
}

int Table::columnCount() const
{
    int columns = 0;
    for (const TableRow &row : rows) columns = std::max(columns, static_cast<int>(row.cells.size()));
    return columns;
}

QString columnLetters(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

}  // namespace cd::io
