#include "io/Table.h"

namespace cd::io {

bool TableRow::isBlank() const
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty()) return false;
    return true;
}

}  // namespace cd::io
