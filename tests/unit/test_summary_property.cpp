// Property test of the semester summary's disclosure control (docs/district-summary.md): many
// random small synthetic schools (a class of 12, a grade with one referral, one crisis event) laid
// out with the built-in layout and protected. No published count lies in 1 … k−1, and every withheld
// count's range is at least k wide, computed here independently of the export: the relations are
// rebuilt from the published tables alone (rows to the total row, an instrument's grades to the
// instrument, a row's parts to their total, the same cell in two tables) and each range is an
// integer program of this test's own (GLPK branch and cut).

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"
#include "district/SummaryLayout.h"

#include "support/IntegerRange.h"
#include "support/TestDistrictSchools.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>


using namespace Qt::StringLiterals;
using namespace cd::district;

namespace {

/// What a reader of the tables knows adds up, within a row (the test's own list).
const QList<QStringList> kRowSums = {
    {u"expected"_s, u"screened"_s, u"not_screened"_s},
    {u"screened"_s, u"invalid"_s, u"band1"_s, u"band2"_s, u"band3"_s, u"band4"_s, u"band5"_s},
    {u"screened"_s, u"flagged"_s, u"not_flagged"_s},
    {u"followups"_s, u"followups_done"_s, u"followups_open"_s},
    {u"students_seen"_s, u"seen_female"_s, u"seen_male"_s, u"seen_sex_unstated"_s},
    {u"cases"_s, u"cases_new"_s, u"cases_continuing"_s},
    {u"referrals"_s, u"slips_returned"_s, u"slips_outstanding"_s},
    {u"time_off"_s, u"back_at_school"_s, u"still_away"_s},
};

/// Every Count value of the summary's tables and the sums a reader can see between them.
cd::test::PublishedCounts readTables(const Summary &s)
{
    cd::test::PublishedCounts m;
    QHash<QString, int> first;  // "row|column" (the total and the school row as "school") → variable
    for (const SummaryTable &t : s.tables) {
        QHash<QString, QHash<QString, int>> vars;  // row key → column key → variable
        for (const SummaryRow &row : t.rows)
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const SummaryValue &v = row.values.at(c);
                if (v.kind != ValueKind::Count) continue;
                const int var = static_cast<int>(m.value.size());
                m.value << s.counts.cells().at(v.count).value;
                m.withheld << s.withheld(v);
                vars[row.key][t.columns.at(c).key] = var;
                const QString rowKey = row.key == u"total"_s ? u"school"_s : row.key;
                const QString id = rowKey + u'|' + t.columns.at(c).key;
                if (first.contains(id)) m.sums << cd::test::KnownSum{first.value(id), {var}};
                else first.insert(id, var);
            }
        for (auto row = vars.cbegin(); row != vars.cend(); ++row)
            for (const QStringList &sum : kRowSums) {
                if (!row->contains(sum.first())) continue;
                QList<int> parts;
                for (qsizetype i = 1; i < sum.size(); ++i)
                    if (row->contains(sum.at(i))) parts << row->value(sum.at(i));
                if (parts.size() == sum.size() - 1) m.sums << cd::test::KnownSum{row->value(sum.first()), parts};
            }
        // Rows to the total row; an instrument's grades to the instrument's row.
        for (auto parent = vars.cbegin(); parent != vars.cend(); ++parent) {
            QStringList children;
            for (auto child = vars.cbegin(); child != vars.cend(); ++child) {
                if (child.key() == parent.key()) continue;
                if (parent.key() == u"total"_s
                    || (parent.key().startsWith(u"instrument="_s) && !parent.key().contains(u' ')
                        && child.key().startsWith(parent.key() + u' ')))
                    children << child.key();
            }
            if (children.isEmpty()) continue;
            for (auto col = parent->cbegin(); col != parent->cend(); ++col) {
                QList<int> parts;
                for (const QString &child : children) parts << vars.value(child).value(col.key());
                m.sums << cd::test::KnownSum{col.value(), parts};
            }
        }
    }
    return m;
}

}  // namespace

TEST_CASE("semester summary: property: random small schools publish no small count and no narrow range",
          "[district][summary][property]")
{
    auto layout = builtInSummaryLayout();
    REQUIRE(layout.ok());
    QRandomGenerator rng(20261206);
    int schools = 0, withheld = 0, checked = 0;
    for (int round = 0; round < 12; ++round) {
        const int k = round % 3 == 2 ? 10 : 5;
        Summary s;
        s.header.k = k;
        s.header.language = u"en"_s;
        buildSummaryTables(*layout, cd::test::randomSchoolFacts(rng), s);
        REQUIRE(s.counts.consistencyProblem().isEmpty());
        auto status = protectSummary(s, k);
        INFO("round " << round << " k " << k);
        REQUIRE(status.ok());
        ++schools;
        const cd::test::PublishedCounts m = readTables(s);
        for (const cd::test::KnownSum &r : m.sums) {  // the tables add up as a reader is told
            qint64 sum = 0;
            for (int p : r.parts) sum += m.value[p];
            REQUIRE(sum == m.value[r.total]);
        }
        for (qsizetype i = 0; i < m.value.size(); ++i) {
            INFO("variable " << i << " value " << m.value[i]);
            if (!m.withheld[i]) {
                CHECK_FALSE((m.value[i] >= 1 && m.value[i] < k));
                continue;
            }
            ++withheld;
            const auto [low, high] = integerRange(m, static_cast<int>(i));
            CHECK(high - low >= k);
            CHECK(low <= double(m.value[i]));
            CHECK(high >= double(m.value[i]));
            ++checked;
        }
    }
    CHECK(schools == 12);
    CHECK(withheld > 50);
    CHECK(checked == withheld);
}
