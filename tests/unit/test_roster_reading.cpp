// Reading roster files: encodings, CSV dialects, .xlsx parts, and the field parsers.

#include "io/CsvReader.h"
#include "io/TableFile.h"
#include "io/TextDecoding.h"
#include "io/XlsxReader.h"
#include "roster/RosterFields.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QStringEncoder>

using namespace cd;
using namespace cd::roster;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const char *name) { return QStringLiteral(CD_TEST_DATA_DIR "/roster/") + QString::fromLatin1(name); }
/// An input a fuzz target once failed on (tests/data/fuzz/, docs/fuzzing.md).
QString fuzzFixture(const char *target, const char *name)
{
    return QStringLiteral(CD_TEST_DATA_DIR "/fuzz/%1/%2").arg(QString::fromLatin1(target), QString::fromLatin1(name));
}

io::Table readOk(const char *name)
{
    auto table = io::readTableFile(fixture(name));
    INFO(name << ": " << (table ? "" : table.error().message.toStdString()));
    REQUIRE(table.ok());
    return *table;
}
}  // namespace

TEST_CASE("roster: UTF-8 with and without BOM, GB18030 and UTF-16 decode, other bytes are refused", "[roster][io]")
{
    const QString text = u"学号,姓名\n2026001,张三\n"_s;
    CHECK(io::decodeText(text.toUtf8(), u"a"_s)->encoding == u"UTF-8"_s);
    CHECK(io::decodeText("\xEF\xBB\xBF" + text.toUtf8(), u"a"_s)->text == text);
    QStringEncoder gb("GB18030");
    if (gb.isValid()) CHECK(io::decodeText(gb.encode(text), u"a"_s)->text == text);
    QByteArray utf16le("\xFF\xFE");
    utf16le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CHECK(io::decodeText(utf16le, u"a"_s)->text == text);
    auto refused = io::decodeText("\x80\xFF\xFE\x81", u"bad.csv"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"bad.csv"_s));

    CHECK(readOk("roster-gb18030.csv").encoding == u"GB18030"_s);
    CHECK(readOk("roster-utf8-bom.csv").rows.at(1).cells.at(0) == u"学号"_s);  // the BOM is not part of the header
    CHECK_FALSE(io::readTableFile(fixture("roster-latin1.csv")).ok());
}

TEST_CASE("roster: CSV quotes, separators and line numbers", "[roster][io]")
{
    auto table = io::parseCsv(u"a;b;c\r\n\"x;1\";\"he said \"\"hi\"\"\";\"two\nlines\"\r\n\r\nlast;row;here"_s, u"t.csv"_s);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows[1].cells == QStringList{u"x;1"_s, u"he said \"hi\""_s, u"two\nlines"_s});
    CHECK(table->rows[1].sourceRow == 2);
    CHECK(table->rows[2].isBlank());
    CHECK(table->rows[3].sourceRow == 5);  // the line break inside quotes counts
    auto open = io::parseCsv(u"a,b\n1,\"unclosed\n2,3\n"_s, u"t.csv"_s);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(u"line 2"_s));
    CHECK(io::parseCsv(QString(), u"e.csv"_s)->rows.isEmpty());
}

TEST_CASE("roster: a CSV field with a leading space and many quotes is read in linear time", "[roster][io][fuzz]")
{
    // Each quote used to copy the whole field (found by review of what fuzz_csv feeds the parser):
    // these 400 000 characters took 19 s in a release build instead of milliseconds.
    constexpr int n = 200000;
    const QString field = u' ' + QString(n, u'a') + QString(n, u'"');
    QElapsedTimer timer;
    timer.start();
    auto table = io::parseCsv(u"学号,姓名\n"_s + field + u",张三\n"_s, u"quotes.csv"_s);
    CHECK(timer.elapsed() < 5000);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[1].cells == QStringList{field, u"张三"_s});
}

