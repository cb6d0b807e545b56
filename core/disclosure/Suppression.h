#pragma once
// Which cells of a CountTables are withheld, and the proof that withholding them is enough
// (docs/disclosure.md).
//
// Primary suppression: every count from 1 to k−1 (in value, or in the people behind a count of
// events: Cell::people), and every sensitive count within k−1 of its group's total. Complementary suppression: further cells are withheld until, for every withheld
// cell, the range an attacker can derive from everything published (every relation, counts never
// negative) is at least k wide. The ranges are computed by linear programming (GLPK): for each
// withheld cell, its minimum and maximum subject to the published cells and the relations.
// Choosing the complementary cells is a heuristic (the fewest and smallest cells is NP-hard);
// the guarantee is not: `protect` returns only a suppression whose every range was computed wide
// enough, and exporters call `audit` again on exactly what they write.

#include "common/Result.h"
#include "disclosure/CountTables.h"

#include <atomic>
#include <limits>

namespace cd::disclosure {

/// What can be derived about one cell: published cells are exact; a withheld one lies in
/// [low, high] (high = kUnbounded when nothing bounds it from above).
struct CellRange {
    static constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max();
    qint64 low = 0;
    qint64 high = 0;
    qint64 width() const { return high == kUnbounded ? kUnbounded : high - low; }
};

struct Protection {
    QVector<bool> suppressed;  ///< per cell
    int primary = 0;           ///< withheld as small (or near the total)
    int secondary = 0;         ///< withheld so that the others cannot be worked out
    QVector<CellRange> ranges; ///< per cell, as audited
};

/// The cells the primary rule withholds for `k` (and every hidden cell).
QVector<bool> primarySuppression(const CountTables &tables, int k);

/// The derivable range of every cell given which are withheld (LP over the relations).
Result<QVector<CellRange>> derivableRanges(const CountTables &tables, const QVector<bool> &suppressed);

/// Primary then complementary suppression for `k` (≥ 2), audited. Internal error if the tables'
/// values do not add up (a bug in the exporter, never the user's input).
Result<Protection> protect(const CountTables &tables, int k, const std::atomic_bool *cancel = nullptr);

/// The withheld cells whose derivable range is narrower than `k` (empty: safe to publish).
Result<QList<int>> audit(const CountTables &tables, const QVector<bool> &suppressed, int k);

}  // namespace cd::disclosure
