// The district summary's PDF (ui/district/SummaryPdf), read back with poppler's pdftotext: the
// title, every part and table, every value as Summary::text prints it and the withheld mark in
// the place of every withheld one (a withheld number never in its cell, in the table or the
// chart), in Chinese and English; RenderedPdf::text holds every word the PDF shows; a long table
// continues on the next page under its title and headings; page N of M, generator and layout
// version on every page; 20 tables render in about a second. With CD_SCREENSHOTS set the PDFs
// are kept there and their pages rendered to PNG (pdftoppm -r 60) to be looked at.

#include "support/TestDocuments.h"
#include "support/TestSummarySamples.h"
#include "core/district/SummaryCatalogue.h"
#include "ui/district/SummaryPdf.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// The PDF written to a file in `dir` and read back with pdftotext -layout: pages split at '\f'.
QStringList pdfPages(const district::RenderedPdf &pdf, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + u".pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf.bytes) == pdf.bytes.size());
    file.close();
    if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::remove(QDir(shots).filePath(name + u".pdf"_s));
        QFile::copy(path, QDir(shots).filePath(name + u".pdf"_s));
        QProcess::execute(QStandardPaths::findExecutable(u"pdftoppm"_s),
                          {u"-png"_s, u"-r"_s, u"60"_s, path, QDir(shots).filePath(name)});
    }
    QStringList pages = pdfText(path).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

/// The first line at or after `from` whose text starts with `label` (spaces evened out), or
/// empty; `from` moves past it.
QString lineStarting(const QStringList &lines, const QString &label, int &from)
{
    for (int i = from; i < lines.size(); ++i) {
        const QString line = lines.at(i).simplified();
        if (line == label || line.startsWith(label + u' ')) {
            from = i + 1;
            return line;
        }
    }
    return {};
}

int lineOf(const QStringList &lines, const QString &text, int from = 0)
{
    for (int i = from; i < lines.size(); ++i)
        if (lines.at(i).contains(text)) return i;
    return -1;
}

/// Every table's rows read back in its place, each exactly its label and the texts of its values;
/// then its chart's bars (label and figure or mark), when it has one.
void checkTables(const district::Summary &s, const QStringList &lines)
{
    int at = 0;
    for (const district::SummaryTable &t : s.tables) {
        at = lineOf(lines, t.title, at);
        INFO("table " << t.id.toStdString());
        REQUIRE(at >= 0);
        QString chartColumn;
        for (const district::SummaryRow &row : t.rows) {
            QStringList expected{row.label};
            for (const district::SummaryValue &v : row.values) expected << s.text(v);
            CHECK(lineStarting(lines, row.label, at).toStdString() == expected.join(u' ').toStdString());
        }
        if (t.id == u"monitoring.screening"_s || t.id == u"counseling.concerns"_s) {
            const int figure = t.id == u"monitoring.screening"_s ? 3 : 0;  // the rate; the one count column
            at = lineOf(lines, t.columns.at(figure).label, at);
            REQUIRE(at >= 0);
            for (const district::SummaryRow &row : t.rows)
                if (row.key != u"total"_s)
                    CHECK(lineStarting(lines, row.label, at).toStdString() == (row.label + u' ' + s.text(row.values.at(figure))).toStdString());
        }
    }
}

}  // namespace

TEST_CASE("summary PDF: titles, parts, every value as printed elsewhere, * for every withheld one", "[ui][district][pdf]")
{
    QTemporaryDir dir;
    const bool zh = GENERATE(true, false);
    const district::Summary s = testSummary(zh ? u"zh_CN"_s : u"en"_s);
    // The summary withholds something of each kind: a small count, one near its total, one so
    // that the others cannot be worked out, and the rates of withheld counts.
    REQUIRE(s.protection.primary > 0);
    REQUIRE(s.protection.secondary > 0);

    const district::RenderedPdf pdf = ui::renderSummaryPdf(s);
    REQUIRE(pdf.bytes.startsWith("%PDF-"));
    CHECK(pdf.summarySha256 == district::summaryDigest(s));  // the package writer's tie to the summary
    const QStringList pages = pdfPages(pdf, dir, zh ? u"summary-zh_CN"_s : u"summary-en"_s);
    const QString text = pages.join(u'\n');
    INFO(text.toStdString());
    const QStringList lines = text.split(u'\n');

    CHECK(text.contains(s.header.schoolName));
    CHECK(text.contains(s.header.schoolCode));
    CHECK(text.contains(s.header.semester));
    const QStringList parts = zh ? QStringList{u"人员与经费"_s, u"心理健康教育"_s, u"监测预警"_s, u"咨询辅导"_s, u"危机干预"_s}
                                 : QStringList{u"Staffing and funding"_s, u"Education"_s, u"Monitoring and early warning"_s,
                                               u"Counseling"_s, u"Intervention"_s};
    int at = 0;
    for (const QString &part : parts) {  // in this order, each its own heading line
        INFO(part.toStdString());
        const QString line = lineStarting(lines, part, at);
        CHECK(line.toStdString() == part.toStdString());
    }
    checkTables(s, lines);
    // The footnote under the tables with a withheld value, in the summary's language.
    // (wrapped where the page ends a line: compared without white space)
    const auto bare = [](QString t) { return t.remove(QRegularExpression(u"\\s+"_s)); };
    CHECK(bare(text).contains(bare(district::withheldFootnote(s.header))));
    // Every page's foot: page N of M, the generator and the layout with its version.
    for (int p = 0; p < pages.size(); ++p) {
        CHECK(pages.at(p).contains(zh ? u"第 %1 页，共 %2 页"_s.arg(p + 1).arg(pages.size())
                                      : u"Page %1 of %2"_s.arg(p + 1).arg(pages.size())));
        CHECK(pages.at(p).contains(u"CounselDesk 0.1.0"_s));
        CHECK(pages.at(p).contains(zh ? u"版式 cd-district-summary 第 1 版"_s : u"layout cd-district-summary, version 1"_s));
    }
}

