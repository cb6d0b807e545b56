// The district summary's preview (ui/district/SummaryPreview) driven offscreen: a tab per part in
// report order, every table's cells exactly as Summary::text prints them (the PDF and the files
// print the same), withheld ones with a tooltip, numbers right-aligned, not sortable; the line of
// how many counts are withheld and why; charts without a bar for a withheld value, marked *;
// Tab leaves a table. With CD_SCREENSHOTS set, the preview is saved there (zh_CN and en).

#include "ui/UiTestSupport.h"

#include "support/TestSummarySamples.h"
#include "ui/district/SummaryCharts.h"
#include "ui/district/SummaryHeaderView.h"
#include "ui/district/SummaryPdf.h"
#include "ui/district/SummaryPreview.h"
#include "ui/district/SummaryTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

void keepShots(ui::SummaryPreview &preview, const QString &name)
{
    const QString shots = qEnvironmentVariable("CD_SCREENSHOTS");
    if (shots.isEmpty()) return;
    QDir().mkpath(shots);
    auto *tabs = child<QTabWidget>(&preview, u"summaryParts"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        preview.grab().save(QDir(shots).filePath(u"%1-%2.png"_s.arg(name).arg(i + 1)));
    }
    tabs->setCurrentIndex(0);
}

}  // namespace

