// counseldesk-cli lessons plan|compliance: build (or preview) a semester's lesson plan and print
// its compliance and every window it cannot fill with the reason; print the compliance per class
// and grade. Classes and teachers only: no student is named.

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/common/Clock.h"
#include "core/lessons/Compliance.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Semesters.h"
#include "core/students/Student.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The semester named by --semester, else the current one; prints the error and sets `exitCode`.
std::optional<lessons::Semester> chooseSemester(vault::Vault &vault, const QString &name, int &exitCode)
{
    lessons::Semesters semesters(vault);
    if (!name.trimmed().isEmpty()) {
        auto s = semesters.byName(name);
        if (!s) {
            exitCode = Console::fail(s.error());
            return std::nullopt;
        }
        return *s;
    }
    auto current = semesters.current(clock::today());
    if (!current) {
        exitCode = Console::fail(current.error());
        return std::nullopt;
    }
    if (!current->has_value()) {
        Console::error(Tr::tr("The school has no semester yet. Add one on the Lessons page first."));
        exitCode = 1;
        return std::nullopt;
    }
    return **current;
}

void printCompliance(const lessons::ComplianceReport &report)
{
    Console::out(u"class\tteacher\trequired\tdelivered\tbehind_windows\tmissing\tplanned_ahead\tunrecorded\tmeetings"_s);
    for (const lessons::ClassCompliance &c : report.classes)
        Console::out(QStringList{c.cls.displayName(), c.teacher.isEmpty() ? u"-"_s : c.teacher,
                                 QString::number(c.requiredSoFar), QString::number(c.delivered),
                                 QString::number(c.behindWindows), QString::number(c.missing),
                                 QString::number(c.plannedAhead), QString::number(c.unrecorded),
                                 u"%1/%2"_s.arg(c.meetingsHeld).arg(c.meetingsTarget)}
                         .join(u'\t'));
    Console::out(QString());
    Console::out(u"grade\tclasses\tclasses_behind\trequired\tdelivered\tmissing\tplanned_ahead\tmeetings"_s);
    QList<lessons::GradeCompliance> rows = report.grades;
    rows.append(report.school);
    for (const lessons::GradeCompliance &g : rows)
        Console::out(QStringList{g.grade == 0 ? Tr::tr("whole school") : students::gradeName(g.grade),
                                 QString::number(g.classes), QString::number(g.classesBehind),
                                 QString::number(g.requiredSoFar), QString::number(g.delivered),
                                 QString::number(g.missing), QString::number(g.plannedAhead),
                                 u"%1/%2"_s.arg(g.meetingsHeld).arg(g.meetingsTarget)}
                         .join(u'\t'));
}

