#pragma once
// A roster import in two steps: plan() reads every row and says what would happen to it (add,
// update with which changes, unchanged, or rejected with the reason), writing nothing; apply()
// writes the valid rows in one transaction with one audit row. Students are matched on the
// student number; an import never duplicates a student and never touches the growth record.

#include "common/Result.h"
#include "students/StudentsAudit.h"
#include "io/Table.h"
#include "roster/RosterMapping.h"
#include "students/Student.h"

#include <QList>

namespace cd::vault {
class Vault;
}

namespace cd::roster {

enum class RowAction { Add, Update, Unchanged, Reject };

struct PlannedRow {
    int sourceRow = 0;  ///< row (xlsx) or line (CSV) in the file
    RowAction action = RowAction::Reject;
    students::Student student;  ///< what the row says (merged with the existing student on update)
    QStringList changes;        ///< translated "Class: 3 → 4" lines for updates
    QString reason;             ///< translated, for rejected rows
};

struct ImportPlan {
    QString fileName;
    QList<PlannedRow> rows;
    int count(RowAction action) const;
};

/// Reads every data row below the header. Writes nothing.
Result<ImportPlan> planRosterImport(vault::Vault &vault, const io::Table &table, const ColumnMapping &mapping);

struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
};

/// Writes the plan's added and updated rows in one transaction (all or nothing) and remembers the
/// mapping for this header layout.
Result<ImportSummary> applyRosterImport(vault::Vault &vault, const ImportPlan &plan, const QString &headerSignature,
                                        const ColumnMapping &mapping);


}  // namespace cd::roster
