// counseldesk-cli screening runs|import|results: the runs of a vault, an answer file into a run
// (the same guess, plan and apply as the GUI's import), and a run's counts as CSV. A run's life
// cycle (create, open, close) is in ScreeningRunCommands.cpp.

#include "core/audit/AuditLog.h"
#include "core/io/TableFile.h"

#include "core/audit/AuditTarget.h"
#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/roster/RosterImport.h"
#include "core/screening/AnswerImport.h"
#include "core/screening/Results.h"
#include "core/screening/RunRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption runOption()
{
    return QCommandLineOption(u"run"_s, Tr::tr("The screening run, by its name."), Tr::tr("NAME"));
}

/// The run named by --run; prints why not and sets `exitCode` when there is none.
std::optional<screening::Run> findRun(vault::Vault &vault, const QString &name, int &exitCode)
{
    auto run = screening::RunRepository(vault).byName(name);
    if (!run) {
        exitCode = Console::fail(run.error());
        return std::nullopt;
    }
    return *run;
}

bool requireValue(VerbParser &verb, const QCommandLineOption &option, const QString &message)
{
    if (!verb.parser().value(option).trimmed().isEmpty()) return true;
    Console::error(message);
    return false;
}

/// The guessed mapping, one fact per line, so the user can see what the file was read as.
void printMapping(const io::Table &table, const screening::AnswerMapping &m, const screening::Instrument &ins)
{
    const auto column = [&](int c) { return c >= 0 ? screening::columnName(table, m, c) : Tr::tr("none"); };
    if (m.headerRow >= 0 && m.headerRow < table.rows.size())
        Console::out(Tr::tr("header: row %1").arg(table.rows.at(m.headerRow).sourceRow));
    Console::out(Tr::tr("student number: column %1").arg(column(m.studentNoColumn)));
    Console::out(Tr::tr("time taken: column %1").arg(column(m.secondsColumn)));
    for (qsizetype i = 0; i < ins.items.size(); ++i)
        Console::out(Tr::tr("item %1: column %2").arg(ins.items.at(i).id, column(m.itemColumns.value(i, -1))));
    if (m.codes.isEmpty()) {
        QStringList values;
        for (const screening::AnswerOption &o : ins.options) values << QString::number(o.value);
        Console::out(Tr::tr("answers: the numbers are the values (%1)").arg(values.join(Tr::tr(", "))));
        return;
    }
    QList<std::pair<int, QString>> codes;
    for (auto it = m.codes.cbegin(); it != m.codes.cend(); ++it) codes.append({it.value(), it.key()});
    std::sort(codes.begin(), codes.end());
    for (const auto &[value, code] : codes) Console::out(Tr::tr("answer \"%1\" = %2").arg(code).arg(value));
}

QString planCounts(const screening::AnswerPlan &plan)
{
    int replacing = 0;
    for (const screening::PlannedSheet &s : plan.sheets) replacing += s.replaces ? 1 : 0;
    //: counts of an answer-file import: rows read, sheets that can be imported, rows left out
    return Tr::tr("rows read %1, sheets to import %2 (replacing %3), rows with problems %4")
        .arg(plan.rowsRead)
        .arg(plan.sheets.size())
        .arg(replacing)
        .arg(plan.rejectedRows);
}

