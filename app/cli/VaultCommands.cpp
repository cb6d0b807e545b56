// counseldesk-cli init, check, demo and language.

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/demo/DemoSchool.h"
#include "core/security/SelfCheck.h"
#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption kdfOption()
{
    return QCommandLineOption(u"kdf"_s,
                              Tr::tr("Key-derivation strength: minimal (tests only), interactive, moderate "
                                     "(default), or sensitive."),
                              Tr::tr("STRENGTH"), u"moderate"_s);
}

std::optional<crypto::KdfStrength> parseKdf(const QString &name)
{
    auto strength = crypto::kdfStrengthFromName(name);
    if (!strength) Console::error(Tr::tr("Unknown --kdf \"%1\": use minimal, interactive, moderate or sensitive.").arg(name));
    return strength;
}

void printRecoveryCode(const QString &code)
{
    //: %1 the recovery code
    Console::out(Tr::tr("Recovery code: %1").arg(code));
    // Scripts read this line: its key stays the same in every language, as `sha256\t…` does.
    Console::out(u"recovery_code\t"_s + code);
    Console::out(Tr::tr("Write the recovery code down and keep it in the school safe: it is shown only this once, "
                        "and it is the only way in if every passphrase is forgotten."));
}

/// Says where a database found without its key-slot file went (it is never deleted).
void reportSetAside(const vault::CreatedVault &created)
{
    if (created.setAsideDatabase.isEmpty()) return;
    Console::out(Tr::tr("The folder held a vault database without its key-slot file. It was not deleted: it was "
                        "moved, unchanged, to %1. A backup's key-slot file may still open it; keep it until you "
                        "are sure it is not needed.")
                     .arg(QDir::toNativeSeparators(created.setAsideDatabase)));
}

QString okOr(const Status &status) { return status.ok() ? Tr::tr("ok") : status.error().message; }

/// Columns a string takes in a terminal: CJK and other wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                       || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                       || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

}  // namespace

QString exitCodeHelp()
{
    return Tr::tr("Exit codes: 0 success; 1 other failure; 2 usage error; 3 wrong passphrase or unknown user; "
                  "4 vault damaged, tampered with or rolled back; 5 vault in use by another process.");
}

QString generalHelp()
{
    return Tr::tr("Usage: counseldesk-cli VERB [options]\n"
                  "\n"
                  "Verbs:\n"
                  "  init VAULT --school NAME --user NAME   create a vault and print its recovery code\n"
                  "  check VAULT --user NAME                check the database, audit chain and rollback marker\n"
                  "  users add|list|disable|passwd VAULT    manage the vault's users\n"
                  "  import-roster VAULT FILE --user NAME   import students from a CSV or .xlsx roster\n"
                  "  demo VAULT [--language L]              create a vault of a synthetic demo school\n"
                  "  backup VAULT DEST --user NAME          write a verified backup into the folder DEST\n"
                  "  verify BACKUP --user NAME              check a backup file completely\n"
                  "  restore BACKUP VAULT --user NAME       replace VAULT by the backup (after checking it)\n"
                  "  instruments list | check FILE          the screening instruments; check a definition file\n"
                  "  screening runs VAULT --user NAME       list the screening runs and their participation\n"
                  "  screening create VAULT --name NAME --instrument CODE --grades 7,8 --opens DATE --closes DATE\n"
                  "                                         create a run (--classes for single classes)\n"
                  "  screening open|close VAULT --run NAME  open a run for answers, or close it\n"
                  "  screening import VAULT FILE --run NAME --instrument CODE --user NAME\n"
                  "                                         import an answer file into a run (--dry-run first)\n"
                  "  screening results VAULT --run NAME --user NAME\n"
                  "                                         a run's results as CSV (counts only)\n"
                  "  referral list VAULT --user NAME        list the referrals: number, status, dates (no names)\n"
                  "  referral letter VAULT --referral NUMBER --out FILE.pdf --user NAME\n"
                  "                                         a referral's letter as a PDF (--kind, --language)\n"
                  "  lessons plan VAULT [--semester NAME] [--dry-run] --user NAME\n"
                  "                                         build the semester's lesson plan; print its compliance and gaps\n"
                  "  lessons compliance VAULT --user NAME   lessons required, delivered and behind per class and grade\n"
                  "  export-district VAULT --out DIR [--semester NAME] [--k N] --user NAME\n"
                  "                                         the semester's anonymised summary for the district, as a\n"
                  "                                         verified package (--language, --replace)\n"
                  "  district merge PACKAGE... --out DIR    the district's tables from many schools' packages, as a\n"
                  "                                         verified package; no vault (--k, --language, --replace)\n"
                  "  language                               print the interface language (zh_CN or en)\n"
                  "\n"
                  "Run counseldesk-cli VERB --help for a verb's options.\n")
         + u"\n"_s + exitCodeHelp();
}

