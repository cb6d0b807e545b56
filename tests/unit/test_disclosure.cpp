// Statistical disclosure control (core/disclosure): primary and complementary suppression, and
// the audit of what can be worked out. The property test checks every withheld cell's range with
// a computation of its own: an integer program per cell built here from the tables (GLPK's branch
// and cut, not the engine's linear programs), so a range the engine overstates is caught.

#include "disclosure/Suppression.h"

#include "support/IntegerRange.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <cmath>

using namespace cd;
using namespace cd::disclosure;
using namespace Qt::StringLiterals;

namespace {

/// A table of rows × columns with row totals, column totals and the grand total.
struct Grid {
    QVector<QVector<int>> cell;  // [r][c]
    QVector<int> rowTotal, columnTotal;
    int grand = -1;
};

Grid addGrid(CountTables &t, const QString &name, const QVector<QVector<qint64>> &values, bool sensitive = false)
{
    Grid g;
    const int rows = static_cast<int>(values.size());
    const int cols = static_cast<int>(values[0].size());
    g.cell.resize(rows);
    QVector<qint64> colSum(cols, 0);
    qint64 grand = 0;
    for (int r = 0; r < rows; ++r) {
        qint64 sum = 0;
        for (int c = 0; c < cols; ++c) {
            g.cell[r].append(t.add(name, QString::number(r), QString::number(c), values[r][c], sensitive));
            sum += values[r][c];
            colSum[c] += values[r][c];
        }
        g.rowTotal.append(t.add(name, QString::number(r), u"total"_s, sum));
        t.breakDown(g.rowTotal.last(), QList<int>(g.cell[r].cbegin(), g.cell[r].cend()));
        grand += sum;
    }
    for (int c = 0; c < cols; ++c) {
        g.columnTotal.append(t.add(name, u"total"_s, QString::number(c), colSum[c]));
        QList<int> parts;
        for (int r = 0; r < rows; ++r) parts.append(g.cell[r][c]);
        t.relate(g.columnTotal.last(), parts);
    }
    g.grand = t.add(name, u"total"_s, u"total"_s, grand);
    t.relate(g.grand, QList<int>(g.rowTotal.cbegin(), g.rowTotal.cend()));
    t.relate(g.grand, QList<int>(g.columnTotal.cbegin(), g.columnTotal.cend()));
    return g;
}

/// The integer range of cell `target` given the published cells (the tests' own integer program).
std::pair<double, double> integerRange(const CountTables &t, const QVector<bool> &suppressed, int target)
{
    test::PublishedCounts m;
    for (const Cell &c : t.cells()) m.value << c.value;
    m.withheld = suppressed;
    for (const Relation &r : t.relations()) m.sums << test::KnownSum{r.total, r.parts};
    return test::integerRange(m, target);
}

}  // namespace

TEST_CASE("disclosure: a small count and the smallest cell that hides it", "[disclosure]")
{
    CountTables t;
    QList<int> parts;
    for (qint64 v : {20, 3, 0, 9}) parts.append(t.add(u"t"_s, u"r"_s, QString::number(v), v));
    const int total = t.add(u"t"_s, u"r"_s, u"total"_s, 32);
    t.breakDown(total, parts);
    auto p = protect(t, 5);
    REQUIRE(p.ok());
    CHECK(p->suppressed == QVector<bool>{false, true, false, true, false});
    CHECK(p->primary == 1);
    CHECK(p->secondary == 1);
    CHECK(p->ranges[1].low == 0);
    CHECK(p->ranges[1].high == 12);
    auto narrow = audit(t, p->suppressed, 5);
    REQUIRE(narrow.ok());
    CHECK(narrow->isEmpty());
    // Withholding only the small one would not do: the total gives it away.
    auto leak = audit(t, QVector<bool>{false, true, false, false, false}, 5);
    REQUIRE(leak.ok());
    CHECK(*leak == QList<int>{1});
}

TEST_CASE("disclosure: a class cell hidden in its row cannot be recovered from the grade's column", "[disclosure]")
{
    // Two classes × three bands, with the grade's totals per band: the old CSV hid cells within
    // a row only, so subtracting the other class from the grade total gave them back.
    CountTables t;
    const Grid g = addGrid(t, u"grade 7"_s, {{30, 3, 8}, {25, 12, 2}});
    auto p = protect(t, 5);
    REQUIRE(p.ok());
    CHECK(p->suppressed[g.cell[0][1]]);
    CHECK(p->suppressed[g.cell[1][2]]);
    for (int i = 0; i < t.size(); ++i) {
        INFO("cell " << i);
        if (!p->suppressed[i]) {
            const qint64 v = t.cells()[i].value;
            CHECK((v == 0 || v >= 5));
        } else {
            CHECK(p->ranges[i].width() >= 5);
        }
    }
}