TEST_CASE("roster: .xlsx shared and inline strings, date serials, title rows and gaps", "[roster][io]")
{
    const io::Table table = readOk("roster.xlsx");
    CHECK(table.encoding == u"xlsx"_s);
    const ColumnMapping mapping = guessMapping(table);
    REQUIRE(mapping.headerRow >= 0);
    CHECK(table.rows[mapping.headerRow].sourceRow == 3);  // below the title row and a blank row
    const io::TableRow &first = table.rows[mapping.headerRow + 1];
    CHECK(first.cells.value(0) == u"2026001"_s);
    CHECK(first.cells.value(3) == u"2012-03-05"_s);  // a serial with a date style
    CHECK(table.rows.last().sourceRow == 7);
    CHECK(readOk("roster-inline.xlsx").rows.at(1).cells.value(1) == u"刘洋"_s);

    for (const char *bad : {"roster-truncated.xlsx", "roster-old-excel.xls"}) {
        auto refused = io::readTableFile(fixture(bad));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("roster: a hostile .xlsx is refused at once, naming the file and what is wrong", "[roster][io][hostile]")
{
    // Each is a small file (1–100 KB) that asks for gigabytes or minutes if read naively
    // (tests/data/make_roster_fixtures.py, hostile()). The reader's bounds stop each within about a
    // second and a few tens of MB (measured in docs/benchmarks.md).
    const QList<std::pair<const char *, QString>> hostile = {
        {"roster-hostile-repeated-cell.xlsx", u"cells"_s},
        {"roster-hostile-bomb.xlsx", u"xl/worksheets/sheet1.xml"_s},
        {"roster-hostile-long-cell.xlsx", u"damaged"_s},
        {"roster-hostile-shared-strings.xlsx", u"shared strings"_s},
        {"roster-hostile-far-column.xlsx", u"cells"_s},
    };
    for (const auto &[name, why] : hostile) {
        INFO(name);
        auto refused = io::readTableFile(fixture(name));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QString::fromLatin1(name)));
        CHECK(refused.error().message.contains(why));
    }
}

TEST_CASE("roster: .xlsx numbers beyond 64 bits, NaN and infinity, and rows beyond Excel's last", "[roster][io][fuzz]")
{
    // Each of these was undefined behaviour (a double out of qint64's range converted, an int
    // overflowed), found by fuzz_xlsx; `make test-asan` runs them under UBSan.
    auto numbers = io::readXlsxFile(fuzzFixture("fuzz_xlsx", "number-nan-inf-huge.xlsx"));
    REQUIRE(numbers.ok());
    CHECK(numbers->rows.at(0).cells == QStringList{u"nan"_s, u"inf"_s, u"-1e+19"_s, u"1e+300"_s, u"2026001"_s});
    auto found = io::readXlsxFile(fuzzFixture("fuzz_xlsx", "number-beyond-int64.xlsx"));
    INFO((found ? QString() : found.error().message).toStdString());
    REQUIRE(found.ok());
    CHECK(found->rows.last().cells.contains(u"5.1e+307"_s));  // written as "0.51E+308"
    auto dates = io::readXlsxFile(fuzzFixture("fuzz_xlsx", "date-serial-nan.xlsx"));
    REQUIRE(dates.ok());
    CHECK(dates->rows.at(0).cells == QStringList{u"nan"_s, u"2012-03-05"_s});
    auto row = io::readXlsxFile(fuzzFixture("fuzz_xlsx", "row-number-int-max.xlsx"));
    REQUIRE_FALSE(row.ok());
    CHECK(row.error().message.contains(u"row-number-int-max.xlsx"_s));
    CHECK(row.error().message.contains(u"beyond the last row"_s));
}

TEST_CASE("roster: an .xlsx whose cells far to the right would fill gigabytes is refused", "[roster][io][fuzz]")
{
    // 300 rows, each with one cell in column XFD: 2.7 KB that asked for ~5 million cells.
    auto wide = io::readXlsxFile(fuzzFixture("fuzz_xlsx", "cells-far-right.xlsx"));
    REQUIRE_FALSE(wide.ok());
    CHECK(wide.error().message.contains(u"cells-far-right.xlsx"_s));
    CHECK(wide.error().message.contains(u"cells"_s));
}

TEST_CASE("roster: headers in Chinese or English are recognised, a missing number column is named", "[roster]")
{
    const io::Table english = readOk("roster-english-semicolon.csv");
    const ColumnMapping m = guessMapping(english);
    CHECK(m.column(Field::StudentNo) == 0);
    CHECK(m.column(Field::Sex) == 2);
    CHECK(m.column(Field::BirthDate) == 3);
    CHECK(m.problem().isEmpty());
    const ColumnMapping none = guessMapping(readOk("roster-no-number-column.csv"));
    CHECK(none.problem().contains(u"student number"_s));
    ColumnMapping twice = m;
    twice.columns[Field::Name] = 0;
    CHECK_FALSE(twice.problem().isEmpty());
}

