// The district package on a (temporary) drive: written, read back and equal to the summary; every
// withheld value is the mark and has no value in any file (CSV, summary.json, the workbook read
// back with core's .xlsx reader); the CSVs open in Excel as text; a changed, cut, added or
// removed file is named by the reader; an existing package is refused unless replaced.

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/PackageReader.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

const RenderedPdf kPdf{QByteArray("%PDF-1.4\n% synthetic test PDF\n%%EOF\n"), u"Semester summary"_s, {}};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

PackageReport write(const Summary &s, const QString &parent, ExistingPackage existing = ExistingPackage::Refuse)
{
    auto report = writePackage(s, test::pdfOf(s, kPdf), parent, LeakGuard(), {}, nullptr, existing);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// The package's error when read back; REQUIREs that it is refused.
QString refusal(const QString &dir)
{
    auto back = readPackage(dir);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().code == ErrorCode::Damaged);
    return back.error().message;
}

}  // namespace

TEST_CASE("A district package round-trips: every file listed, every value as the summary has it", "[district][package]")
{
    QTemporaryDir drive;
    const Summary s = test::makeTestSummary(2);
    REQUIRE(s.protection.primary > 0);
    const PackageReport report = write(s, drive.path());

    CHECK(entries(drive.path()) == QStringList{u"summary_G4401_2026_autumn"_s});  // nothing partial left beside it
    CHECK(report.path == QDir(drive.path()).filePath(u"summary_G4401_2026_autumn"_s));
    QStringList expected{u"01_monitoring.bands.csv"_s, u"02_education.lessons.csv"_s,
                         u"03_monitoring.classes1.csv"_s, u"04_monitoring.classes2.csv"_s,
                         u"manifest.json"_s, u"summary.json"_s, u"summary.pdf"_s, u"summary.xlsx"_s};
    CHECK(entries(report.path) == expected);
    CHECK(report.files.size() == 7);
    CHECK(readAll(QDir(report.path).filePath(u"summary.pdf"_s)) == kPdf.bytes);

    auto back = readPackage(report.path);
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    CHECK(back->manifestSha256 == report.manifestSha256);
    CHECK(back->manifest.files == report.files);
    CHECK(back->manifest.k == 5);
    CHECK(back->manifest.schoolCode == u"G4401"_s);
    const PackageSummary &p = back->summary;
    CHECK(p.header.schoolCode == s.header.schoolCode);
    CHECK(p.header.semester == s.header.semester);
    CHECK(p.header.layoutId == s.header.layoutId);
    CHECK(p.header.layoutVersion == s.header.layoutVersion);
    CHECK(p.header.schoolType == s.header.schoolType);
    CHECK(p.header.k == s.header.k);
    CHECK(p.withheldMark == u"*"_s);
    REQUIRE(p.tables.size() == s.tables.size());
    int withheld = 0;
    for (int t = 0; t < s.tables.size(); ++t) {
        const SummaryTable &want = s.tables[t];
        const PackageTable &got = p.tables[t];
        CHECK(got.id == want.id);
        CHECK(got.title == want.title);
        CHECK(got.note == want.note);
        REQUIRE(got.columns.size() == want.columns.size());
        REQUIRE(got.rows.size() == want.rows.size());
        for (int r = 0; r < want.rows.size(); ++r) {
            CHECK(got.rows[r].key == want.rows[r].key);
            CHECK(got.rows[r].label == want.rows[r].label);
            for (int c = 0; c < want.columns.size(); ++c) {
                const SummaryValue &v = want.rows[r].values[c];
                const PackageValue &g = got.rows[r].values[c];
                CHECK(g.kind == v.kind);
                CHECK(g.withheld == s.withheld(v));
                CHECK(g.value.has_value() == !s.withheld(v));
                withheld += g.withheld ? 1 : 0;
                if (v.kind == ValueKind::Count) {
                    CHECK(g.id == u"c%1"_s.arg(v.count));
                    CHECK(g.sensitive == s.counts.cells()[v.count].sensitive);
                    if (!g.withheld) CHECK(*g.value == double(s.counts.cells()[v.count].value));
                } else if (!g.withheld) {
                    CHECK(*g.value == Approx(v.number).margin(0.05));
                }
            }
        }
    }
    CHECK(withheld > 0);
    CHECK(withheld == report.withheldValues);
    // Every relation of the counts, by their ids.
    REQUIRE(p.relations.size() == s.counts.relations().size());
    for (int i = 0; i < p.relations.size(); ++i) {
        const disclosure::Relation &rel = s.counts.relations()[i];
        CHECK(p.relations[i].total == u"c%1"_s.arg(rel.total));
        QStringList parts;
        for (int part : rel.parts) parts << u"c%1"_s.arg(part);
        CHECK(p.relations[i].parts == parts);
        CHECK(p.relations[i].breakdown == rel.breakdown);
    }
}

