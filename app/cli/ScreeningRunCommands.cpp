// counseldesk-cli screening create|open|close: a run's life cycle from a script, through the same
// RunRepository (and its rules and audit rows) as the GUI's run dialog.

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/roster/RosterFields.h"
#include "core/screening/RunRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// "7,8" or "初一,初二" -> grades; "初二(3)班" -> one class. Empty with `why` set when a part is unusable.
std::optional<QList<screening::RunTarget>> parseTargets(const QStringList &grades, const QStringList &classes,
                                                        QString &why)
{
    QList<screening::RunTarget> targets;
    for (const QString &list : grades) {
        for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
            auto grade = roster::parseGrade(part.trimmed(), &why);
            if (!grade || *grade <= 0) {
                if (why.isEmpty()) why = Tr::tr("\"%1\" is not a grade").arg(part.trimmed());
                return std::nullopt;
            }
            targets << screening::RunTarget{*grade, QString()};
        }
    }
    for (const QString &list : classes) {
        for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
            auto cell = roster::parseClass(part.trimmed(), &why);
            if (!cell || cell->grade <= 0 || cell->klass.isEmpty()) {
                if (why.isEmpty()) why = Tr::tr("\"%1\" does not name a grade and a class, such as 初二(3)班").arg(part);
                return std::nullopt;
            }
            targets << screening::RunTarget{cell->grade, cell->klass};
        }
    }
    return targets;
}

int screeningCreate(const QStringList &args)
{
    VerbParser verb(u"screening create VAULT --name NAME --instrument CODE[,CODE] (--grades 7,8 | --classes "
                    "初二(3)班,…) --opens DATE --closes DATE --user NAME"_s,
                    Tr::tr("Creates a screening run as the New run dialog does: the newest definition of each "
                           "instrument is pinned, the active students of the grades or classes are its list, and it "
                           "opens at once when its opening date has come. Prints the run's name and status."),
                    true);
    const QCommandLineOption name(u"name"_s, Tr::tr("The run's name, unique in the vault."), Tr::tr("NAME"));
    const QCommandLineOption instruments(u"instrument"_s, Tr::tr("Instrument codes, e.g. PHQ-9,GAD-7 (repeatable)."),
                                         Tr::tr("CODE"));
    const QCommandLineOption grades(u"grades"_s, Tr::tr("Whole grades, e.g. 7,8 or 初一,初二 (repeatable)."),
                                    Tr::tr("GRADES"));
    const QCommandLineOption classes(u"classes"_s, Tr::tr("Single classes, e.g. 初二(3)班 (repeatable)."),
                                     Tr::tr("CLASSES"));
    const QCommandLineOption opens(u"opens"_s, Tr::tr("The first day answers may come in (YYYY-MM-DD)."),
                                   Tr::tr("DATE"));
    const QCommandLineOption closes(u"closes"_s, Tr::tr("The last day (YYYY-MM-DD)."), Tr::tr("DATE"));
    verb.parser().addOptions({name, instruments, grades, classes, opens, closes});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;

    screening::Run run;
    run.name = verb.parser().value(name).trimmed();
    for (const QString &list : verb.parser().values(instruments))
        for (const QString &code : list.split(u',', Qt::SkipEmptyParts)) run.instruments << screening::RunInstrument{code.trimmed(), {}};
    QString why;
    auto targets = parseTargets(verb.parser().values(grades), verb.parser().values(classes), why);
    if (!targets) {
        Console::error(why);
        return 2;
    }
    run.targets = *targets;
    run.opensOn = QDate::fromString(verb.parser().value(opens), Qt::ISODate);
    run.closesOn = QDate::fromString(verb.parser().value(closes), Qt::ISODate);
    if (verb.parser().isSet(opens) && !run.opensOn.isValid()) {
        Console::error(Tr::tr("--opens is a date such as 2026-03-02."));
        return 2;
    }
    if (verb.parser().isSet(closes) && !run.closesOn.isValid()) {
        Console::error(Tr::tr("--closes is a date such as 2026-03-20."));
        return 2;
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    screening::RunRepository runs(*vault);
    auto id = runs.create(run);  // the repository checks name, instruments, targets and dates
    if (!id) return Console::fail(id.error());
    auto made = runs.get(*id);
    if (!made) return Console::fail(made.error());
    Console::out(QStringList{made->name, screening::runStatusCode(made->status)}.join(u'\t'));
    return 0;
}

int screeningSetStatus(const QStringList &args, screening::RunStatus status)
{
    const bool open = status == screening::RunStatus::Open;
    VerbParser verb(open ? u"screening open VAULT --run NAME --user NAME"_s : u"screening close VAULT --run NAME --user NAME"_s,
                    open ? Tr::tr("Opens a run for answers (or reopens a closed one).")
                         : Tr::tr("Closes a run: no more answers come in; its results stay."),
                    true);
    const QCommandLineOption runName(u"run"_s, Tr::tr("The screening run, by its name."), Tr::tr("NAME"));
    verb.parser().addOption(runName);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    if (verb.parser().value(runName).trimmed().isEmpty()) {
        Console::error(Tr::tr("Name the run with --run NAME."));
        return 2;
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    screening::RunRepository runs(*vault);
    auto found = runs.byName(verb.parser().value(runName));
    if (!found) return Console::fail(found.error());
    if (Status st = runs.setStatus(found->id, status); !st) return Console::fail(st.error());
    Console::out(QStringList{found->name, screening::runStatusCode(status)}.join(u'\t'));
    return 0;
}

}  // namespace

std::optional<int> runScreeningLifeCycle(const QString &sub, const QStringList &args)
{
    if (sub == u"create"_s) return screeningCreate(args);
    if (sub == u"open"_s) return screeningSetStatus(args, screening::RunStatus::Open);
    if (sub == u"close"_s) return screeningSetStatus(args, screening::RunStatus::Closed);
    return std::nullopt;
}

}  // namespace cd::cli
