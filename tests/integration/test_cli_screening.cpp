// counseldesk-cli screening runs|import|results as a script would use them: the real binary on a
// real vault, the answer-file fixtures of tests/data/screening/ (make_answer_fixtures.py).

#include "screening/ScreeningAudit.h"
#include "storage/Database.h"
#include "support/FileSnapshot.h"
#include "support/CliRun.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <QFile>
#include <QProcess>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

CliRun cli(const QStringList &args) { return runCliAsLead(args); }

QString fixture(const QString &name) { return QStringLiteral(CD_TEST_DATA_DIR "/screening/") + name; }

/// Grade 7: 2026001–2026008 (学生1…), grade 9: 2026901; an open run "Autumn" over grade 7.
void addSchool(vault::Vault &vault, const QStringList &instruments)
{
    for (int i = 1; i <= 8; ++i)
        addTestStudent(vault, u"202600%1"_s.arg(i), u"学生%1"_s.arg(i), {}, 7, QString::number(1 + i % 2));
    addTestStudent(vault, u"2026901"_s, u"九年级"_s, {}, 9);
    createTestRun(vault, u"Autumn"_s, {7}, instruments);
}

/// Every row of every table, the audit log without the sign-in and sign-out rows every CLI verb
/// writes: what an operation that "writes nothing" must leave as it was.
QString contents(vault::Vault &vault)
{
    storage::Database &db = vault.database();
    auto tables = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    REQUIRE(tables.ok());
    QStringList names;
    while (*tables->step()) names << tables->text(0);
    QString out;
    for (const QString &table : names) {
        if (table == u"audit_checkpoints"_s) continue;  // one per lead unlock, like the unlock rows
        auto columns = db.prepare(u"PRAGMA table_info(\"%1\")"_s.arg(table));
        REQUIRE(columns.ok());
        QStringList quoted;
        while (*columns->step()) quoted << u"quote(\"%1\")"_s.arg(columns->text(1));
        const QString where = table == u"audit_log"_s ? u" WHERE action NOT IN ('vault.unlock', 'vault.lock')"_s
                                                       : QString();
        auto rows = db.scalar(u"SELECT group_concat(x, char(10)) FROM (SELECT %1 AS x FROM \"%2\"%3 ORDER BY x)"_s.arg(
            quoted.join(u" || ',' || "_s), table, where));
        REQUIRE(rows.ok());
        out += u"== "_s + table + u'\n' + rows->toString() + u'\n';
    }
    return out;
}

qint64 count(vault::Vault &vault, const QString &sql) { return vault.database().scalar(sql)->toLongLong(); }

}  // namespace

TEST_CASE("cli screening import: a dry run names every problem with row and column and writes nothing",
          "[cli][screening]")
{
    TempVault tv;
    QString before;
    QMap<QString, QByteArray> files;
    {
        auto vault = tv.open();
        addSchool(*vault, {u"GAD-7"_s});
        before = contents(*vault);
    }
    files = snapshotFolder(tv.dir());
    const CliRun dry = cli({u"screening"_s, u"import"_s, tv.dir(), fixture(u"gad7-mistakes.csv"_s), u"--run"_s,
                            u"Autumn"_s, u"--instrument"_s, u"GAD-7"_s, u"--dry-run"_s});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 1);
    // The mapping it guessed, in plain lines.
    CHECK(dry.out.contains(u"student number: column A (学号)\n"_s));
    CHECK(dry.out.contains(u"time taken: column none\n"_s));
    CHECK(dry.out.contains(u"item 1: column B (1)\n"_s));
    CHECK(dry.out.contains(u"item 7: column H (7)\n"_s));
    CHECK(dry.out.contains(u"answers: the numbers are the values (0, 1, 2, 3)\n"_s));
    // Every problem, one per line, with its row and column.
    CHECK(dry.out.count(u"problem: "_s) == 7);
    CHECK(dry.out.contains(u"problem: gad7-mistakes.csv, row 3, column D (3): \"5\" is not an answer of GAD-7"_s));
    CHECK(dry.out.contains(u"row 4, column A (学号): no student has the number 2099999"_s));
    CHECK(dry.out.contains(u"row 5, column A (学号): student number 2026901 is not on this run's list"_s));
    CHECK(dry.out.contains(u"row 6, column B (1): \"E\""_s));
    CHECK(dry.out.contains(u"row 6, column H (7): \"x\""_s));
    CHECK(dry.out.contains(u"row 8, column A (学号): student number 2026001 already appears in row 2"_s));
    CHECK(dry.out.contains(u"Dry run, nothing written: rows read 8, sheets to import 2 (replacing 0), rows with "
                           "problems 6"_s));
    auto vault = tv.open();
    CHECK(contents(*vault) == before);
    CHECK(count(*vault, u"SELECT count(*) FROM audit_log WHERE action = 'vault.unlock'"_s) >= 2);
    // Only the sign-in and sign-out rows (and the marker and seal that follow them) changed.
    CHECK(snapshotFolder(tv.dir()).keys() == files.keys());
}