int lessonsPlan(const QStringList &args)
{
    VerbParser verb(u"lessons plan VAULT [--semester NAME] [--from-week N] [--dry-run] --user NAME"_s,
                    Tr::tr("Builds the semester's lesson plan from this week on (the current semester unless "
                           "--semester names one) and saves it: planned lessons not edited by hand are replaced; "
                           "hand edits, delivered, cancelled and made-up lessons are kept. Prints the plan's "
                           "compliance per class and grade and every window that cannot be met, with its reason. "
                           "--dry-run prints the same without saving."),
                    true);
    const QCommandLineOption semester(u"semester"_s, Tr::tr("The semester's name (default: the current one)."),
                                      Tr::tr("NAME"));
    const QCommandLineOption fromWeek(u"from-week"_s, Tr::tr("Plan from this school week (default: this week)."),
                                      Tr::tr("N"));
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Print the plan without saving it."));
    verb.parser().addOptions({semester, fromWeek, dryRun});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    int week = 0;
    if (verb.parser().isSet(fromWeek)) {
        bool ok = false;
        week = verb.parser().value(fromWeek).toInt(&ok);
        if (!ok || week < 1) {
            Console::error(Tr::tr("--from-week takes a school week number such as 7."));
            return 2;
        }
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    const auto chosen = vault ? chooseSemester(*vault, verb.parser().value(semester), exitCode) : std::nullopt;
    if (!chosen) return exitCode;

    lessons::PlanOptions options;
    options.fromWeek = week;
    options.dryRun = verb.parser().isSet(dryRun);
    auto outcome = lessons::Lessons(*vault).plan(chosen->id, options);
    if (!outcome) return Console::fail(outcome.error());
    lessons::Compliance compliance(*vault);
    auto report = outcome->saved ? compliance.report(chosen->id, clock::today())
                                 : compliance.preview(chosen->id, clock::today(), *outcome);
    if (!report) return Console::fail(report.error());

    const lessons::Plan &plan = outcome->plan;
    const QString summary =
        outcome->saved ? Tr::tr("Plan for %1 from week %2 saved: %3 lessons planned, %4 replaced, %5 kept; %6 "
                                "lessons missing (%7 ms).")
                       : Tr::tr("Plan for %1 from week %2 (dry run, nothing saved): %3 lessons would be planned, "
                                "%4 replaced, %5 kept; %6 lessons missing (%7 ms).");
    Console::out(summary.arg(chosen->name, QString::number(outcome->fromWeek), QString::number(outcome->lessons.size()),
                             QString::number(outcome->replaced), QString::number(outcome->kept),
                             QString::number(plan.missingTotal), QString::number(plan.solveMs)));
    Console::out(QString());
    printCompliance(*report);
    Console::out(QString());
    if (plan.gaps.isEmpty()) {
        Console::out(Tr::tr("Every window from week %1 on can be met.").arg(outcome->fromWeek));
        return 0;
    }
    Console::out(u"class\tweeks\tmissing\treason\tmessage"_s);
    for (const lessons::PlanGap &g : plan.gaps)
        Console::out(QStringList{lessons::ClassKey{g.grade, g.className}.displayName(),
                                 u"%1-%2"_s.arg(g.firstWeek).arg(g.lastWeek), QString::number(g.missing),
                                 lessons::gapReasonCode(g.reason), g.message}
                         .join(u'\t'));
    return 0;
}

int lessonsCompliance(const QStringList &args)
{
    VerbParser verb(u"lessons compliance VAULT [--semester NAME] [--date YYYY-MM-DD] --user NAME"_s,
                    Tr::tr("Prints the lesson compliance per class and grade (lessons required so far, delivered, "
                           "windows behind, planned ahead, theme class meetings), classes behind first."),
                    true);
    const QCommandLineOption semester(u"semester"_s, Tr::tr("The semester's name (default: the current one)."),
                                      Tr::tr("NAME"));
    const QCommandLineOption date(u"date"_s, Tr::tr("Count as of this day (default: today)."), Tr::tr("DATE"));
    verb.parser().addOptions({semester, date});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    QDate asOf = clock::today();
    if (verb.parser().isSet(date)) {
        asOf = QDate::fromString(verb.parser().value(date), Qt::ISODate);
        if (!asOf.isValid()) {
            Console::error(Tr::tr("--date takes a day as YYYY-MM-DD, e.g. 2026-11-02."));
            return 2;
        }
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    const auto chosen = vault ? chooseSemester(*vault, verb.parser().value(semester), exitCode) : std::nullopt;
    if (!chosen) return exitCode;
    auto report = lessons::Compliance(*vault).report(chosen->id, asOf);
    if (!report) return Console::fail(report.error());
    printCompliance(*report);
    return 0;
}

}  // namespace

int runLessons(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"plan"_s) return lessonsPlan(args.mid(1));
    if (sub == u"compliance"_s) return lessonsCompliance(args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Console::out(Tr::tr("Usage: counseldesk-cli lessons plan|compliance VAULT ... (--help on each for its options)")
                     + u"\n\n"_s + exitCodeHelp());
        return 0;
    }
    Console::error(Tr::tr("Use \"lessons plan\" or \"lessons compliance\" (each with --help)."));
    return 2;
}

}  // namespace cd::cli
