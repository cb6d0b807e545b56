// Answer files into a run: every answer-code style the fixtures hold (labels, letters, 1–4,
// 是/否), every kind of mistake reported with its row and column, nothing imported in part.

#include "io/Table.h"
#include "storage/Database.h"
#include "io/TableFile.h"
#include "roster/RosterImport.h"
#include "screening/AnswerImport.h"
#include "screening/InstrumentLibrary.h"
#include "screening/RunRepository.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::screening;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name) { return QStringLiteral(CD_TEST_DATA_DIR "/screening/") + name; }

io::Table readFixture(const QString &name)
{
    auto table = io::readTableFile(fixture(name));
    if (!table) FAIL(table.error().message.toStdString());
    return *table;
}

/// Grade 7: 2026001–2026008; grade 9: 2026901.
void addSchool(vault::Vault &vault)
{
    for (int i = 1; i <= 8; ++i)
        addTestStudent(vault, u"202600%1"_s.arg(i), u"学生%1"_s.arg(i), {}, 7, QString::number(1 + i % 2));
    addTestStudent(vault, u"2026901"_s, u"九年级"_s, {}, 9);
}

double totalOf(vault::Vault &vault, qint64 run, const QString &code, const QString &studentNo)
{
    auto id = vault.database().scalar(u"SELECT id FROM students WHERE student_no = '%1'"_s.arg(studentNo));
    auto score = SheetStore(vault, run).score(id->toLongLong(), code);
    REQUIRE(score.ok());
    REQUIRE(score->has_value());
    return (*score)->total;
}

}  // namespace

TEST_CASE("answer files in every code style are matched, mapped and scored", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    auto phq = RunRepository(*vault).instrument(run, u"PHQ-9"_s);
    REQUIRE(phq.ok());

    SECTION("a Chinese survey export: label answers, the time taken, extra columns")
    {
        const io::Table table = readFixture(u"phq9-survey-zh.csv"_s);
        const AnswerMapping m = guessAnswerMapping(table, *phq);
        CHECK(m.problem(*phq, table).isEmpty());
        CHECK(m.studentNoColumn == 3);
        CHECK(m.secondsColumn == 2);
        CHECK(m.itemColumns == QList<int>{5, 6, 7, 8, 9, 10, 11, 12, 13});
        CHECK(m.codes.value(u"一半以上的天数"_s) == 2);
        auto plan = planAnswerImport(*vault, run, u"PHQ-9"_s, table, m);
        REQUIRE(plan.ok());
        CHECK(plan->problems.isEmpty());
        REQUIRE(plan->sheets.size() == 5);
        CHECK(plan->sheets.at(0).input.seconds == 90);
        auto done = applyAnswerImport(*vault, run, *plan, false);
        REQUIRE(done.ok());
        CHECK(done->imported == 5);
        CHECK(done->flagged == 3);  // 10, 20, and item 9
        CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026004"_s) == 20);
    }
    SECTION("a workbook with a title row, letters in either case and a blank answer")
    {
        const io::Table table = readFixture(u"phq9-letters.xlsx"_s);
        const AnswerMapping m = guessAnswerMapping(table, *phq);
        CHECK(m.headerRow == 1);
        CHECK(m.itemColumns.first() == 2);
        CHECK(m.codes.value(u"c"_s) == 2);
        auto plan = planAnswerImport(*vault, run, u"PHQ-9"_s, table, m);
        REQUIRE(plan.ok());
        CHECK(plan->problems.isEmpty());
        REQUIRE(plan->sheets.size() == 6);
        CHECK(plan->sheets.at(5).missing == 1);
        REQUIRE(applyAnswerImport(*vault, run, *plan, false).ok());
        CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026003"_s) == 10);
        CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026006"_s) == 10);  // 9 over 8 answers, prorated: 10.1 → 10
    }
    SECTION("an English file with 1–4 for the options 0–3, in GB18030")
    {
        const io::Table table = readFixture(u"phq9-one-to-four.csv"_s);
        const AnswerMapping m = guessAnswerMapping(table, *phq);
        CHECK(m.itemColumns == QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10});
        CHECK(m.codes.value(u"1"_s) == 0);
        CHECK(m.codes.value(u"4"_s) == 3);
        auto plan = planAnswerImport(*vault, run, u"PHQ-9"_s, table, m);
        REQUIRE(plan.ok());
        REQUIRE(applyAnswerImport(*vault, run, *plan, false).ok());
        CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026002"_s) == 5);
        // Importing the same file again replaces, never duplicates.
        auto again = planAnswerImport(*vault, run, u"PHQ-9"_s, table, m);
        CHECK(again->sheets.at(0).replaces);
        auto done = applyAnswerImport(*vault, run, *again, false);
        CHECK(done->replaced == 5);
        CHECK(vault->database().scalar(u"SELECT count(*) FROM screening_sheets"_s)->toInt() == 5);
    }
}

