#pragma once
// Importing an answer file (CSV or .xlsx, as online survey tools or scanners export it) into a
// run, in two steps like the roster import: planAnswerImport() reads every row, matches the
// student number, maps columns to items and answer codes to values, and reports every unmatched
// student and every bad cell with its row and column, writing nothing; applyAnswerImport() writes
// the good sheets in one transaction (all or nothing).

#include "common/Result.h"
#include "io/Table.h"
#include "screening/Instrument.h"
#include "screening/SheetStore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::screening {

struct AnswerMapping {
    int headerRow = 0;             ///< index into Table::rows
    int studentNoColumn = -1;
    int secondsColumn = -1;        ///< optional: time taken (seconds, or "mm:ss")
    QList<int> itemColumns;        ///< per item of the definition, its column or -1
    /// Answer code as written (trimmed, case-folded) → value. Empty: the cell is a number that
    /// is an option's value.
    QHash<QString, int> codes;
    /// The numbers in the file fit two readings (only 1…N−1 appear for options 0…N−1: the values
    /// themselves, or 1 = the first answer); someone must choose (setNumbersAreValues) before
    /// anything is read.
    bool codesAmbiguous = false;
    /// Resolves the numbers: the values themselves, or 1 = the first option, 2 = the second….
    void setNumbersAreValues(const Instrument &instrument, bool values, const QStringList &cells);
    /// The mapping's problem in one sentence (no student number column, items with no column,
    /// a column used twice), or empty.
    QString problem(const Instrument &instrument, const io::Table &table) const;
};

/// Normalizes an answer cell for the code table (trimmed, full-width digits and letters made
/// half-width, lower case).
QString normalizedCode(const QString &cell);

/// A column as messages name it: its letter and heading, "F (Q4)".
QString columnName(const io::Table &table, const AnswerMapping &mapping, int column);

/// Guesses the header row, the student number column, the item columns (by "Q3", "第3题",
/// "3.", "PHQ9_3", "item 3", or the item text; else the columns after the student number in
/// order) and the answer codes (option values, option labels in any language, A/B/C/D, 1–N
/// when the options are 0–N−1, 是/否 for two options).
AnswerMapping guessAnswerMapping(const io::Table &table, const Instrument &instrument);

/// The distinct non-empty answer cells of the mapped columns (for the code table), sorted.
QStringList distinctAnswerCodes(const io::Table &table, const AnswerMapping &mapping);

struct CellProblem {
    int sourceRow = 0;
    int column = -1;     ///< 0-based; -1 for the row as a whole
    QString message;     ///< translated: "row 12, column F (Q4): "E" is not an answer code"
};

struct PlannedSheet {
    int sourceRow = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    bool replaces = false;  ///< the student already has a sheet of this instrument in the run
    SheetInput input;
    int missing = 0;
};

struct AnswerPlan {
    QString fileName;
    QString instrument;
    QList<PlannedSheet> sheets;   ///< rows that can be imported
    QList<CellProblem> problems;  ///< every unmatched student, bad cell, duplicate row
    QStringList unmatched;        ///< student numbers not on the run's list (also in problems)
    int rowsRead = 0;
    int rejectedRows = 0;
};

/// Reads every data row; writes nothing. A row with any problem is not planned (no sheet is
/// half-read); blank cells are unanswered items.
Result<AnswerPlan> planAnswerImport(vault::Vault &vault, qint64 runId, const QString &instrument,
                                    const io::Table &table, const AnswerMapping &mapping);

struct AnswerImportSummary {
    int imported = 0;
    int replaced = 0;
    int flagged = 0;
    int invalid = 0;
};

/// Writes the plan's sheets (scored) in one transaction. Refuses a plan with problems unless
/// `skipProblemRows`, so a file is never imported in part by accident.
Result<AnswerImportSummary> applyAnswerImport(vault::Vault &vault, qint64 runId, const AnswerPlan &plan,
                                              bool skipProblemRows);

}  // namespace cd::screening
