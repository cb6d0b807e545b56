// The CSV cells CounselDesk writes: a cell a spreadsheet would run as a formula is shown as text.

#include "io/CsvWriter.h"
#include "roster/RosterFields.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace Qt::StringLiterals;

TEST_CASE("csv: formula cells are neutralised, numbers and text are written as they are", "[csv][io]")
{
    CHECK(io::csvCell(u"=cmd|'/c calc'!A0"_s) == u"'=cmd|'/c calc'!A0"_s);
    CHECK(io::csvCell(u"+1+1"_s) == u"'+1+1"_s);
    CHECK(io::csvCell(u"-2+3"_s) == u"'-2+3"_s);
    CHECK(io::csvCell(u"@SUM(A1:A9)"_s) == u"'@SUM(A1:A9)"_s);
    CHECK(io::csvCell(u"\tx"_s) == u"'\tx"_s);
    CHECK(io::csvCell(u"＝1+1"_s) == u"'＝1+1"_s);  // full-width, as a Chinese input method types it
    CHECK(io::csvCell(u"=HYPERLINK(\"http://x\",\"y\")"_s) == u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s);
    // Plain numbers, signed or not, stay numbers.
    CHECK(io::csvCell(u"-3"_s) == u"-3"_s);
    CHECK(io::csvCell(u"+2.5"_s) == u"+2.5"_s);
    CHECK(io::csvCell(u"42"_s) == u"42"_s);
    // Ordinary text; commas, quotes and line breaks quoted.
    CHECK(io::csvCell(u"初二(3)班"_s) == u"初二(3)班"_s);
    CHECK(io::csvCell(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(io::csvCell(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(io::csvCell(u"line\nbreak"_s) == u"\"line\nbreak\""_s);
    CHECK(io::csvCell(QString()).isEmpty());
}

TEST_CASE("roster: a class that looks like a formula is refused with the reason", "[csv][roster]")
{
    QString why;
    CHECK_FALSE(roster::parseClass(u"=cmd|'/c calc'!A0"_s, &why).has_value());
    CHECK(why.contains(u"formula"_s));
    why.clear();
    CHECK_FALSE(roster::parseClass(u"@x"_s, &why).has_value());
    CHECK(roster::parseClass(u"初二(3)班"_s, &why).has_value());
}