TEST_CASE("every mistake in an answer file is named with its row and column and nothing is imported", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"GAD-7"_s});
    auto gad = RunRepository(*vault).instrument(run, u"GAD-7"_s);
    const io::Table table = readFixture(u"gad7-mistakes.csv"_s);
    const AnswerMapping m = guessAnswerMapping(table, *gad);
    REQUIRE(m.problem(*gad, table).isEmpty());
    CHECK(m.codes.isEmpty());  // the numbers are the values
    auto plan = planAnswerImport(*vault, run, u"GAD-7"_s, table, m);
    REQUIRE(plan.ok());
    CHECK(plan->rowsRead == 8);
    CHECK(plan->sheets.size() == 2);
    CHECK(plan->rejectedRows == 6);
    CHECK(plan->unmatched == QStringList{u"2099999"_s, u"2026901"_s});
    QStringList messages;
    for (const CellProblem &p : plan->problems) messages << p.message;
    INFO(messages.join(u'\n').toStdString());
    REQUIRE(messages.size() == 7);
    CHECK(messages.at(0).startsWith(u"row 3, column D (3): \"5\" is not an answer of GAD-7"_s));
    CHECK(messages.at(1).contains(u"row 4"_s));
    CHECK(messages.at(1).contains(u"no student has the number 2099999"_s));
    CHECK(messages.at(2).contains(u"not on this run's list"_s));
    CHECK(messages.at(3).startsWith(u"row 6, column B (1): \"E\""_s));
    CHECK(messages.at(4).startsWith(u"row 6, column H (7): \"x\""_s));
    CHECK(messages.at(5).startsWith(u"row 7, column A (学号)"_s));
    CHECK(messages.at(6).contains(u"already appears in row 2"_s));

    // Not imported in part unless the user says so; then only the good rows.
    auto refused = applyAnswerImport(*vault, run, *plan, false);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"nothing was imported"_s));
    CHECK(vault->database().scalar(u"SELECT count(*) FROM screening_sheets"_s)->toInt() == 0);
    auto partial = applyAnswerImport(*vault, run, *plan, true);
    REQUIRE(partial.ok());
    CHECK(partial->imported == 2);
}

TEST_CASE("a file missing an item column is refused before any row is read", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"GAD-7"_s});
    auto gad = RunRepository(*vault).instrument(run, u"GAD-7"_s);
    const io::Table table = readFixture(u"gad7-missing-column.csv"_s);
    const AnswerMapping m = guessAnswerMapping(table, *gad);
    CHECK(m.problem(*gad, table).contains(u"item(s) 7 of GAD-7"_s));
    auto plan = planAnswerImport(*vault, run, u"GAD-7"_s, table, m);
    CHECK(plan.error().code == ErrorCode::InvalidInput);
    CHECK(plan.error().message.startsWith(u"gad7-missing-column.csv: "_s));
}

