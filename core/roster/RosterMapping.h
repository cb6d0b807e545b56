#pragma once
// Which column of a roster file holds which field: guessed from the header row (Chinese or
// English, with title rows above it), adjustable by the user, remembered per header layout.

#include "common/Result.h"
#include "io/Table.h"
#include "roster/RosterFields.h"

#include <QMap>

namespace cd::vault {
class Vault;
}

namespace cd::roster {

struct ColumnMapping {
    int headerRow = -1;        ///< index into Table::rows of the header; -1 when none was found
    QMap<Field, int> columns;  ///< field -> 0-based column; absent when not mapped
    int column(Field field) const { return columns.value(field, -1); }
    /// The student number column is required, and the name for new students.
    QString problem() const;
};

/// Finds the header among the first rows and maps the columns it recognises.
ColumnMapping guessMapping(const io::Table &table);
/// Applies one "FIELD=COLUMN" of the command line to `mapping`: FIELD is a field code (student_no,
/// name, sex, birth_date, grade, class) or a header word such as 学号; COLUMN is a header text of the
/// header row, a column letter (B) or a 1-based number; an empty COLUMN unmaps the field.
Status overrideMapping(const io::Table &table, ColumnMapping &mapping, const QString &spec);
/// A stable key for a header layout (the header cells, joined).
QString headerSignature(const io::Table &table, int headerRow);

/// The mapping the user confirmed last for this header layout, if any.
Result<std::optional<QMap<Field, int>>> rememberedMapping(vault::Vault &vault, const QString &signature);
Status rememberMapping(vault::Vault &vault, const QString &signature, const QMap<Field, int> &columns);

}  // namespace cd::roster