TEST_CASE("A withheld value is the mark in every file and has no value in any", "[district][package]")
{
    QTemporaryDir drive;
    const Summary s = test::makeTestSummary();
    const test::ValueAt hidden = test::firstWithheldCount(s);
    const test::ValueAt shown = test::firstPublishedCount(s);
    REQUIRE(hidden.table == 0);
    REQUIRE(shown.table == 0);
    const PackageReport report = write(s, drive.path());
    const QDir dir(report.path);

    // summary.json, read as JSON by the test: no "value" key on any withheld cell.
    const QJsonObject root = QJsonDocument::fromJson(readAll(dir.filePath(u"summary.json"_s))).object();
    int withheldCells = 0;
    for (const QJsonValue &t : root[u"tables"_s].toArray())
        for (const QJsonValue &r : t[u"rows"_s].toArray())
            for (const QJsonValue &c : r[u"cells"_s].toArray())
                if (c[u"withheld"_s].toBool()) {
                    ++withheldCells;
                    CHECK_FALSE(c.toObject().contains(u"value"_s));
                }
    CHECK(withheldCells == report.withheldValues);
    const QJsonObject hiddenCell =
        root[u"tables"_s][hidden.table][u"rows"_s][hidden.row][u"cells"_s][hidden.column].toObject();
    CHECK(hiddenCell[u"withheld"_s].toBool());
    CHECK_FALSE(hiddenCell.contains(u"value"_s));

    // The CSV, read back with core's reader: the mark where the count was withheld.
    auto csv = io::readCsvFile(dir.filePath(u"01_monitoring.bands.csv"_s));
    REQUIRE(csv.ok());
    // Row 0 is the header row: a table's row r is the file's row r + 1.
    const auto cellAt = [](const io::Table &t, int row, int column) { return t.rows.at(row + 1).cells.value(column); };
    CHECK(cellAt(*csv, hidden.row, hidden.column + 1) == u"*"_s);
    const SummaryValue &published = s.tables[0].rows[shown.row].values[shown.column];
    CHECK(cellAt(*csv, shown.row, shown.column + 1) == QString::number(s.counts.cells()[published.count].value));

    // The workbook's first sheet (the first table), read back with core's .xlsx reader.
    auto xlsx = io::readXlsxFile(dir.filePath(u"summary.xlsx"_s));
    INFO((xlsx ? QString() : xlsx.error().message).toStdString());
    REQUIRE(xlsx.ok());
    CHECK(xlsx->rows.first().cells.value(0) == u"Screening by grade"_s);
    CHECK(cellAt(*xlsx, hidden.row, hidden.column + 1) == u"*"_s);
    CHECK(cellAt(*xlsx, shown.row, shown.column + 1) == QString::number(s.counts.cells()[published.count].value));
    // A percent of a withheld count is withheld too, in both.
    CHECK(cellAt(*xlsx, hidden.row, 4) == u"*"_s);
    CHECK(cellAt(*csv, hidden.row, 4) == u"*"_s);
    // The footnote under the table explains the mark, the same in both.
    bool footnote = false;
    for (const io::TableRow &row : xlsx->rows) footnote = footnote || row.cells.value(0).startsWith(u"* Withheld"_s);
    CHECK(footnote);
}