TEST_CASE("disclosure: a sensitive count near its group's total is withheld", "[disclosure]")
{
    CountTables t;
    const int flagged = t.add(u"t"_s, u"grade 9"_s, u"flagged"_s, 28, true);
    const int clear = t.add(u"t"_s, u"grade 9"_s, u"not flagged"_s, 2);
    const int total = t.add(u"t"_s, u"grade 9"_s, u"screened"_s, 30);
    t.breakDown(total, {flagged, clear});
    const QVector<bool> primary = primarySuppression(t, 5);
    CHECK(primary[flagged]);
    CHECK(primary[clear]);
    CHECK_FALSE(primary[total]);
}

TEST_CASE("disclosure: a withheld cell's published lower bound narrows what can be derived", "[disclosure]")
{
    // A district's merged row: 20 in all, one part published (10), two withheld, one of them
    // known to be at least 6 (the schools that published their part of it).
    CountTables t;
    const int published = t.add(u"t"_s, u"r"_s, u"a"_s, 10);
    Cell bounded{u"t"_s, u"r"_s, u"b"_s, 6};
    bounded.atLeast = 6;
    const int atLeastSix = t.add(bounded);
    const int plain = t.add(u"t"_s, u"r"_s, u"c"_s, 0);
    const int total = t.add(u"t"_s, u"r"_s, u"total"_s, 20);
    t.relate(total, {published, atLeastSix, plain});
    Cell alone{u"u"_s, u"r"_s, u"x"_s, 3};
    alone.atLeast = 3;
    const int unrelated = t.add(alone);
    const QVector<bool> withheld{false, true, true, false, true};
    auto ranges = derivableRanges(t, withheld);
    REQUIRE(ranges.ok());
    CHECK((*ranges)[atLeastSix].low == 6);
    CHECK((*ranges)[atLeastSix].high == 10);
    CHECK((*ranges)[plain].low == 0);
    CHECK((*ranges)[plain].high == 4);  // 20 − 10 − at least 6
    CHECK((*ranges)[unrelated].low == 3);
    CHECK((*ranges)[unrelated].high == CellRange::kUnbounded);
    auto narrow = audit(t, withheld, 5);
    REQUIRE(narrow.ok());
    CHECK(*narrow == QList<int>{atLeastSix, plain});
    // Without the bound the same cells would pass: the bound is what makes them narrow.
    CountTables unbounded;
    for (Cell c : t.cells()) {
        c.atLeast = 0;
        unbounded.add(c);
    }
    unbounded.relate(total, {published, atLeastSix, plain});
    auto wide = audit(unbounded, withheld, 5);
    REQUIRE(wide.ok());
    CHECK(wide->isEmpty());
}

TEST_CASE("disclosure: property: random small schools publish no small count and no narrow range", "[disclosure][property]")
{
    QRandomGenerator rng(20261206);
    int instances = 0, withheld = 0;
    for (int round = 0; round < 150; ++round) {
        const int k = rng.bounded(2) ? 5 : 3;
        const int rows = 1 + rng.bounded(4), cols = 2 + rng.bounded(3);
        QVector<QVector<qint64>> values(rows, QVector<qint64>(cols));
        for (auto &r : values)
            for (auto &v : r) v = rng.bounded(4) == 0 ? 0 : rng.bounded(1, 15);
        CountTables t;
        const Grid g = addGrid(t, u"a"_s, values, rng.bounded(2) == 0);
        if (rng.bounded(2)) {
            // A second table that breaks the same rows down another way, sharing the row totals.
            QVector<QVector<qint64>> other(rows, QVector<qint64>(2));
            for (int r = 0; r < rows; ++r) {
                qint64 sum = 0;
                for (qint64 v : values[r]) sum += v;
                other[r][0] = rng.bounded(static_cast<int>(sum) + 1);
                other[r][1] = sum - other[r][0];
            }
            const Grid h = addGrid(t, u"b"_s, other);
            for (int r = 0; r < rows; ++r) t.relate(h.rowTotal[r], {g.rowTotal[r]});
        }
        REQUIRE(t.consistencyProblem().isEmpty());
        auto p = protect(t, k);
        REQUIRE(p.ok());
        ++instances;
        for (int i = 0; i < t.size(); ++i) {
            INFO("round " << round << " cell " << i << " value " << t.cells()[i].value << " k " << k);
            if (!p->suppressed[i]) {
                CHECK_FALSE((t.cells()[i].value >= 1 && t.cells()[i].value < k));
                continue;
            }
            ++withheld;
            const auto [low, high] = integerRange(t, p->suppressed, i);
            CHECK(high - low >= k);
            CHECK(low <= double(t.cells()[i].value));
            CHECK(high >= double(t.cells()[i].value));
        }
    }
    CHECK(instances == 150);
    CHECK(withheld > 100);
}