int screeningImport(const QStringList &args)
{
    VerbParser verb(u"screening import VAULT FILE --run NAME --instrument CODE --user NAME [--dry-run] [--skip-bad-rows] [--codes values|one-based]"_s,
                    Tr::tr("Imports an answer file (CSV or .xlsx, as survey tools and scanners export it) into an "
                           "open screening run: prints how the columns and answer codes were read, then every row "
                           "that cannot be imported with its row and column. A file with problems is refused "
                           "entirely (exit code 1) unless --skip-bad-rows is given; then the other rows are imported "
                           "(exit code 0). Sheets of students who already have one are replaced."),
                    true);
    const QCommandLineOption run = runOption();
    const QCommandLineOption instrument(u"instrument"_s, Tr::tr("The instrument the file answers, e.g. PHQ-9."),
                                        Tr::tr("CODE"));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    Tr::tr("Only read the file and say what would happen; write nothing. Exit code "
                                           "0 when the file has no problem, 1 otherwise."));
    const QCommandLineOption skipBad(u"skip-bad-rows"_s,
                                     Tr::tr("Import the good rows of a file that has problems, leaving the others out."));
    const QCommandLineOption codes(u"codes"_s,
                                   Tr::tr("What the numbers in the file mean when it cannot tell: \"values\" (the "
                                          "answers' values) or \"one-based\" (1 = the first answer)."),
                                   Tr::tr("MEANING"));
    verb.parser().addOptions({run, instrument, dryRun, skipBad, codes});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    verb.parser().addPositionalArgument(u"FILE"_s, Tr::tr("The answer file."));
    if (auto code = verb.parse(args, 2)) return *code;
    if (!requireValue(verb, run, Tr::tr("Name the run with --run NAME.")) ||
        !requireValue(verb, instrument, Tr::tr("Name the instrument with --instrument CODE, e.g. PHQ-9.")))
        return 2;

    // Read the file first: a broken file needs no passphrase to be reported.
    auto table = io::readTableFile(verb.positional(1));
    if (!table) return Console::fail(table.error());
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    const auto found = findRun(*vault, verb.parser().value(run), exitCode);
    if (!found) return exitCode;
    const QString code = verb.parser().value(instrument).trimmed();
    if (!found->instrumentCodes().contains(code)) {
        Console::error(Tr::tr("The run \"%1\" does not use %2: it uses %3.")
                           .arg(found->name, code, found->instrumentCodes().join(Tr::tr(", "))));
        return exitCodeFor(ErrorCode::NotFound);
    }
    auto ins = screening::RunRepository(*vault).instrument(found->id, code);
    if (!ins) return Console::fail(ins.error());

    screening::AnswerMapping mapping = screening::guessAnswerMapping(*table, *ins);
    if (verb.parser().isSet(codes)) {
        const QString meaning = verb.parser().value(codes);
        if (meaning != u"values"_s && meaning != u"one-based"_s) {
            Console::error(Tr::tr("Unknown --codes \"%1\": use values or one-based.").arg(meaning));
            return 2;
        }
        mapping.setNumbersAreValues(*ins, meaning == u"values"_s, screening::distinctAnswerCodes(*table, mapping));
    }
    printMapping(*table, mapping, *ins);
    if (mapping.codesAmbiguous) {
        Console::error(Tr::tr("%1: the answers are numbers from 1 up and the highest answer never appears, so they may "
                              "be the values or 1 may stand for the first answer. Say which with --codes values or "
                              "--codes one-based.")
                           .arg(table->fileName));
        return exitCodeFor(ErrorCode::InvalidInput);
    }
    auto plan = screening::planAnswerImport(*vault, found->id, code, *table, mapping);
    if (!plan) return Console::fail(plan.error());
    for (const screening::CellProblem &p : plan->problems)
        Console::out(Tr::tr("problem: %1, %2").arg(plan->fileName, p.message));

    if (verb.parser().isSet(dryRun)) {
        Console::out(Tr::tr("Dry run, nothing written: %1").arg(planCounts(*plan)));
        if (found->status == screening::RunStatus::Closed)
            Console::error(Tr::tr("The run \"%1\" is closed: reopen it before importing.").arg(found->name));
        else if (found->status == screening::RunStatus::Planned)
            Console::error(Tr::tr("The run \"%1\" is not open yet: open it before importing.").arg(found->name));
        const bool clean = plan->problems.isEmpty() && found->status == screening::RunStatus::Open;
        return clean ? 0 : exitCodeFor(ErrorCode::InvalidInput);
    }
    auto summary = screening::applyAnswerImport(*vault, found->id, *plan, verb.parser().isSet(skipBad));
    if (!summary) {
        Console::out(planCounts(*plan));
        return Console::fail(summary.error());
    }
    //: counts after an answer-file import
    Console::out(Tr::tr("Imported: sheets %1 (replaced %2), needing follow-up %3, invalid %4, rows left out %5")
                     .arg(summary->imported)
                     .arg(summary->replaced)
                     .arg(summary->flagged)
                     .arg(summary->invalid)
                     .arg(plan->rejectedRows));
    return 0;
}