TEST_CASE("a school's two-option scale: yes and no, the time taken, the lie scale", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    auto loaded = loadSchoolInstrument(*vault, fixture(u"yesno-scale.json"_s));
    if (!loaded) FAIL(loaded.error().message.toStdString());
    const qint64 run = createTestRun(*vault, u"Yes/no"_s, {7}, {u"DEMO-YN"_s});
    auto ins = RunRepository(*vault).instrument(run, u"DEMO-YN"_s);
    const io::Table table = readFixture(u"yesno-answers.csv"_s);
    const AnswerMapping m = guessAnswerMapping(table, *ins);
    CHECK(m.studentNoColumn == 0);
    CHECK(m.secondsColumn == 2);
    CHECK(m.codes.value(u"是"_s) == 1);
    CHECK(m.codes.value(u"×"_s) == 0);
    auto plan = planAnswerImport(*vault, run, u"DEMO-YN"_s, table, m);
    REQUIRE(plan.ok());
    CHECK(plan->problems.isEmpty());
    CHECK(plan->sheets.at(0).input.seconds == 185);
    REQUIRE(applyAnswerImport(*vault, run, *plan, false).ok());
    auto id2 = vault->database().scalar(u"SELECT id FROM students WHERE student_no = '2026002'"_s)->toLongLong();
    auto s2 = SheetStore(*vault, run).score(id2, u"DEMO-YN"_s);
    CHECK_FALSE((*s2)->valid);  // 40 seconds is too fast
    CHECK((*s2)->invalidCodes == QStringList{u"fast"_s});
    CHECK(totalOf(*vault, run, u"DEMO-YN"_s, u"2026001"_s) == 2);
}

TEST_CASE("answers that fit two readings are not read until someone says which", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    auto phq = RunRepository(*vault).instrument(run, u"PHQ-9"_s);
    const io::Table table = readFixture(u"phq9-ambiguous.csv"_s);
    AnswerMapping m = guessAnswerMapping(table, *phq);
    CHECK(m.codesAmbiguous);
    CHECK(m.problem(*phq, table).contains(u"highest answer never appears"_s));
    CHECK(planAnswerImport(*vault, run, u"PHQ-9"_s, table, m).error().code == ErrorCode::InvalidInput);
    m.setNumbersAreValues(*phq, false, distinctAnswerCodes(table, m));
    CHECK_FALSE(m.codesAmbiguous);
    CHECK(m.codes.value(u"1"_s) == 0);
    auto plan = planAnswerImport(*vault, run, u"PHQ-9"_s, table, m);
    REQUIRE(plan.ok());
    REQUIRE(applyAnswerImport(*vault, run, *plan, false).ok());
    CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026001"_s) == 0);  // "1" everywhere: the first answer
    CHECK(totalOf(*vault, run, u"PHQ-9"_s, u"2026004"_s) == 15);  // written 3,3,3,3,3,3,3,2,1: values 2…0
}

TEST_CASE("a combined export: each instrument takes only the columns with its own code", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    const io::Table table = readFixture(u"phq9-gad7-combined.csv"_s);
    auto gad = RunRepository(*vault).instrument(run, u"GAD-7"_s);
    auto phq = RunRepository(*vault).instrument(run, u"PHQ-9"_s);
    CHECK(guessAnswerMapping(table, *gad).itemColumns == QList<int>{11, 12, 13, 14, 15, 16, 17});
    CHECK(guessAnswerMapping(table, *phq).itemColumns == QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10});
    const AnswerMapping m = guessAnswerMapping(table, *gad);
    auto plan = planAnswerImport(*vault, run, u"GAD-7"_s, table, m);
    REQUIRE(plan.ok());
    REQUIRE(applyAnswerImport(*vault, run, *plan, false).ok());
    CHECK(totalOf(*vault, run, u"GAD-7"_s, u"2026002"_s) == 21);
}

TEST_CASE("a row with a student number and no answers is a problem, not an empty sheet", "[screening][import]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"GAD-7"_s});
    auto gad = RunRepository(*vault).instrument(run, u"GAD-7"_s);
    const io::Table table = readFixture(u"gad7-blank-row.csv"_s);
    auto plan = planAnswerImport(*vault, run, u"GAD-7"_s, table, guessAnswerMapping(table, *gad));
    REQUIRE(plan.ok());
    CHECK(plan->sheets.size() == 1);
    REQUIRE(plan->problems.size() == 1);
    CHECK(plan->problems.first().message.startsWith(u"row 3: the row has no answers"_s));
}
