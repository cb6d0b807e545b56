// counseldesk-cli export-district: the semester summary for the district as a package on a folder
// or USB drive (ui/district/DistrictExport: the same export as the GUI's "District summary…").
// counseldesk-cli district merge: the district's roll-up of many schools' packages
// (ui/district/DistrictMergeRun: the same merge as the GUI's District window).
// Both need a QGuiApplication (a package holds a PDF): main.cpp starts one for these verbs.

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/district/DistrictMerge.h"
#include "ui/district/DistrictExport.h"
#include "ui/district/DistrictMergeRun.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// --k (2 to 1000) and --language (zh_CN or en) as both verbs take them; false, the error
/// printed, when either is wrong.
bool readKAndLanguage(VerbParser &verb, const QCommandLineOption &k, const QCommandLineOption &language, int &kOut,
                      QString &languageOut)
{
    bool number = false;
    kOut = verb.parser().value(k).toInt(&number);
    if (!number || kOut < 2 || kOut > 1000) {
        Console::error(Tr::tr("--k must be a whole number from 2 to 1000 (5 or 10 are usual), not \"%1\".")
                           .arg(verb.parser().value(k)));
        return false;
    }
    languageOut = verb.parser().value(language);
    if (languageOut != u"zh_CN"_s && languageOut != u"en"_s) {
        Console::error(Tr::tr("Unknown --language \"%1\": use zh_CN or en.").arg(languageOut));
        return false;
    }
    return true;
}
}  // namespace

int runExportDistrict(const QStringList &args)
{
    VerbParser verb(u"export-district VAULT --out DIR [--semester NAME] [--k N] [--language zh_CN|en] [--replace] "
                    "--user NAME"_s,
                    Tr::tr("Writes the semester's anonymised summary for the district as a package (PDF, CSVs, "
                           "workbook, summary.json, manifest.json) in a folder of its own inside DIR, reads it back "
                           "and verifies it, and records the export in the audit log. Room lead only; the school "
                           "profile must have the district's school code."),
                    true);
    const QCommandLineOption out(u"out"_s, Tr::tr("The folder or drive to write the package into."), Tr::tr("DIR"));
    const QCommandLineOption semester(u"semester"_s, Tr::tr("The semester's name (default: the current one)."),
                                      Tr::tr("NAME"));
    const QCommandLineOption k(u"k"_s, Tr::tr("The smallest count published, 2 to 1000 (default 5)."), Tr::tr("N"),
                               u"5"_s);
    const QCommandLineOption language(u"language"_s, Tr::tr("zh_CN or en (default zh_CN)."), Tr::tr("LANGUAGE"),
                                      u"zh_CN"_s);
    const QCommandLineOption replace(u"replace"_s, Tr::tr("Replace a package of the same school and semester "
                                                          "already in DIR."));
    verb.parser().addOptions({out, semester, k, language, replace});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;

    ui::ExportOptions options;
    options.parentDir = verb.parser().value(out).trimmed();
    if (options.parentDir.isEmpty()) {
        Console::error(Tr::tr("Name the folder or drive to write the package into with --out DIR."));
        return 2;
    }
    if (!readKAndLanguage(verb, k, language, options.k, options.language)) return 2;
    options.semester = verb.parser().value(semester).trimmed();
    options.replace = verb.parser().isSet(replace);

    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto report = ui::exportDistrict(*vault, options);
    if (!report) {
        const int code = Console::fail(report.error());
        if (report.error().code == ErrorCode::AlreadyExists)
            Console::error(Tr::tr("To replace the package that is there, run again with --replace."));
        return code;
    }
    Console::out(ui::exportDoneMessage(*report));
    Console::out(u"sha256\t"_s + QString::fromLatin1(report->checksum));
    return 0;
}

int runDistrict(const QStringList &args)
{
    const QString usage = u"district merge PACKAGE... --out DIR [--k N] [--language zh_CN|en] [--replace]"_s;
    if (args.value(0) == u"--help"_s || args.value(0) == u"-h"_s) {
        Console::out(Tr::tr("Usage: counseldesk-cli %1").arg(usage));
        return 0;
    }
    if (args.value(0) != u"merge"_s) {
        Console::error(Tr::tr("Unknown district command \"%1\". Usage: counseldesk-cli %2").arg(args.value(0), usage));
        return 2;
    }
    VerbParser verb(usage,
                    Tr::tr("Adds up the schools' district packages (folders written by export-district; a folder "
                           "holding several packages adds every one) into the district's tables, checks every "
                           "package's manifest first, keeps every withheld count withheld (a lower bound where the "
                           "other schools published theirs), audits the result, and writes it as a verified "
                           "package in a folder of its own inside DIR. No vault is needed. Every rejected package (changed, "
                           "cut off or incomplete) is listed with its folder and file, and the exit code is 4."),
                    false, false);
    const QCommandLineOption out(u"out"_s, Tr::tr("The folder or drive to write the district package into."),
                                 Tr::tr("DIR"));
    const QCommandLineOption k(u"k"_s, Tr::tr("The district's k, 2 to 1000 (default 5): the smallest count "
                                              "published. A package exported with a smaller k is refused."),
                               Tr::tr("N"), u"5"_s);
    const QCommandLineOption language(u"language"_s, Tr::tr("zh_CN or en (default zh_CN)."), Tr::tr("LANGUAGE"),
                                      u"zh_CN"_s);
    const QCommandLineOption replace(u"replace"_s, Tr::tr("Replace a district package of the same semester already "
                                                          "in DIR."));
    verb.parser().addOptions({out, k, language, replace});
    verb.parser().addPositionalArgument(u"PACKAGE"_s, Tr::tr("A school's package folder, or a folder of them."),
                                        u"PACKAGE..."_s);
    if (auto code = verb.parse(args.mid(1), -1)) return *code;

    ui::MergeRunOptions options;
    options.outDir = verb.parser().value(out).trimmed();
    if (options.outDir.isEmpty()) {
        Console::error(Tr::tr("Name the folder or drive to write the district package into with --out DIR."));
        return 2;
    }
    if (!readKAndLanguage(verb, k, language, options.k, options.language)) return 2;
    options.replace = verb.parser().isSet(replace);
    if (QFileInfo(options.outDir).isFile()) {
        Console::error(Tr::tr("%1 is a file, not a folder. Name the folder or drive to write the district package "
                              "into with --out DIR.")
                           .arg(options.outDir));
        return 1;
    }

    // The package folders, a district summary met while scanning a folder skipped with a note.
    auto folders = district::findPackageFolders(verb.parser().positionalArguments());
    if (!folders) return Console::fail(folders.error());
    for (const QString &skipped : std::as_const(folders->districtSummaries))
        Console::error(district::districtSummarySkipped(skipped));
    auto report = ui::runDistrictMerge(folders->packages, options);
    if (!report) {
        const int code = Console::fail(report.error());
        if (report.error().code == ErrorCode::AlreadyExists)
            Console::error(Tr::tr("To replace the district package that is there, run again with --replace."));
        return code;
    }
    Console::out(ui::mergeDoneMessage(*report));
    //: the district merge's k, after its success message
    Console::out(Tr::tr("The district's tables publish no count from 1 to %1 (k = %2).").arg(options.k - 1).arg(options.k));
    Console::out(u"k\t%1"_s.arg(options.k));
    Console::out(u"sha256\t"_s + QString::fromLatin1(report->checksum));
    Console::out(u"withheld\t%1\nlower_bounds\t%2"_s.arg(report->withheld).arg(report->lowerBounds));
    return 0;
}

}  // namespace cd::cli