TEST_CASE("cli screening import: a file with problems is refused whole unless --skip-bad-rows", "[cli][screening]")
{
    TempVault tv;
    QString before;
    {
        auto vault = tv.open();
        addSchool(*vault, {u"GAD-7"_s});
        before = contents(*vault);
    }
    const QStringList import = {u"screening"_s, u"import"_s, tv.dir(), fixture(u"gad7-mistakes.csv"_s), u"--run"_s,
                                u"Autumn"_s, u"--instrument"_s, u"GAD-7"_s};
    const CliRun refused = cli(import);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"nothing was imported"_s));
    CHECK(refused.out.count(u"problem: "_s) == 7);
    {
        auto vault = tv.open();
        CHECK(contents(*vault) == before);
    }

    const CliRun partial = cli(import + QStringList{u"--skip-bad-rows"_s});
    INFO(partial.out.toStdString() << partial.err.toStdString());
    CHECK(partial.exitCode == 0);
    CHECK(partial.out.contains(u"Imported: sheets 2 (replaced 0), needing follow-up 0, invalid 0, rows left out 6"_s));
    auto vault = tv.open();
    CHECK(count(*vault, u"SELECT count(*) FROM screening_sheets"_s) == 2);
    CHECK(count(*vault, u"SELECT count(*) FROM screening_sheets h JOIN students s ON s.id = h.student_id "
                        "WHERE s.student_no IN ('2026001', '2026004')"_s) == 2);
    CHECK(count(*vault, u"SELECT count(*) FROM audit_log WHERE action = 'screening.sheets'"_s) == 1);
}

TEST_CASE("cli screening import: a Chinese survey export imports five sheets", "[cli][screening]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        addSchool(*vault, {u"PHQ-9"_s, u"GAD-7"_s});
    }
    const QStringList import = {u"screening"_s, u"import"_s, tv.dir(), fixture(u"phq9-survey-zh.csv"_s), u"--run"_s,
                                u"Autumn"_s, u"--instrument"_s, u"PHQ-9"_s};
    const CliRun dry = cli(import + QStringList{u"--dry-run"_s});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"student number: column D (学号)\n"_s));
    CHECK(dry.out.contains(u"time taken: column C (所用时间)\n"_s));
    CHECK(dry.out.contains(u"item 9: column N (第9题)\n"_s));
    CHECK(dry.out.contains(u"answer \"一半以上的天数\" = 2\n"_s));
    CHECK_FALSE(dry.out.contains(u"problem: "_s));

    const CliRun done = cli(import);
    INFO(done.out.toStdString() << done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(u"Imported: sheets 5 (replaced 0), needing follow-up 3"_s));
    {
        auto vault = tv.open();
        CHECK(count(*vault, u"SELECT count(*) FROM screening_sheets WHERE instrument = 'PHQ-9'"_s) == 5);
        CHECK(count(*vault, u"SELECT count(*) FROM screening_follow_ups"_s) == 3);
    }

    const CliRun runs = cli({u"screening"_s, u"runs"_s, tv.dir()});
    INFO(runs.out.toStdString() << runs.err.toStdString());
    CHECK(runs.exitCode == 0);
    const QStringList lines = runs.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(u"run\tstatus\topens\tcloses\t"_s));
    CHECK(lines.at(1).startsWith(u"Autumn\topen\t"_s));
    CHECK(lines.at(1).endsWith(u"\tPHQ-9\t2\t8\t5\t3"_s));
    CHECK(lines.at(2).endsWith(u"\tGAD-7\t2\t8\t0\t0"_s));
}