TEST_CASE("A package's CSV: byte-order mark, CRLF, quoted fields and formulas neutralised", "[district][package]")
{
    QTemporaryDir drive;
    Summary s = test::makeTestSummary();
    s.tables[1].title = u"=HYPERLINK(\"http://x\")"_s;
    s.tables[1].rows[0].label = u"-Grade, 7"_s;
    s.tables[1].rows[1].label = u"@SUM(A1)"_s;
    const PackageReport report = write(s, drive.path());
    const QByteArray csv = readAll(QDir(report.path).filePath(u"02_education.lessons.csv"_s));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\r\n") == csv.count('\n'));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    CHECK(lines[0].startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",Classes,"));
    CHECK(lines[1].startsWith("\"'-Grade, 7\",4,30,93.8"));
    CHECK(lines[2].startsWith("'@SUM(A1),3,17.5,72.9"));
    // Every line has as many fields (the note and footnote lines are padded).
    auto monitoring = io::readCsvFile(QDir(report.path).filePath(u"01_monitoring.bands.csv"_s));
    REQUIRE(monitoring.ok());
    REQUIRE(monitoring->rows.size() >= 6);
    for (const io::TableRow &row : monitoring->rows) CHECK(row.cells.size() == 5);
    CHECK(monitoring->rows.last().cells.first().startsWith(u"* Withheld"_s));
}

TEST_CASE("The reader names a changed, cut, added or removed file of a package", "[district][package]")
{
    QTemporaryDir drive;
    const PackageReport report = write(test::makeTestSummary(), drive.path());
    const QDir dir(report.path);
    REQUIRE(readPackage(report.path).ok());

    SECTION("a flipped byte")
    {
        const QString path = dir.filePath(u"02_education.lessons.csv"_s);
        QByteArray bytes = readAll(path);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
        overwrite(path, bytes);
        const QString message = refusal(report.path);
        CHECK(message.contains(u"02_education.lessons.csv"_s));
        CHECK(message.contains(u"checksum"_s));
    }
    SECTION("a truncated file")
    {
        const QString path = dir.filePath(u"summary.xlsx"_s);
        overwrite(path, readAll(path).chopped(10));
        const QString message = refusal(report.path);
        CHECK(message.contains(u"summary.xlsx"_s));
        CHECK(message.contains(u"shorter"_s));
    }
    SECTION("an added file")
    {
        overwrite(dir.filePath(u"extra.csv"_s), "1,2\r\n");
        const QString message = refusal(report.path);
        CHECK(message.contains(u"extra.csv"_s));
        CHECK(message.contains(u"not in its manifest"_s));
    }
    SECTION("files a Mac or Windows adds are ignored, each one")
    {
        for (const QString &junk : {u".DS_Store"_s, u"._summary.pdf"_s, u"._manifest.json"_s, u"Thumbs.db"_s,
                                    u"desktop.ini"_s, u"Desktop.ini"_s}) {
            INFO(junk.toStdString());
            overwrite(dir.filePath(junk), "Bud1 junk");
            CHECK(readPackage(report.path).ok());
            REQUIRE(QFile::remove(dir.filePath(junk)));
        }
        REQUIRE(dir.mkdir(u"System Volume Information"_s));
        CHECK(readPackage(report.path).ok());
    }
    SECTION("a name like a system file's is still refused")
    {
        for (const QString &extra : {u"._other.csv"_s, u".DS_Store.csv"_s, u"Thumbs.db.bak"_s, u"desktop.ini.txt"_s}) {
            INFO(extra.toStdString());
            overwrite(dir.filePath(extra), "1,2\r\n");
            const QString message = refusal(report.path);
            CHECK(message.contains(extra));
            CHECK(message.contains(u"not in its manifest"_s));
            REQUIRE(QFile::remove(dir.filePath(extra)));
        }
        REQUIRE(dir.mkdir(u"System Volume"_s));
        CHECK(refusal(report.path).contains(u"System Volume"_s));
    }
    SECTION("a removed file")
    {
        REQUIRE(QFile::remove(dir.filePath(u"summary.pdf"_s)));
        const QString message = refusal(report.path);
        CHECK(message.contains(u"summary.pdf"_s));
        CHECK(message.contains(u"missing"_s));
    }
    SECTION("a removed manifest")
    {
        REQUIRE(QFile::remove(dir.filePath(u"manifest.json"_s)));
        CHECK(refusal(report.path).contains(u"manifest.json"_s));
    }
    SECTION("a withheld value given a value, with the manifest made to match")
    {
        const QString path = dir.filePath(u"summary.json"_s);
        QByteArray json = readAll(path);
        const qsizetype at = json.indexOf("\"withheld\": true");
        REQUIRE(at > 0);
        json.replace(at, 16, "\"withheld\": true, \"value\": 3");
        overwrite(path, json);
        QByteArray manifest = readAll(dir.filePath(u"manifest.json"_s));
        const PackageFile old = describeFile(u"summary.json"_s, readAll(path));
        auto parsed = parseManifest(manifest, u"manifest.json"_s);
        REQUIRE(parsed.ok());
        for (const PackageFile &f : parsed->files)
            if (f.name == u"summary.json"_s) {
                manifest.replace(f.sha256, old.sha256);
                manifest.replace("\"size\": " + QByteArray::number(f.size), "\"size\": " + QByteArray::number(old.size));
            }
        overwrite(dir.filePath(u"manifest.json"_s), manifest);
        const QString message = refusal(report.path);
        CHECK(message.contains(u"summary.json"_s));
        CHECK(message.contains(u"a withheld value has a value"_s));
    }
}