TEST_CASE("summary PDF: the text handed to the last guard holds every word the PDF shows", "[ui][district][pdf]")
{
    QTemporaryDir dir;
    const bool zh = GENERATE(true, false);
    const district::RenderedPdf pdf = ui::renderSummaryPdf(testSummary(zh ? u"zh_CN"_s : u"en"_s));
    const QString shown = pdfPages(pdf, dir, u"guard"_s).join(u' ');
    const QStringList words = shown.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    REQUIRE(words.size() > 100);
    for (const QString &word : words) {
        INFO(word.toStdString());
        CHECK(pdf.text.contains(word));
    }
    // A string planted in the summary reaches the text, as the guard needs it to.
    district::Summary planted = testSummary(zh ? u"zh_CN"_s : u"en"_s);
    planted.tables[3].rows[1].label = u"王小明"_s;
    CHECK(ui::renderSummaryPdf(planted).text.contains(u"王小明"_s));
}

TEST_CASE("summary PDF: its dates are the workbook's fixed 2000-01-01, not the export's time", "[ui][district][pdf]")
{
    QTemporaryDir dir;
    const district::RenderedPdf pdf = ui::renderSummaryPdf(testSummary(u"en"_s));
    const QStringList pages = pdfPages(pdf, dir, u"dates"_s);  // still read whole: no offset moved
    CHECK(pages.size() > 1);
    const QString tool = QStandardPaths::findExecutable(u"pdfinfo"_s);
    REQUIRE_FALSE(tool.isEmpty());
    QProcess info;
    info.start(tool, {u"-isodates"_s, dir.filePath(u"dates.pdf"_s)});
    REQUIRE(info.waitForFinished(60000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(info.readAllStandardError().isEmpty());  // no damaged cross-reference table
    const QRegularExpression created(u"^CreationDate:\\s+(\\S+)$"_s, QRegularExpression::MultilineOption);
    CHECK(created.match(out).captured(1).startsWith(u"2000-01-01T00:00:00"_s));
    const QString year = QString::number(QDate::currentDate().year());
    for (const QString &line : out.split(u'\n'))
        if (line.contains(u"Date:"_s)) CHECK(line.contains(u"2000-01-01T00:00:00"_s));
    CHECK_FALSE(pdf.bytes.contains("D:" + year.toLatin1()));
}

TEST_CASE("summary PDF: a long table continues on the next page under its title and headings", "[ui][district][pdf]")
{
    QTemporaryDir dir;
    const district::Summary s = largeTestSummary(1, 90, u"en"_s);
    const QStringList pages = pdfPages(ui::renderSummaryPdf(s), dir, u"summary-long"_s);
    REQUIRE(pages.size() >= 3);
    QSet<QString> seen;
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1 << "\n" << pages.at(p).toStdString());
        CHECK(pages.at(p).contains(u"Test table 1"_s));
        CHECK(pages.at(p).contains(u"Category 1"_s));
        CHECK(pages.at(p).contains(u"Share (%)"_s));
        CHECK(pages.at(p).contains(u"Page %1 of %2"_s.arg(p + 1).arg(pages.size())));
        // Each row whole on one page, once.
        const QStringList lines = pages.at(p).split(u'\n');
        for (const QString &line : lines) {
            const QString l = line.simplified();
            static const QRegularExpression row(u"^Group (\\d+)( \\S+){5}$"_s);
            if (const auto m = row.match(l); m.hasMatch()) {
                CHECK_FALSE(seen.contains(m.captured(1)));
                seen.insert(m.captured(1));
            }
        }
    }
    CHECK(seen.size() == 90);
}

TEST_CASE("summary PDF: twenty tables render into one document", "[ui][district][pdf]")
{
    // Timed by cd_bench_export (the whole export, PDF included), not here: a test asserts what
    // the PDF holds, never how long it took.
    const district::Summary s = largeTestSummary(20, 12);
    const district::RenderedPdf pdf = ui::renderSummaryPdf(s);
    CHECK(pdf.bytes.startsWith("%PDF-"));
    for (const district::SummaryTable &t : s.tables) CHECK(pdf.text.contains(t.title));
}