TEST_CASE("cli screening results: counts only, audited, unknown runs and formats are named", "[cli][screening]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        addSchool(*vault, {u"PHQ-9"_s});
    }
    REQUIRE(cli({u"screening"_s, u"import"_s, tv.dir(), fixture(u"phq9-survey-zh.csv"_s), u"--run"_s, u"Autumn"_s,
                 u"--instrument"_s, u"PHQ-9"_s})
                .exitCode == 0);

    const CliRun csv = cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Autumn"_s, u"--format"_s, u"csv"_s});
    INFO(csv.out.toStdString() << csv.err.toStdString());
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith(u"instrument,version,group,grade,class,measure,band,band_label,count\n"_s));
    // 8 expected, 5 taken, 3 of them need follow-up: 3 is below the default 5 and withheld, and so
    // is what would give it back (not flagged = 2); the band counts of 1 too.
    CHECK(csv.out.contains(u"PHQ-9,2,run,,,expected,,,8\n"_s));
    CHECK(csv.out.contains(u"PHQ-9,2,run,,,needs_follow_up,,,*\n"_s));
    CHECK(csv.out.contains(u"PHQ-9,2,run,,,not_flagged,,,*\n"_s));
    for (const QString &line : csv.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        INFO(line.toStdString());
        const QString count = line.section(u',', -1);
        CHECK((count == u"*"_s || count == u"0"_s || count.toInt() >= 5));
    }
    CHECK(cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Autumn"_s, u"--min-cell"_s, u"1"_s}).exitCode == 2);
    CHECK(cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Autumn"_s, u"--min-cell"_s, u"0"_s}).exitCode == 2);
    const CliRun loose = cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Autumn"_s, u"--min-cell"_s, u"2"_s});
    CHECK(loose.exitCode == 0);
    INFO(loose.out.toStdString());
    // A threshold of 2 prints counts from 2 up: some of 2 to 4, never a 1.
    CHECK(QRegularExpression(u",[234]\n"_s).match(loose.out).hasMatch());
    CHECK_FALSE(loose.out.contains(u",1\n"_s));
    for (int i = 1; i <= 9; ++i) {
        CHECK_FALSE(csv.out.contains(u"202600%1"_s.arg(i)));
        CHECK_FALSE(csv.out.contains(u"学生%1"_s.arg(i)));
    }
    CHECK_FALSE(csv.out.contains(u"2026901"_s));
    {
        auto vault = tv.open();
        const qint64 run = count(*vault, u"SELECT id FROM screening_runs WHERE name = 'Autumn'"_s);
        CHECK(count(*vault, u"SELECT count(*) FROM audit_log WHERE action = 'screening.results_export' AND target = "
                            "'run:%1'"_s.arg(run)) == 2);  // the default and --min-cell 2; the refused ones wrote nothing
    }

    SECTION("an unknown run")
    {
        const CliRun unknown = cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Spring"_s});
        CHECK(unknown.exitCode == exitCodeFor(ErrorCode::NotFound));
        CHECK(unknown.err.contains(u"There is no screening run called \"Spring\"."_s));
        const CliRun import = cli({u"screening"_s, u"import"_s, tv.dir(), fixture(u"phq9-survey-zh.csv"_s),
                                   u"--run"_s, u"Spring"_s, u"--instrument"_s, u"PHQ-9"_s, u"--dry-run"_s});
        CHECK(import.exitCode == exitCodeFor(ErrorCode::NotFound));
        CHECK(import.err.contains(u"There is no screening run called \"Spring\"."_s));
    }
    SECTION("an instrument the run does not use")
    {
        const CliRun other = cli({u"screening"_s, u"import"_s, tv.dir(), fixture(u"gad7-mistakes.csv"_s), u"--run"_s,
                                  u"Autumn"_s, u"--instrument"_s, u"GAD-7"_s});
        CHECK(other.exitCode == exitCodeFor(ErrorCode::NotFound));
        CHECK(other.err.contains(u"The run \"Autumn\" does not use GAD-7: it uses PHQ-9."_s));
    }
    SECTION("a format other than csv, a missing --run: usage errors")
    {
        const CliRun format = cli({u"screening"_s, u"results"_s, tv.dir(), u"--run"_s, u"Autumn"_s, u"--format"_s,
                                   u"xlsx"_s});
        CHECK(format.exitCode == 2);
        CHECK(format.err.contains(u"only csv"_s));
        CHECK(cli({u"screening"_s, u"results"_s, tv.dir()}).exitCode == 2);
        CHECK(cli({u"screening"_s, u"frobnicate"_s}).exitCode == 2);
    }
    SECTION("--help on every screening verb exits 0 and documents the exit codes")
    {
        for (const QString &sub : {u"--help"_s, u"runs"_s, u"import"_s, u"results"_s}) {
            const CliRun help = cli({u"screening"_s, sub, u"--help"_s});
            INFO(sub.toStdString());
            CHECK(help.exitCode == 0);
            CHECK(help.out.contains(u"Exit codes"_s));
        }
    }
}

TEST_CASE("cli screening import: numbers that fit two readings need --codes", "[cli][screening]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        addSchool(*vault, {u"PHQ-9"_s});
    }
    const QStringList import = {u"screening"_s, u"import"_s, tv.dir(), fixture(u"phq9-ambiguous.csv"_s), u"--run"_s,
                                u"Autumn"_s, u"--instrument"_s, u"PHQ-9"_s};
    const CliRun refused = cli(import);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"--codes values or --codes one-based"_s));
    CHECK(cli(import + QStringList{u"--codes"_s, u"maybe"_s}).exitCode == 2);
    const CliRun done = cli(import + QStringList{u"--codes"_s, u"one-based"_s});
    INFO(done.out.toStdString() << done.err.toStdString());
    CHECK(done.exitCode == 0);
    auto vault = tv.open();
    CHECK(count(*vault, u"SELECT count(*) FROM screening_sheets"_s) == 5);
    CHECK(count(*vault, u"SELECT sum(total) FROM screening_scores"_s) == 0 + 5 + 10 + 15 + 4);
}

