#pragma once
// Shared by the roster fuzz targets: what the import does with a table once a file is read.

#include "common/Clock.h"
#include "io/Table.h"
#include "roster/RosterFields.h"
#include "roster/RosterMapping.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

namespace cd::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// The same "today" for every run: a date parser's verdict must not depend on the day a crash is replayed.
inline void pinClock() { clock::setNowForTesting(QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC)); }

/// Finds and maps the header, then reads every cell below it with every field parser: the user can
/// map any column to any field in the import dialog.
inline void exerciseRosterTable(const io::Table &table)
{
    const roster::ColumnMapping mapping = roster::guessMapping(table);
    (void)roster::headerSignature(table, mapping.headerRow);
    (void)mapping.problem();
    QString why;
    for (qsizetype r = mapping.headerRow + 1; r < table.rows.size(); ++r) {
        const io::TableRow &row = table.rows[r];
        if (row.isBlank()) continue;
        for (const QString &cell : row.cells) {
            if (cell.isEmpty()) continue;  // rows padded up to a far cell would make runs slow, not deeper
            (void)roster::parseStudentNo(cell, &why);
            (void)roster::parseName(cell, &why);
            (void)roster::parseSex(cell, &why);
            (void)roster::parseBirthDate(cell, &why);
            (void)roster::parseGrade(cell, &why);
            (void)roster::parseClass(cell, &why);
        }
    }
}

}  // namespace cd::fuzz
