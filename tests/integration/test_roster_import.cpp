// Roster import on a real vault: plan, apply, re-import, the growth record left alone, the CLI.

#include "roster/RosterImport.h"
#include "io/TableFile.h"
#include "students/StudentRepository.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name) { return QStringLiteral(CD_TEST_DATA_DIR "/roster/") + QString::fromLatin1(name); }

roster::ImportSummary importFile(vault::Vault &vault, const char *name, roster::ImportPlan *planOut = nullptr)
{
    auto table = io::readTableFile(fixture(name));
    REQUIRE(table.ok());
    const roster::ColumnMapping mapping = roster::guessMapping(*table);
    auto plan = roster::planRosterImport(vault, *table, mapping);
    REQUIRE(plan.ok());
    if (planOut) *planOut = *plan;
    auto summary = roster::applyRosterImport(vault, *plan, roster::headerSignature(*table, mapping.headerRow), mapping);
    REQUIRE(summary.ok());
    return *summary;
}

}  // namespace

TEST_CASE("roster import: a dry run lists every row's fate and writes nothing", "[roster][integration]")
{
    TempVault tv;
    auto vault = tv.open();
    vault->close();
    const auto before = snapshotFolder(tv.dir());
    vault = tv.open();
    auto table = io::readTableFile(fixture("roster-utf8-bom.csv"));
    REQUIRE(table.ok());
    auto plan = roster::planRosterImport(*vault, *table, roster::guessMapping(*table));
    REQUIRE(plan.ok());
    CHECK(plan->count(roster::RowAction::Add) == 4);
    CHECK(plan->count(roster::RowAction::Reject) == 5);
    QStringList reasons;
    for (const auto &row : plan->rows)
        if (row.action == roster::RowAction::Reject) reasons << u"%1: %2"_s.arg(row.sourceRow).arg(row.reason);
    CHECK(reasons.join(u'\n').contains(u"10: student number 2026001 already appears in row 3"_s));
    students::StudentRepository repo(*vault);
    CHECK(repo.listAll()->isEmpty());
}

TEST_CASE("roster import: students are added once, updated on re-import, never duplicated", "[roster][integration]")
{
    TempVault tv;
    auto vault = tv.open();
    const auto first = importFile(*vault, "roster-utf8-bom.csv");
    CHECK(first.added == 4);
    CHECK(first.rejected == 5);
    students::StudentRepository repo(*vault);
    auto zhang = repo.findByNumber(u"2026001"_s);
    REQUIRE(zhang.ok());
    REQUIRE(zhang->has_value());
    CHECK((*zhang)->name == u"张三"_s);
    CHECK((*zhang)->grade == 7);
    CHECK((*zhang)->klass == u"3"_s);
    CHECK((*zhang)->birthDate == QDate(2012, 3, 5));

    // The counselor's growth record must survive any re-import.
    students::GrowthRecord record;
    record.familyStructure = u"grandparents"_s;
    record.leftBehind = true;
    record.psychStatus = u"counselor wrote this"_s;
    record.guardians.append({0, u"张奶奶"_s, u"grandmother"_s, u"13900000000"_s, QString()});
    REQUIRE(repo.saveGrowthRecord((*zhang)->id, record).ok());

    const auto again = importFile(*vault, "roster-utf8-bom.csv");
    CHECK(again.added == 0);
    CHECK(again.unchanged == 4);
    CHECK(repo.listAll()->size() == 4);

    // The xlsx of the next term moves 王明 to grade 8, class 1: an update with class history.
    roster::ImportPlan plan;
    const auto moved = importFile(*vault, "roster.xlsx", &plan);
    CHECK(moved.updated == 1);
    CHECK(moved.unchanged == 2);
    bool sawChange = false;
    for (const auto &row : plan.rows) sawChange |= row.changes.join(u' ').contains(u"class 1"_s);
    CHECK(sawChange);
    auto wang = repo.findByNumber(u"2026003"_s);
    CHECK((*wang)->grade == 8);
    auto history = repo.classHistory((*wang)->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).to.isValid());
    CHECK_FALSE(history->at(1).to.isValid());

    auto kept = repo.growthRecord((*zhang)->id);
    REQUIRE(kept.ok());
    CHECK(kept->psychStatus == u"counselor wrote this"_s);
    CHECK(kept->leftBehind);
    REQUIRE(kept->guardians.size() == 1);
    CHECK(kept->guardians[0].name == u"张奶奶"_s);

    auto audit = vault->audit().recent(1);
    CHECK(audit->at(0).action == QLatin1String(audit::action::RosterImported));
    CHECK_FALSE(audit->at(0).detail.contains(u"张"_s));  // counts only
}

