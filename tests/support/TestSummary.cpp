#include "support/TestSummary.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

using district::SummaryColumn;
using district::SummaryRow;
using district::SummaryTable;
using district::SummaryValue;
using district::ValueKind;

/// A table of `groups` rows (and a total row) by screened, band 1, band 2 (sensitive) and the
/// percent in band 2; each row's screened = band 1 + band 2, the total row the sum of the rows.
SummaryTable bandTable(district::Summary &s, const QString &id, const QString &title,
                       const QList<std::pair<int, int>> &bands, const QString &rowPrefix)
{
    auto &t = s.counts;
    SummaryTable table;
    table.id = id;
    table.part = u"monitoring"_s;
    table.title = title;
    table.note = u"Students screened this semester, by band."_s;
    table.columns = {SummaryColumn{u"screened"_s, u"Screened"_s, ValueKind::Count},
                     SummaryColumn{u"band=1"_s, u"Band 1"_s, ValueKind::Count},
                     SummaryColumn{u"band=2"_s, u"Band 2"_s, ValueKind::Count},
                     SummaryColumn{u"band=2%"_s, u"Band 2 (%)"_s, ValueKind::Percent}};
    QList<int> screened, band1, band2;
    for (int i = 0; i < bands.size(); ++i) {
        const QString row = u"%1=%2"_s.arg(rowPrefix).arg(i + 7);
        const auto [b1, b2] = bands.at(i);
        screened << t.add(id, row, u"screened"_s, b1 + b2);
        band1 << t.add(id, row, u"band=1"_s, b1);
        band2 << t.add(id, row, u"band=2"_s, b2, true);
        t.breakDown(screened.last(), {band1.last(), band2.last()});
        table.rows << SummaryRow{row, u"Grade %1"_s.arg(i + 7),
                                 {SummaryValue::ofCount(screened.last()), SummaryValue::ofCount(band1.last()),
                                  SummaryValue::ofCount(band2.last()),
                                  SummaryValue::ofPercent(100.0 * b2 / qMax(1, b1 + b2), band2.last(), screened.last())}};
    }
    int all = 0, all1 = 0, all2 = 0;
    for (const auto &[b1, b2] : bands) {
        all += b1 + b2;
        all1 += b1;
        all2 += b2;
    }
    const int total = t.add(id, u"total"_s, u"screened"_s, all);
    const int total1 = t.add(id, u"total"_s, u"band=1"_s, all1);
    const int total2 = t.add(id, u"total"_s, u"band=2"_s, all2, true);
    t.breakDown(total, {total1, total2});
    t.relate(total, screened);
    t.relate(total1, band1);
    t.relate(total2, band2);
    table.rows << SummaryRow{u"total"_s, u"Total"_s,
                             {SummaryValue::ofCount(total), SummaryValue::ofCount(total1), SummaryValue::ofCount(total2),
                              SummaryValue::ofPercent(100.0 * all2 / qMax(1, all), total2, total)}};
    return table;
}

ValueAt findCount(const district::Summary &s, bool withheld)
{
    for (int t = 0; t < s.tables.size(); ++t)
        for (int r = 0; r < s.tables[t].rows.size(); ++r)
            for (int c = 0; c < s.tables[t].rows[r].values.size(); ++c) {
                const SummaryValue &v = s.tables[t].rows[r].values[c];
                if (v.kind == ValueKind::Count && s.withheld(v) == withheld && s.counts.cells()[v.count].value > 0)
                    return {t, r, c};
            }
    return {};
}

}  // namespace

district::Summary makeTestSummary(int extraTables, int k)
{
    district::Summary s;
    s.header.generator = u"CounselDesk test"_s;
    s.header.layoutId = u"cd-district-summary"_s;
    s.header.layoutVersion = 1;
    s.header.language = u"en"_s;
    s.header.schoolCode = u"G4401"_s;
    s.header.schoolName = u"Synthetic Middle School"_s;
    s.header.schoolType = u"junior_high"_s;
    s.header.semester = u"2026 autumn"_s;
    s.header.k = k;
    s.tables << bandTable(s, u"monitoring.bands"_s, u"Screening by grade"_s, {{36, 4}, {30, 5}, {41, 9}}, u"grade"_s);

    SummaryTable lessons;
    lessons.id = u"education.lessons"_s;
    lessons.part = u"education"_s;
    lessons.title = u"Lessons by grade"_s;
    lessons.columns = {SummaryColumn{u"classes"_s, u"Classes"_s, ValueKind::Number},
                       SummaryColumn{u"delivered"_s, u"Lessons delivered"_s, ValueKind::Number},
                       SummaryColumn{u"rate"_s, u"Compliance (%)"_s, ValueKind::Percent}};
    lessons.rows << SummaryRow{u"grade=7"_s, u"Grade 7"_s,
                               {SummaryValue::ofNumber(4), SummaryValue::ofNumber(30), SummaryValue::ofPercent(93.75)}};
    lessons.rows << SummaryRow{u"grade=8"_s, u"Grade 8"_s,
                               {SummaryValue::ofNumber(3), SummaryValue::ofNumber(17.5), SummaryValue::ofPercent(72.9)}};
    s.tables << lessons;

    for (int i = 0; i < extraTables; ++i) {
        QList<std::pair<int, int>> bands;
        for (int r = 0; r < 6; ++r) bands << std::pair<int, int>{20 + (i * 7 + r * 3) % 25, (i + r * 5) % 9};
        s.tables << bandTable(s, u"monitoring.classes%1"_s.arg(i + 1), u"Screening by class, instrument %1"_s.arg(i + 1),
                              bands, u"class"_s);
    }
    REQUIRE(s.counts.consistencyProblem().isEmpty());
    auto protection = disclosure::protect(s.counts, k);
    REQUIRE(protection.ok());
    s.protection = *protection;
    return s;
}

ValueAt firstWithheldCount(const district::Summary &summary) { return findCount(summary, true); }
ValueAt firstPublishedCount(const district::Summary &summary) { return findCount(summary, false); }

district::RenderedPdf pdfOf(const district::Summary &summary, district::RenderedPdf pdf)
{
    pdf.summarySha256 = district::summaryDigest(summary);
    return pdf;
}

}  // namespace cd::test
