// A withheld count with a published lower bound (a district's merged count, docs/district-merge.md):
// printed "≥n" everywhere, written to summary.json as "at_least" and read back.

#include "district/PackageFiles.h"
#include "district/PackageReader.h"

#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace cd;
using namespace cd::district;

namespace {

/// The test summary with its first withheld count given a lower bound of 7 (a merge's bound is 0 or at least k).
std::pair<Summary, cd::test::ValueAt> boundedSummary()
{
    Summary s = cd::test::makeTestSummary();
    const cd::test::ValueAt at = cd::test::firstWithheldCount(s);
    REQUIRE(at.table >= 0);
    const int cell = s.tables[at.table].rows[at.row].values[at.column].count;
    disclosure::CountTables counts;
    for (int i = 0; i < s.counts.size(); ++i) {
        disclosure::Cell c = s.counts.cells().at(i);
        if (i == cell) c.atLeast = 7;
        counts.add(c);
    }
    for (const disclosure::Relation &r : s.counts.relations())
        r.breakdown ? counts.breakDown(r.total, r.parts) : counts.relate(r.total, r.parts);
    s.counts = counts;
    return {s, at};
}

}  // namespace

TEST_CASE("district lower bound: a withheld count known to be at least n prints as ≥n", "[district][merge]")
{
    const auto [s, at] = boundedSummary();
    const SummaryValue &v = s.tables[at.table].rows[at.row].values[at.column];
    CHECK(s.withheld(v));
    CHECK(s.lowerBound(v) == 7);
    CHECK(s.text(v) == u"\u22657"_s);
    // Every other withheld count is still the plain mark.
    const cd::test::ValueAt plain = cd::test::firstWithheldCount(cd::test::makeTestSummary());
    CHECK(cd::test::makeTestSummary().text(s.tables[plain.table].rows[plain.row].values[plain.column]) == u"*"_s);
    CHECK(tableCsv(s, s.tables[at.table]).contains(u"\u22657"_s.toUtf8()));
}

TEST_CASE("district lower bound: summary.json states at_least, and the reader reads it back", "[district][merge]")
{
    const auto [s, at] = boundedSummary();
    const QByteArray json = summaryJson(s);
    auto parsed = parseSummaryJson(json, u"summary.json"_s);
    REQUIRE(parsed.ok());
    const PackageValue &v = parsed->tables[at.table].rows[at.row].values[at.column];
    CHECK(v.withheld);
    CHECK_FALSE(v.value.has_value());
    CHECK(v.atLeast == 7);
    int bounded = 0;
    for (const PackageTable &t : parsed->tables)
        for (const PackageRow &r : t.rows)
            for (const PackageValue &pv : r.values) bounded += pv.atLeast > 0 ? 1 : 0;
    CHECK(bounded == 1);

    // A bound on a published value, or one that is not a whole number, does not follow the format.
    QByteArray onPublished = json;
    onPublished.replace("\"at_least\": 7", "\"at_least\": 2.5");
    CHECK(parseSummaryJson(onPublished, u"summary.json"_s).error().code == cd::ErrorCode::Damaged);
    QByteArray withValue = json;
    withValue.replace("\"at_least\": 7,", "\"at_least\": 7, \"value\": 4,");
    withValue.replace("\"at_least\": 7\n", "\"at_least\": 7, \"value\": 4\n");
    CHECK_FALSE(parseSummaryJson(withValue, u"summary.json"_s).ok());
    // A bound from 1 to k − 1 would tell the count is small: refused in any package.
    QByteArray small = json;
    small.replace("\"at_least\": 7", "\"at_least\": 3");
    auto smallBound = parseSummaryJson(small, u"summary.json"_s);
    REQUIRE_FALSE(smallBound.ok());
    CHECK(smallBound.error().message.contains(u"a lower bound of 3, below k ="_s));
}