TEST_CASE("roster import: a failure part-way leaves the vault as it was", "[roster][integration]")
{
    TempVault tv;
    auto vault = tv.open();
    auto table = io::readTableFile(fixture("roster-utf8.csv"));
    REQUIRE(table.ok());
    const auto mapping = roster::guessMapping(*table);
    auto plan = roster::planRosterImport(*vault, *table, mapping);
    REQUIRE(plan.ok());
    // Make the last insert fail: a student number that violates the table's CHECK on grade.
    plan->rows.last().student.grade = 99;
    auto failed = roster::applyRosterImport(*vault, *plan, QString(), mapping);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(u"row"_s));
    students::StudentRepository repo(*vault);
    CHECK(repo.listAll()->isEmpty());
}

TEST_CASE("roster import: a remembered mapping is used for the same header layout", "[roster][integration]")
{
    TempVault tv;
    auto vault = tv.open();
    auto table = io::readTableFile(fixture("roster-combined-class.csv"));
    REQUIRE(table.ok());
    roster::ColumnMapping mapping = roster::guessMapping(*table);
    const QString signature = roster::headerSignature(*table, mapping.headerRow);
    mapping.columns.insert(roster::Field::Class, 2);
    REQUIRE(roster::rememberMapping(*vault, signature, mapping.columns).ok());
    auto remembered = roster::rememberedMapping(*vault, signature);
    REQUIRE(remembered.ok());
    REQUIRE(remembered->has_value());
    CHECK((*remembered)->value(roster::Field::Class) == 2);
    const auto summary = importFile(*vault, "roster-combined-class.csv");
    CHECK(summary.added == 2);
    students::StudentRepository repo(*vault);
    auto zheng = repo.findByNumber(u"2026102"_s);
    CHECK((*zheng)->grade == 11);
    CHECK((*zheng)->klass == u"1"_s);
}

TEST_CASE("cli: import-roster reports counts and rejected rows, broken files fail clearly", "[roster][cli]")
{
    TempVault tv;
    const auto run = [&](const QStringList &extra, const char *file) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CD_CLI_PATH), QStringList{u"import-roster"_s, tv.dir(), fixture(file), u"--user"_s,
                                                         kLeadLogin, u"--passphrase-stdin"_s} + extra);
        p.write((kLeadPassphrase + u"\n"_s).toUtf8());
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    auto [dryCode, dryOut, dryErr] = run({u"--dry-run"_s}, "roster-utf8-bom.csv");
    CHECK(dryCode == 0);
    CHECK(dryOut.contains(u"added 4, updated 0, unchanged 0, rejected 5"_s));
    CHECK(dryOut.contains(u"row 8: \"未知\" is not a sex"_s));
    auto [code, out, err] = run({}, "roster-utf8-bom.csv");
    CHECK(code == 0);
    CHECK(out.contains(u"Imported: added 4"_s));
    auto [badCode, badOut, badErr] = run({}, "roster-unclosed-quote.csv");
    CHECK(badCode == 1);
    CHECK(badErr.contains(u"line 2"_s));
    auto vault = tv.open();
    students::StudentRepository repo(*vault);
    CHECK(repo.listAll()->size() == 4);
}
