#pragma once
// The tests' own check of disclosure control: the integer range of a withheld count given every
// published count and the sums a reader knows, by GLPK's branch and cut (an integer program per
// cell), independent of the engine's linear programs in core/disclosure.

#include <QList>
#include <QVector>

#include <utility>

namespace cd::test {

/// total = Σ parts, over the model's variables.
struct KnownSum {
    int total = -1;
    QList<int> parts;
};

struct PublishedCounts {
    QVector<qint64> value;
    QVector<bool> withheld;  ///< free (≥ 0, integer) when withheld, fixed to its value when published
    QList<KnownSum> sums;
};

/// The least and greatest value `target` can take (HUGE_VAL when unbounded or infeasible).
std::pair<double, double> integerRange(const PublishedCounts &model, int target);

}  // namespace cd::test