int screeningResults(const QStringList &args)
{
    VerbParser verb(u"screening results VAULT --run NAME --user NAME [--format csv] [--min-cell N]"_s,
                    Tr::tr("Prints a run's results on standard output: participation and the number of sheets in "
                           "each band, for the whole run, each grade and each class, one count per line. Counts "
                           "only: no name, no student number. Counts below --min-cell, band and follow-up counts "
                           "that close to their group's total, and whatever would let them be worked out from "
                           "the other lines are withheld and printed as *. The export is recorded in the audit "
                           "log."),
                    true);
    const QCommandLineOption run = runOption();
    const QCommandLineOption format(u"format"_s, Tr::tr("The output format: csv (the only one so far)."),
                                    Tr::tr("FORMAT"), u"csv"_s);
    const QCommandLineOption minCell(u"min-cell"_s,
                                     Tr::tr("The smallest count printed (default 5, at least 2)."),
                                     Tr::tr("N"), u"5"_s);
    verb.parser().addOptions({run, format, minCell});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    if (!requireValue(verb, run, Tr::tr("Name the run with --run NAME."))) return 2;
    if (verb.parser().value(format) != u"csv"_s) {
        Console::error(Tr::tr("Unknown --format \"%1\": only csv is available.").arg(verb.parser().value(format)));
        return 2;
    }
    bool numeric = false;
    const int smallest = verb.parser().value(minCell).toInt(&numeric);
    if (!numeric || smallest < 2 || smallest > 1000) {
        Console::error(Tr::tr("--min-cell is a whole number from 2 to 1000."));
        return 2;
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    const auto found = findRun(*vault, verb.parser().value(run), exitCode);
    if (!found) return exitCode;
    auto csv = screening::resultsCsv(*vault, found->id, smallest);
    if (!csv) return Console::fail(csv.error());
    // Recorded before anything leaves the vault.
    if (auto st = vault->recordEvent(audit::action::ScreeningResultsExported, audit::runTarget(found->id),
                                     u"format=csv min_cell=%1"_s.arg(smallest));
        !st)
        return Console::fail(st.error());
    std::fwrite(csv->constData(), 1, static_cast<size_t>(csv->size()), stdout);
    std::fflush(stdout);
    return 0;
}

int screeningRuns(const QStringList &args)
{
    VerbParser verb(u"screening runs VAULT --user NAME"_s,
                    Tr::tr("Lists the screening runs, newest first: one tab-separated line per run and instrument "
                           "after a header line (run, status as planned, open or closed, opening and closing date, "
                           "grades, instrument, version, students expected, sheets taken, sheets needing "
                           "follow-up)."),
                    true);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto runs = screening::RunRepository(*vault).list();
    if (!runs) return Console::fail(runs.error());
    // Scripts read these columns: the header and the status codes stay in English.
    Console::out(u"run\tstatus\topens\tcloses\tgrades\tinstrument\tversion\texpected\ttaken\tneeds_follow_up"_s);
    for (const screening::Run &r : *runs) {
        for (const screening::RunInstrument &ri : r.instruments) {
            auto summary = screening::summarize(*vault, r.id, ri.code);
            if (!summary) return Console::fail(summary.error());
            Console::out(QStringList{r.name, screening::runStatusCode(r.status), r.opensOn.toString(Qt::ISODate),
                                     r.closesOn.toString(Qt::ISODate), r.targetNames(), ri.code, ri.version,
                                     QString::number(summary->all.expected), QString::number(summary->all.taken),
                                     QString::number(summary->all.flagged)}
                             .join(u'\t'));
        }
    }
    return 0;
}

}  // namespace

int runScreening(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"import"_s) return screeningImport(args.mid(1));
    if (sub == u"results"_s) return screeningResults(args.mid(1));
    if (sub == u"runs"_s) return screeningRuns(args.mid(1));
    if (auto code = runScreeningLifeCycle(sub, args.mid(1))) return *code;
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Console::out(Tr::tr("Usage: counseldesk-cli screening runs|create|open|close|import|results VAULT ... (--help "
                            "on each for its options)")
                     + u"\n\n"_s + exitCodeHelp());
        return 0;
    }
    Console::error(Tr::tr("Use \"screening runs\", \"create\", \"open\", \"close\", \"import\" or \"results\" (each "
                          "with --help)."));
    return 2;
}

}  // namespace cd::cli