TEST_CASE("An existing package is refused unless replaced, and only a package is replaced", "[district][package]")
{
    QTemporaryDir drive;
    Summary s = test::makeTestSummary();
    const PackageReport first = write(s, drive.path());

    auto again = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    CHECK(readPackage(first.path)->manifestSha256 == first.manifestSha256);
    CHECK(entries(drive.path()).size() == 1);

    s.tables[1].rows[0].values[1] = SummaryValue::ofNumber(31);
    const PackageReport second = write(s, drive.path(), ExistingPackage::Replace);
    CHECK(second.path == first.path);
    CHECK(second.manifestSha256 != first.manifestSha256);
    auto back = readPackage(second.path);
    REQUIRE(back.ok());
    CHECK(*back->summary.tables[1].rows[0].values[1].value == 31.0);
    CHECK(entries(drive.path()) == QStringList{u"summary_G4401_2026_autumn"_s});  // the old one is gone

    // A folder of that name that is not a package is never replaced.
    QTemporaryDir other;
    REQUIRE(QDir(other.path()).mkdir(u"summary_G4401_2026_autumn"_s));
    overwrite(QDir(other.path()).filePath(u"summary_G4401_2026_autumn/mine.txt"_s), "keep");
    auto refused =
        writePackage(s, test::pdfOf(s, kPdf), other.path(), LeakGuard(), {}, nullptr, ExistingPackage::Replace);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(readAll(QDir(other.path()).filePath(u"summary_G4401_2026_autumn/mine.txt"_s)) == "keep");
}

TEST_CASE("A package's folder name is safe on a USB stick's file system", "[district][package]")
{
    SummaryHeader h;
    h.schoolCode = u"G/44:01"_s;
    h.semester = u"2026–2027 第一学期 *秋*"_s;
    CHECK(packageFolderName(h) == u"summary_G_44_01_2026–2027_第一学期__秋_"_s);
    h.schoolCode = u".."_s;
    h.semester = u"..."_s;
    CHECK(packageFolderName(h) == u"summary_school_semester"_s);
}