int runInit(const QStringList &args)
{
    VerbParser verb(u"init VAULT --school NAME --user NAME [--kdf STRENGTH]"_s,
                    Tr::tr("Creates a new vault in the folder VAULT for the school --school, with the user --user as its room lead."), true);
    const QCommandLineOption school(u"school"_s, Tr::tr("The school's name."), Tr::tr("NAME"));
    const QCommandLineOption type(u"school-type"_s,
                                  Tr::tr("primary, junior, senior, primary_junior, junior_senior or all (default "
                                         "junior)."),
                                  Tr::tr("TYPE"), u"junior"_s);
    const QCommandLineOption display(u"display-name"_s, Tr::tr("The lead's full name (default: the user name)."),
                                     Tr::tr("TEXT"));
    const QCommandLineOption kdf = kdfOption();
    verb.parser().addOptions({school, type, display, kdf});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The folder to create the vault in."));
    if (auto code = verb.parse(args, 1)) return *code;
    if (verb.parser().value(school).trimmed().isEmpty()) {
        Console::error(Tr::tr("Give the school's name with --school NAME."));
        return 2;
    }
    const auto strength = parseKdf(verb.parser().value(kdf));
    const auto schoolType = vault::schoolTypeFromCode(verb.parser().value(type));
    if (!strength) return 2;
    if (!schoolType) {
        Console::error(Tr::tr("Unknown --school-type \"%1\": use primary, junior, senior, primary_junior, junior_senior or all.")
                           .arg(verb.parser().value(type)));
        return 2;
    }
    int exitCode = 0;
    const auto passphrase = verb.readNewPassphrase(Tr::tr("New passphrase for %1:").arg(verb.user()), exitCode);
    if (!passphrase) return exitCode;

    vault::CreateOptions options;
    options.school = {verb.parser().value(school), *schoolType};
    options.leadLogin = verb.user();
    options.leadDisplayName = verb.parser().value(display);
    options.passphrase = *passphrase;
    options.kdf = *strength;
    auto created = vault::Vault::create(verb.positional(0), options);
    if (!created) return Console::fail(created.error());
    Console::out(Tr::tr("Created the vault %1 for %2.").arg(QDir::toNativeSeparators(verb.positional(0)),
                                                               options.school.name));
    reportSetAside(*created);
    printRecoveryCode(created->recoveryCode);
    return 0;
}

int runCheck(const QStringList &args)
{
    VerbParser verb(u"check VAULT --user NAME [--full]"_s,
                    Tr::tr("Unlocks the vault, checks the database pages, walks the audit chain and compares the "
                           "rollback marker, then prints a status."),
                    true);
    const QCommandLineOption full(u"full"_s, Tr::tr("Run the full integrity_check instead of quick_check."));
    verb.parser().addOption(full);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto report = vault->check(verb.parser().isSet(full));
    if (!report) return Console::fail(report.error());

    const auto row = [](const QString &label, const QString &value) {
        Console::out(label + QString(qMax(1, 24 - displayWidth(label)), u' ') + value);
    };
    row(Tr::tr("Vault:"), QDir::toNativeSeparators(vault->directory()));
    row(Tr::tr("School:"), Tr::tr("%1 (%2)").arg(vault->school().name, vault::schoolTypeName(vault->school().type)));
    row(Tr::tr("Signed in:"), Tr::tr("%1 (%2)").arg(vault->currentUser().login, vault::roleName(vault->currentUser().role)));
    row(Tr::tr("Active users:"), QString::number(report->users));
    row(Tr::tr("Schema version:"), QString::number(report->schemaVersion));
    row(Tr::tr("SQLCipher:"), report->sqlCipherVersion);
    row(Tr::tr("Database pages:"), okOr(report->database));
    if (report->chain.intact())
        row(Tr::tr("Audit chain:"), Tr::tr("ok (%n rows)", nullptr, static_cast<int>(report->chain.rows)));
    else
        row(Tr::tr("Audit chain:"), Tr::tr("BROKEN at row %1: %2").arg(report->chain.firstBrokenSeq).arg(report->chain.problem));
    if (report->signatures.intact())
        row(Tr::tr("Signatures:"), Tr::tr("ok (%1 signed rows, %2 from before signing, %3 checkpoints of the room lead)")
                                       .arg(report->signatures.signedRows)
                                       .arg(report->signatures.unsignedRows)
                                       .arg(report->signatures.checkpoints));
    else
        row(Tr::tr("Signatures:"), Tr::tr("BROKEN at row %1: %2")
                                       .arg(report->signatures.firstBrokenSeq)
                                       .arg(report->signatures.problem));
    row(Tr::tr("Schema:"), okOr(report->schema));
    row(Tr::tr("Key generation:"), QString::number(report->keyGeneration));
    row(Tr::tr("Rollback marker:"), okOr(report->marker));
    if (report->ok()) {
        Console::out(Tr::tr("The vault is healthy."));
        return 0;
    }
    Console::error(Tr::tr("The vault failed its check. Stop working in it, restore the newest backup and tell the room "
                          "lead."));
    return exitCodeFor(ErrorCode::Tampered);
}