TEST_CASE("summary preview: every table's cells as every output prints them, withheld ones explained", "[ui][district]")
{
    const bool zh = GENERATE(false, true);
    const district::Summary s = testSummary(zh ? u"zh_CN"_s : u"en"_s);
    ui::SummaryPreview preview;
    preview.resize(900, 440);
    preview.setSummary(s);
    preview.show();
    keepShots(preview, zh ? u"summary-preview-zh_CN"_s : u"summary-preview-en"_s);

    // One tab per part, in report order, named in the summary's language.
    auto *tabs = child<QTabWidget>(&preview, u"summaryParts"_s);
    const QStringList parts = zh ? QStringList{u"人员与经费"_s, u"心理健康教育"_s, u"监测预警"_s, u"咨询辅导"_s, u"危机干预"_s}
                                 : QStringList{u"Staffing and funding"_s, u"Education"_s, u"Monitoring and early warning"_s,
                                               u"Counseling"_s, u"Intervention"_s};
    REQUIRE(tabs->count() == parts.size());
    for (int i = 0; i < parts.size(); ++i) CHECK(tabs->tabText(i) == parts.at(i));

    int withheld = 0;     // counts shown as *
    int valuesShown = 0;  // every value shown as *
    for (const district::SummaryTable &t : s.tables) {
        INFO("table " << t.id.toStdString());
        auto *view = child<QTableView>(&preview, u"summaryTable:%1"_s.arg(t.id));
        QAbstractItemModel *model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK_FALSE(view->isSortingEnabled());
        REQUIRE(model->rowCount() == t.rows.size());
        REQUIRE(model->columnCount() == t.columns.size());
        for (int c = 0; c < t.columns.size(); ++c) CHECK(model->headerData(c, Qt::Horizontal).toString() == t.columns.at(c).label);
        for (int r = 0; r < t.rows.size(); ++r) {
            CHECK(model->headerData(r, Qt::Vertical).toString() == t.rows.at(r).label);  // the layout's order
            for (int c = 0; c < t.columns.size(); ++c) {
                const district::SummaryValue &v = t.rows.at(r).values.at(c);
                const QModelIndex index = model->index(r, c);
                CHECK(index.data().toString() == s.text(v));
                CHECK((index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
                const bool isWithheld = s.withheld(v);
                CHECK(index.data(Qt::ToolTipRole).toString().contains(u"Withheld"_s) == isWithheld);
                if (isWithheld) {
                    ++valuesShown;
                    CHECK(index.data().toString() == u"*"_s);
                    withheld += v.kind == district::ValueKind::Count ? 1 : 0;
                }
            }
        }
    }
    const int suppressed = int(std::count(s.protection.suppressed.cbegin(), s.protection.suppressed.cend(), true));
    CHECK(withheld == suppressed);  // every withheld count is in a table, shown as *

    // The line at the top: how many, and why.
    CHECK(child<QLabel>(&preview, u"summaryWithheld"_s)->text().toStdString() ==
          u"Counts withheld: %1 (%2 primary, %3 so that they cannot be worked out). Values shown as * (these counts "
          "and the percents that depend on them): %4. k = 5."_s.arg(withheld)
              .arg(s.protection.primary)
              .arg(s.protection.secondary)
              .arg(valuesShown)
              .toStdString());
    CHECK(valuesShown > withheld);  // the percents of withheld counts: values, not counts
    CHECK(child<QLabel>(&preview, u"summaryFootnote"_s)->text().toStdString() ==
          (zh ? u"* 为防止识别出学生而不予公布：涉及 1 至 4 名学生的计数、接近合计的计数，以及可据以推算出不公布计数的数字。"_s : u"* Withheld so that no student can be identified: counts of 1 to 4 students, counts close to their total, and counts from which a withheld one could be worked out."_s).toStdString());
}

TEST_CASE("summary preview: a chart of each table's main column, withheld bars absent and marked", "[ui][district]")
{
    const district::Summary s = testSummary(u"en"_s);
    ui::SummaryPreview preview;
    preview.setSummary(s);
    preview.show();
    // Staffing is numbers only: no chart. Screening charts its rate, the concerns their count.
    CHECK(preview.findChild<QChartView *>(u"summaryChart:profile.staffing"_s) == nullptr);
    for (const auto &[id, column] : {std::pair{u"monitoring.screening"_s, 3}, std::pair{u"counseling.concerns"_s, 0}}) {
        INFO(id.toStdString());
        const auto table = std::find_if(s.tables.cbegin(), s.tables.cend(), [&](const auto &t) { return t.id == id; });
        REQUIRE(table != s.tables.cend());
        auto *view = child<QChartView>(&preview, u"summaryChart:%1"_s.arg(id));
        auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().value(0));
        REQUIRE(series);
        QBarSet *set = series->barSets().value(0);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        REQUIRE(axis);
        QList<district::SummaryRow> rows;
        for (const district::SummaryRow &row : table->rows)
            if (row.key != u"total"_s) rows << row;
        REQUIRE(set->count() == rows.size());
        bool anyWithheld = false;
        for (int i = 0; i < rows.size(); ++i) {
            const int bar = int(rows.size()) - 1 - i;  // drawn bottom up
            const district::SummaryValue &v = rows.at(i).values.at(column);
            CHECK(axis->categories().at(bar) == rows.at(i).label + u": "_s + s.text(v));
            if (s.withheld(v)) {
                anyWithheld = true;
                CHECK(set->at(bar) == 0);
                CHECK(axis->categories().at(bar).endsWith(u"*"_s));
            } else {
                CHECK(set->at(bar) == (v.kind == district::ValueKind::Count ? double(s.counts.cells().at(v.count).value) : v.number));
            }
        }
        CHECK(anyWithheld);
    }
}

TEST_CASE("summary preview and PDF: a chart whose counts are all withheld, or withheld and 0, is a line, not an "
          "empty axis",
          "[ui][district]")
{
    const bool zh = GENERATE(false, true);
    district::Summary s = testSummary(zh ? u"zh_CN"_s : u"en"_s);
    // Two tables with a chart of counts: every count of the first's column withheld; the second's withheld
    // but for one that is 0.
    QStringList ids;
    QStringList titles;
    for (district::SummaryTable &t : s.tables) {
        const auto chart = ui::summaryChart(s, t);
        if (!chart || chart->percent || ids.size() == 2) continue;
        const int c = ui::chartColumn(t);
        bool zeroKept = ids.size() == 0;  // the first: none kept
        for (const district::SummaryRow &row : t.rows) {
            const district::SummaryValue &v = row.values.at(c);
            if (row.key == u"total"_s || v.kind != district::ValueKind::Count) continue;
            if (!zeroKept && s.counts.cells().at(v.count).value == 0) {
                zeroKept = true;
                continue;
            }
            s.protection.suppressed[v.count] = true;
        }
        if (!zeroKept) continue;  // the second needs a 0 in its column
        ids << t.id;
        titles << chart->title;
    }
    REQUIRE(ids.size() == 2);
    ui::SummaryPreview preview;
    preview.setSummary(s);
    const QString all = (zh ? u"不绘制“%1”的图表：其所有计数均已隐去。"_s : u"No chart of “%1”: all its counts are withheld."_s)
                            .arg(titles.at(0));
    const QString orZero = (zh ? u"不绘制“%1”的图表：其计数均已隐去或为 0。"_s
                               : u"No chart of “%1”: its counts are withheld or 0."_s)
                               .arg(titles.at(1));
    if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty()) {
        preview.resize(900, 700);
        preview.show();
        child<QWidget>(&preview, u"summarySection:%1"_s.arg(ids.at(0)))
            ->grab()
            .save(u"%1/summary-no-chart-%2.png"_s.arg(shots, zh ? u"zh_CN"_s : u"en"_s));
    }
    CHECK(child<QLabel>(&preview, u"summaryNoChart:%1"_s.arg(ids.at(0)))->text() == all);
    CHECK(child<QLabel>(&preview, u"summaryNoChart:%1"_s.arg(ids.at(1)))->text() == orZero);
    for (const QString &id : ids) CHECK(preview.findChild<QChartView *>(u"summaryChart:%1"_s.arg(id)) == nullptr);
    CHECK_FALSE(preview.findChildren<QChartView *>().isEmpty());  // the other tables' charts are drawn
    const QString pdf = ui::renderSummaryPdf(s).text;
    CHECK(pdf.contains(all));
    CHECK(pdf.contains(orZero));
}