TEST_CASE("The reader names the field of a file that breaks the format, with one pattern", "[district][package]")
{
    const Summary s = test::makeTestSummary();
    const QJsonObject good = QJsonDocument::fromJson(summaryJson(s)).object();
    REQUIRE(parseSummaryJson(summaryJson(s), u"summary.json"_s).ok());
    const auto refusedWith = [](const QJsonObject &root) {
        auto parsed = parseSummaryJson(QJsonDocument(root).toJson(), u"summary.json"_s);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::Damaged);
        CHECK(parsed.error().message.startsWith(u"summary.json of the package does not follow the package format"_s));
        return parsed.error().message;
    };
    QJsonObject root = good;
    QJsonObject header = root.value(u"header"_s).toObject();
    header.insert(u"k"_s, 1);
    root.insert(u"header"_s, header);
    CHECK(refusedWith(root).contains(u"(header: k must be a whole number from 2)"_s));
    header.insert(u"k"_s, 5);
    header.insert(u"semester"_s, u""_s);
    root.insert(u"header"_s, header);
    CHECK(refusedWith(root).contains(u"(header: semester must be a text that is not empty)"_s));
    root = good;
    root.insert(u"format_version"_s, 99);
    CHECK(refusedWith(root).contains(u"(format_version must be a whole number from 1 to 1)"_s));
    root = good;
    root.insert(u"withheld_values"_s, 2.5);
    CHECK(refusedWith(root).contains(u"(withheld_values must be a whole number from 0)"_s));
    root = good;
    root.insert(u"relations"_s, u"none"_s);
    CHECK(refusedWith(root).contains(u"(relations must be a list)"_s));
    root = good;
    root.insert(u"format"_s, u"something else"_s);
    CHECK(refusedWith(root).contains(u"(format must be \"counseldesk-district-summary\")"_s));

    // A count too large for any school, which added up over many packages could overflow.
    root = good;
    QJsonArray tables = root.value(u"tables"_s).toArray();
    bool planted = false;
    for (qsizetype t = 0; t < tables.size() && !planted; ++t) {
        QJsonObject table = tables.at(t).toObject();
        QJsonArray rows = table.value(u"rows"_s).toArray();
        for (qsizetype r = 0; r < rows.size() && !planted; ++r) {
            QJsonObject row = rows.at(r).toObject();
            QJsonArray values = row.value(u"cells"_s).toArray();
            for (qsizetype v = 0; v < values.size() && !planted; ++v) {
                QJsonObject value = values.at(v).toObject();
                if (value.value(u"kind"_s).toString() != u"count"_s || value.value(u"withheld"_s).toBool()) continue;
                value.insert(u"value"_s, 2305843009213693952.0);  // 2^61
                values.replace(v, value);
                row.insert(u"cells"_s, values);
                rows.replace(r, row);
                table.insert(u"rows"_s, rows);
                tables.replace(t, table);
                planted = true;
            }
        }
    }
    REQUIRE(planted);
    root.insert(u"tables"_s, tables);
    CHECK(refusedWith(root).contains(u"must be a whole number from 0 to 10000000"_s));

    // The manifest's files, the same way.
    QList<PackageFile> files{describeFile(u"summary.json"_s, summaryJson(s))};
    QJsonObject manifest = QJsonDocument::fromJson(manifestJson(s.header, files)).object();
    QJsonArray list = manifest.value(u"files"_s).toArray();
    QJsonObject entry = list.first().toObject();
    entry.insert(u"size"_s, -3);
    list.replace(0, entry);
    manifest.insert(u"files"_s, list);
    auto parsed = parseManifest(QJsonDocument(manifest).toJson(), u"manifest.json"_s);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(u"(files: summary.json: size must be a whole number from 0)"_s));
}