int runDemo(const QStringList &args)
{
    VerbParser verb(u"demo VAULT [--language L] [--seed N] [--students N] [--user NAME] [--kdf STRENGTH]"_s,
                    Tr::tr("Creates a vault of a synthetic demo school: every name in it is generated, the same "
                           "for the same seed. The demo counselors share the lead's passphrase. The school, its "
                           "staff and its runs are named in the interface language, or in --language."),
                    false);
    const QCommandLineOption language(u"language"_s,
                                      Tr::tr("zh_CN or en (default: the interface language, %1).")
                                          .arg(settings::effectiveLanguage()),
                                      Tr::tr("L"), settings::effectiveLanguage());
    const QCommandLineOption seed(u"seed"_s, Tr::tr("Random seed (default 1)."), Tr::tr("N"), u"1"_s);
    const QCommandLineOption user(u"user"_s, Tr::tr("The demo room lead's user name (default demo)."), Tr::tr("NAME"),
                                  u"demo"_s);
    const QCommandLineOption kdf = kdfOption();
    const QCommandLineOption students(u"students"_s, Tr::tr("How many synthetic students (default 600)."), Tr::tr("N"),
                                      u"600"_s);
    verb.parser().addOptions({language, seed, user, kdf, students});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The folder to create the demo vault in."));
    if (auto code = verb.parse(args, 1)) return *code;
    bool seedOk = false;
    const quint32 seedValue = verb.parser().value(seed).toUInt(&seedOk);
    if (!seedOk) {
        Console::error(Tr::tr("--seed takes a whole number."));
        return 2;
    }
    const auto strength = parseKdf(verb.parser().value(kdf));
    if (!strength) return 2;
    bool countOk = false;
    const int studentCount = verb.parser().value(students).toInt(&countOk);
    if (!countOk || studentCount < 0 || studentCount > 200000) {
        Console::error(Tr::tr("--students takes a whole number from 0 to 200000."));
        return 2;
    }
    const QString demoLanguage = verb.parser().value(language);
    if (demoLanguage != u"zh_CN"_s && demoLanguage != u"en"_s) {
        Console::error(Tr::tr("--language takes zh_CN or en."));
        return 2;
    }
    // Everything the demo writes is in that language, this command's messages too.
    settings::installTranslations(*QCoreApplication::instance(), demoLanguage);
    int exitCode = 0;
    const QString login = verb.parser().value(user);
    const auto passphrase = verb.readNewPassphrase(Tr::tr("New passphrase for %1:").arg(login), exitCode);
    if (!passphrase) return exitCode;

    vault::CreateOptions options;
    options.school = demo::demoSchoolProfile(seedValue, demoLanguage);
    options.leadLogin = login;
    options.leadDisplayName = Tr::tr("Demo room lead");
    options.passphrase = *passphrase;
    options.kdf = *strength;
    auto created = vault::Vault::create(verb.positional(0), options);
    if (!created) return Console::fail(created.error());
    if (auto st = demo::populateDemo(*created->vault, seedValue, *passphrase, studentCount); !st) return Console::fail(st.error());
    Console::out(Tr::tr("Created the demo vault %1 (%2).").arg(QDir::toNativeSeparators(verb.positional(0)),
                                                                options.school.name));
    reportSetAside(*created);
    printRecoveryCode(created->recoveryCode);
    return 0;
}

int runLanguage(const QStringList &args)
{
    VerbParser verb(u"language"_s,
                    Tr::tr("Prints the language of the interface, zh_CN or en: the one chosen in Preferences, "
                           "else the system's (what the demo verb uses by default)."),
                    false);
    if (auto code = verb.parse(args, 0)) return *code;
    Console::out(settings::effectiveLanguage());
    return 0;
}

}  // namespace cd::cli