TEST_CASE("roster: the most specific header wins (Student ID over a row counter headed No)", "[roster]")
{
    io::Table table;
    table.fileName = u"english.csv"_s;
    table.rows << io::TableRow{1, {u"No"_s, u"Student ID"_s, u"Name"_s}} << io::TableRow{2, {u"1"_s, u"S1"_s, u"Ada"_s}};
    ColumnMapping m = guessMapping(table);
    CHECK(m.column(Field::StudentNo) == 1);
    // With only "No" it is still taken: better than nothing, and printed for the user to check.
    table.rows[0].cells = {u"No"_s, u"Name"_s};
    CHECK(guessMapping(table).column(Field::StudentNo) == 0);
    // 学号 beats 学生编号 wherever it stands.
    table.rows[0].cells = {u"学生编号"_s, u"姓名"_s, u"学号"_s};
    CHECK(guessMapping(table).column(Field::StudentNo) == 2);

    // Overrides by header, letter, number, or to nothing; bad ones say what is wrong.
    table.rows[0].cells = {u"No"_s, u"Student ID"_s, u"Name"_s};
    m = guessMapping(table);
    REQUIRE(overrideMapping(table, m, u"student_no=No"_s).ok());
    CHECK(m.column(Field::StudentNo) == 0);
    REQUIRE(overrideMapping(table, m, u"学号=B"_s).ok());
    CHECK(m.column(Field::StudentNo) == 1);
    REQUIRE(overrideMapping(table, m, u"name=3"_s).ok());
    CHECK(m.column(Field::Name) == 2);
    REQUIRE(overrideMapping(table, m, u"name="_s).ok());
    CHECK(m.column(Field::Name) == -1);
    CHECK(overrideMapping(table, m, u"shoe=A"_s).error().code == ErrorCode::Usage);
    CHECK(overrideMapping(table, m, u"class=Nowhere"_s).error().message.contains(u"Nowhere"_s));
}

TEST_CASE("roster: field parsers read what schools write", "[roster]")
{
    QString why;
    CHECK(parseSex(u"男"_s, &why) == 1);
    CHECK(parseSex(u"F"_s, &why) == 2);
    CHECK(parseSex(u""_s, &why) == 0);
    CHECK_FALSE(parseSex(u"?"_s, &why));
    for (const QString &date : {u"2012-03-05"_s, u"2012/3/5"_s, u"2012.03.05"_s, u"2012年3月5日"_s, u"20120305"_s,
                                u"40973"_s, u"２０１２－０３－０５"_s, u"2012-03-05 00:00:00"_s}) {
        INFO(date.toStdString());
        CHECK(parseBirthDate(date, &why) == QDate(2012, 3, 5));
    }
    CHECK_FALSE(parseBirthDate(u"2012-02-30"_s, &why));
    CHECK_FALSE(parseBirthDate(u"1890-01-01"_s, &why));
    CHECK_FALSE(parseBirthDate(u"next week"_s, &why));
    const QList<std::pair<QString, int>> grades = {{u"初一"_s, 7}, {u"初三"_s, 9}, {u"高二"_s, 11}, {u"七年级"_s, 7},
                                                   {u"3年级"_s, 3}, {u"一年级"_s, 1}, {u"12"_s, 12}, {u"Grade 9"_s, 9}};
    for (const auto &[text, grade] : grades) {
        INFO(text.toStdString());
        CHECK(parseGrade(text, &why) == grade);
    }
    CHECK_FALSE(parseGrade(u"初八"_s, &why));
    CHECK_FALSE(parseGrade(u"13"_s, &why));
    CHECK(parseClass(u"(3)班"_s, &why)->klass == u"3"_s);
    CHECK(parseClass(u"三班"_s, &why)->klass == u"3"_s);
    CHECK(parseClass(u"03"_s, &why)->klass == u"3"_s);
    CHECK(parseClass(u"实验班"_s, &why)->klass == u"实验班"_s);
    const auto combined = parseClass(u"初一（3）班"_s, &why);
    REQUIRE(combined);
    CHECK(combined->grade == 7);
    CHECK(combined->klass == u"3"_s);
    CHECK(parseClass(u"高二(1)班"_s, &why)->grade == 11);
    CHECK_FALSE(parseStudentNo(u"2026 001 ; DROP"_s, &why));
    CHECK(parseStudentNo(u" 2026001 "_s, &why) == u"2026001"_s);
}

TEST_CASE("roster reading: a CSV of millions of empty cells is refused, not held in memory", "[roster][csv][fuzz]")
{
    const QString commas(4'100'000, u',');
    auto table = io::parseCsv(commas, u"commas.csv"_s);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.contains(u"commas.csv"_s));
    const QString lines(4'100'000, u'\n');
    CHECK_FALSE(io::parseCsv(lines, u"lines.csv"_s).ok());
    CHECK(io::parseCsv(u"学号,姓名\nS1,张三\n"_s, u"ok.csv"_s).ok());
}