TEST_CASE("summary preview: Tab leaves a table, the arrows move inside it, and a new summary replaces the old", "[ui][district]")
{
    ui::SummaryPreview preview;
    preview.setSummary(testSummary(u"en"_s));
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    auto *tabs = child<QTabWidget>(&preview, u"summaryParts"_s);
    tabs->setCurrentIndex(2);  // monitoring
    auto *view = child<QTableView>(&preview, u"summaryTable:monitoring.screening"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->currentIndex() == view->model()->index(0, 1));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK_FALSE(view->hasFocus());

    district::Summary next = largeTestSummary(2, 3, u"en"_s);
    preview.setSummary(next);
    CHECK(preview.findChild<QTableView *>(u"summaryTable:monitoring.screening"_s) == nullptr);
    CHECK(child<QTableView>(&preview, u"summaryTable:table2"_s)->model()->rowCount() == 4);
    CHECK(tabs->count() == 2);
}

TEST_CASE("summary preview: a long heading wraps in its column, the table grows with it, whole in the tooltip",
          "[ui][district]")
{
    district::Summary s = testSummary(u"zh_CN"_s);
    const auto table = std::find_if(s.tables.begin(), s.tables.end(),
                                    [](const auto &t) { return t.id == u"monitoring.screening"_s; });
    REQUIRE(table != s.tables.end());
    const QString heading = u"完成随访访谈人数（含电话随访）"_s;
    table->columns[2].label = heading;
    ui::SummaryPreview preview;
    preview.resize(560, 440);
    preview.setSummary(s);
    preview.show();
    child<QTabWidget>(&preview, u"summaryParts"_s)->setCurrentIndex(2);
    auto *view = child<QTableView>(&preview, u"summaryTable:monitoring.screening"_s);
    auto *header = qobject_cast<ui::SummaryHeaderView *>(view->horizontalHeader());
    REQUIRE(header != nullptr);
    const int line = header->fontMetrics().lineSpacing();
    REQUIRE(waitUntil([&]() { return header->height() >= 2 * line; }, 2000));
    keepShots(preview, u"summary-preview-narrow-zh_CN"_s);
    child<QTabWidget>(&preview, u"summaryParts"_s)->setCurrentIndex(2);

    // Every character of the heading is drawn, on several lines, none cut off at the column's edge.
    const int width = header->sectionSize(2) - 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QStringList lines = header->headingLines(2, width);
    CHECK(lines.size() >= 2);
    CHECK(lines.join(QString()) == heading);
    for (const QString &l : lines) CHECK(header->fontMetrics().horizontalAdvance(l) <= width);
    // The table is as tall as its wrapped header and rows: nothing scrolls inside it.
    CHECK(view->height() >= header->height() + view->verticalHeader()->length());
    CHECK(view->model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString() == heading);

    // Wider, the heading needs fewer lines and the header shrinks back.
    const int tall = header->height();
    preview.resize(1400, 440);
    CHECK(waitUntil([&]() { return header->height() < tall; }, 2000));
    // Past three lines the rest is elided, the whole heading still in the tooltip.
    CHECK(header->headingLines(2, header->fontMetrics().horizontalAdvance(u"完成"_s)).size() == 3);
    CHECK(header->headingLines(2, header->fontMetrics().horizontalAdvance(u"完成"_s)).last().endsWith(u"…"_s));
}
