// counseldesk-cli import-roster.

#include "app/cli/Commands.h"
#include "core/io/TableFile.h"
#include "app/cli/VerbParser.h"
#include "core/io/Table.h"
#include "core/roster/RosterFields.h"
#include "core/roster/RosterImport.h"
#include "core/roster/RosterMapping.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
/// The mapping used, one field a line, so the person running the import sees what each column
/// was read as (and can correct it with --map).
void printMapping(const io::Table &table, const roster::ColumnMapping &mapping)
{
    if (mapping.headerRow < 0 || mapping.headerRow >= table.rows.size()) return;
    const io::TableRow &header = table.rows[mapping.headerRow];
    //: %1 is a row number of the file
    Console::out(Tr::tr("header row: %1").arg(header.sourceRow));
    for (roster::Field field : roster::kAllFields) {
        const int column = mapping.column(field);
        //: %1 a field (student number, name, …), %2 a column letter, %3 the column's header
        Console::out(column >= 0 ? Tr::tr("%1: column %2 \"%3\"")
                                       .arg(roster::fieldName(field), io::columnLetters(column),
                                            header.cells.value(column))
                                 : Tr::tr("%1: not read").arg(roster::fieldName(field)));
    }
}

}  // namespace

int runImportRoster(const QStringList &args)
{
    VerbParser verb(u"import-roster VAULT FILE --user NAME [--dry-run] [--map FIELD=COLUMN]…"_s,
                    Tr::tr("Imports students from a roster (CSV in UTF-8 or GB18030/GBK, or .xlsx) with a header row "
                           "such as 学号, 姓名, 性别, 出生日期, 年级, 班级. Students are matched on the student number: "
                           "existing ones are updated, none is duplicated, growth records are never touched. Rejected "
                           "rows are listed with their reason; the valid rows are written in one transaction. The "
                           "column mapping used is printed first; --map overrides a guessed column."),
                    true);
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Only say what would happen; write nothing."));
    verb.parser().addOption(dryRun);
    const QCommandLineOption map(u"map"_s,
                                 Tr::tr("Read FIELD (student_no, name, sex, birth_date, grade, class) from COLUMN (its "
                                        "header, letter or number); an empty COLUMN ignores the field. Repeatable."),
                                 u"FIELD=COLUMN"_s);
    verb.parser().addOption(map);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    verb.parser().addPositionalArgument(u"FILE"_s, Tr::tr("The roster file."));
    if (auto code = verb.parse(args, 2)) return *code;

    // Read the file first: a broken file needs no passphrase to be reported.
    auto table = io::readTableFile(verb.positional(1));
    if (!table) return Console::fail(table.error());
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;

    roster::ColumnMapping mapping = roster::guessMapping(*table);
    const QString signature = roster::headerSignature(*table, mapping.headerRow);
    if (auto remembered = roster::rememberedMapping(*vault, signature); remembered && *remembered)
        mapping.columns = **remembered;
    for (const QString &spec : verb.parser().values(map))
        if (Status st = roster::overrideMapping(*table, mapping, spec); !st) return Console::fail(st.error());
    printMapping(*table, mapping);
    auto plan = roster::planRosterImport(*vault, *table, mapping);
    if (!plan) return Console::fail(plan.error());
    for (const roster::PlannedRow &row : plan->rows)
        if (row.action == roster::RowAction::Reject)
            Console::out(Tr::tr("rejected: %1, row %2: %3").arg(plan->fileName).arg(row.sourceRow).arg(row.reason));

    const auto counts = [](int added, int updated, int unchanged, int rejected) {
        return Tr::tr("added %1, updated %2, unchanged %3, rejected %4").arg(added).arg(updated).arg(unchanged).arg(rejected);
    };
    if (verb.parser().isSet(dryRun)) {
        Console::out(Tr::tr("Dry run, nothing written: %1")
                         .arg(counts(plan->count(roster::RowAction::Add), plan->count(roster::RowAction::Update),
                                     plan->count(roster::RowAction::Unchanged), plan->count(roster::RowAction::Reject))));
        return 0;
    }
    auto summary = roster::applyRosterImport(*vault, *plan, signature, mapping);
    if (!summary) return Console::fail(summary.error());
    Console::out(Tr::tr("Imported: %1").arg(counts(summary->added, summary->updated, summary->unchanged, summary->rejected)));
    return 0;
}

}  // namespace cd::cli