TEST_CASE("cli: a script runs a screening end to end: create, list, close, reopen", "[cli][screening]")
{
    TempVault tv;
    const QString path = tv.dir();
    const QString roster = tv.root() + u"/roster.csv"_s;
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("学号,姓名,性别,年级,班级\r\nP1,甲同学,男,初二,3班\r\nP2,乙同学,女,初二,3班\r\n");
    }
    REQUIRE(cli({u"import-roster"_s, path, roster}).exitCode == 0);

    // Refused with the rule's own sentence: no instrument, a date that is not one, a class without a grade.
    const CliRun noInstrument = cli({u"screening"_s, u"create"_s, path, u"--name"_s, u"R"_s, u"--grades"_s, u"8"_s,
                                     u"--opens"_s, u"2026-03-02"_s, u"--closes"_s, u"2026-03-20"_s});
    CHECK(noInstrument.exitCode != 0);
    CHECK_FALSE(noInstrument.err.isEmpty());
    CHECK(cli({u"screening"_s, u"create"_s, path, u"--name"_s, u"R"_s, u"--instrument"_s, u"PHQ-9"_s, u"--grades"_s,
               u"8"_s, u"--opens"_s, u"March"_s})
              .exitCode == 2);
    CHECK(cli({u"screening"_s, u"create"_s, path, u"--name"_s, u"R"_s, u"--instrument"_s, u"PHQ-9"_s, u"--classes"_s,
               u"3班"_s})
              .exitCode == 2);

    const CliRun created = cli({u"screening"_s, u"create"_s, path, u"--name"_s, u"Spring"_s, u"--instrument"_s,
                                u"PHQ-9"_s, u"--classes"_s, u"初二(3)班"_s, u"--opens"_s, u"2020-03-02"_s,
                                u"--closes"_s, u"2099-03-20"_s});
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.trimmed() == u"Spring\topen"_s);
    const CliRun listed = cli({u"screening"_s, u"runs"_s, path});
    CHECK(listed.out.contains(u"Spring\topen"_s));
    CHECK(listed.out.contains(u"\tPHQ-9\t"_s));
    CHECK(listed.out.contains(u"\t2\t0\t0"_s));  // the two students of 初二(3)班 expected

    const CliRun closed = cli({u"screening"_s, u"close"_s, path, u"--run"_s, u"Spring"_s});
    CHECK(closed.exitCode == 0);
    CHECK(closed.out.trimmed() == u"Spring\tclosed"_s);
    CHECK(cli({u"screening"_s, u"runs"_s, path}).out.contains(u"Spring\tclosed"_s));
    CHECK(cli({u"screening"_s, u"open"_s, path, u"--run"_s, u"Spring"_s}).exitCode == 0);
    CHECK(cli({u"screening"_s, u"close"_s, path, u"--run"_s, u"Nobody"_s}).exitCode != 0);

    // Each step is in the audit log, as the GUI's would be.
    auto vault = tv.open();
    auto rows = vault->audit().recent(20);
    REQUIRE(rows.ok());
    int created_ = 0, changed = 0;
    for (const auto &e : *rows) {
        created_ += e.action == QLatin1String(audit::action::RunCreated);
        changed += e.action == QLatin1String(audit::action::RunChanged);
    }
    CHECK(created_ == 1);
    CHECK(changed == 2);
}
