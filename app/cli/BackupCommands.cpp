// counseldesk-cli backup, verify and restore.

#include "core/backup/Backup.h"
#include "core/crypto/SecureBuffer.h"
#include "core/audit/AuditTarget.h"
#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString describe(const backup::Counts &c)
{
    return Tr::tr("%1 students, %2 cases, %3 sessions, %4 on the watch list, %5 users, %6 audit rows")
        .arg(c.students)
        .arg(c.cases)
        .arg(c.sessions)
        .arg(c.watchList)
        .arg(c.users)
        .arg(c.auditRows);
}

QString when(const QDateTime &at) { return QLocale().toString(at.toLocalTime(), QLocale::LongFormat); }

QCommandLineOption recoveryOption()
{
    return QCommandLineOption(u"recovery"_s, Tr::tr("Unlock the backup with the recovery code valid in it instead of "
                                                    "a passphrase."));
}

/// Opens BACKUP with the secret read from the terminal or stdin; prints the error on failure.
std::optional<backup::OpenedBackup> openWithSecret(VerbParser &verb, const QString &path, bool viaRecovery,
                                                   QString &secret, int &exitCode)
{
    if (auto intact = backup::checkIntact(path); !intact) {
        exitCode = Console::fail(intact.error());
        return std::nullopt;
    }
    const auto method = viaRecovery ? vault::UnlockMethod::RecoveryCode : vault::UnlockMethod::Passphrase;
    auto typed = verb.readSecret(method, exitCode);
    if (!typed) return std::nullopt;
    secret = *typed;
    auto opened = backup::openBackup(path, verb.user(), secret, method);
    if (!opened) {
        exitCode = Console::fail(opened.error());
        return std::nullopt;
    }
    return std::move(*opened);
}

}  // namespace

int runBackup(const QStringList &args)
{
    VerbParser verb(u"backup VAULT DEST --user NAME [--keep N]"_s,
                    Tr::tr("Writes an encrypted backup of VAULT into the folder DEST (for example a USB stick), reads "
                           "it back and verifies it, then removes this vault's older backups there beyond --keep."),
                    true);
    const QCommandLineOption keep(u"keep"_s, Tr::tr("How many of this vault's backups to keep in DEST (default 2)."),
                                  Tr::tr("N"), QString::number(backup::kDefaultGenerations));
    verb.parser().addOption(keep);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    verb.parser().addPositionalArgument(u"DEST"_s, Tr::tr("The folder to write the backup into."));
    if (auto code = verb.parse(args, 2)) return *code;
    bool keepOk = false;
    const int generations = verb.parser().value(keep).toInt(&keepOk);
    if (!keepOk || generations < 1 || generations > 100) {
        Console::error(Tr::tr("--keep takes a whole number from 1 to 100."));
        return 2;
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto made = backup::createBackup(backup::sourceOf(*vault), verb.positional(1), {}, generations);
    if (!made) return Console::fail(made.error());
    if (auto st = vault->recordEvent(audit::action::BackupMade, audit::backupTarget(made->path)); !st)
        return Console::fail(st.error());
    Console::out(Tr::tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(made->path)));
    Console::out(Tr::tr("It holds %1.").arg(describe(made->manifest.counts)));
    for (const QString &old : made->pruned)
        Console::out(Tr::tr("Removed an older backup: %1").arg(QDir::toNativeSeparators(old)));
    return 0;
}

int runVerify(const QStringList &args)
{
    VerbParser verb(u"verify BACKUP --user NAME [--recovery]"_s,
                    Tr::tr("Checks a backup file completely: its checksums, its key slots, every page of the database "
                           "in it and its counts. The backup is unlocked with a passphrase (or the recovery code) valid "
                           "in it; nothing is written."),
                    true);
    const QCommandLineOption recovery = recoveryOption();
    verb.parser().addOption(recovery);
    verb.parser().addPositionalArgument(u"BACKUP"_s, Tr::tr("The .cdbackup file."));
    if (auto code = verb.parse(args, 1)) return *code;
    int exitCode = 0;
    QString secret;
    auto opened = openWithSecret(verb, verb.positional(0), verb.parser().isSet(recovery), secret, exitCode);
    crypto::wipe(secret);
    if (!opened) return exitCode;
    if (auto st = backup::verifyContents(*opened); !st) return Console::fail(st.error());
    Console::out(Tr::tr("The backup is complete and intact."));
    Console::out(Tr::tr("School: %1").arg(opened->manifest.school));
    Console::out(Tr::tr("Made: %1 by %2").arg(when(opened->header.created), opened->manifest.createdBy));
    Console::out(Tr::tr("It holds %1.").arg(describe(opened->manifest.counts)));
    return 0;
}

int runRestore(const QStringList &args)
{
    VerbParser verb(u"restore BACKUP VAULT --user NAME [--recovery] [--yes]"_s,
                    Tr::tr("Checks the backup, then puts it in place of VAULT (or creates VAULT from it). The vault "
                           "it replaces is kept aside until the restored one has opened, and put back if it does "
                           "not. Replacing an existing vault needs --yes."),
                    true);
    const QCommandLineOption recovery = recoveryOption();
    const QCommandLineOption yes(u"yes"_s, Tr::tr("Replace the existing vault (what was done since the backup is lost)."));
    verb.parser().addOptions({recovery, yes});
    verb.parser().addPositionalArgument(u"BACKUP"_s, Tr::tr("The .cdbackup file."));
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder to restore into."));
    if (auto code = verb.parse(args, 2)) return *code;
    int exitCode = 0;
    QString secret;
    const bool viaRecovery = verb.parser().isSet(recovery);
    auto opened = openWithSecret(verb, verb.positional(0), viaRecovery, secret, exitCode);
    if (!opened) return exitCode;
    const backup::Comparison cmp = backup::compareWithVault(*opened, verb.positional(1));
    Console::out(Tr::tr("The backup was made %1 and holds %2.").arg(when(opened->header.created),
                                                                  describe(opened->manifest.counts)));
    if (cmp.vaultExists) {
        if (!cmp.sameVault)
            Console::out(Tr::tr("The vault in %1 is a different vault: all of it would be replaced.")
                             .arg(QDir::toNativeSeparators(verb.positional(1))));
        else if (!cmp.readable)
            Console::out(Tr::tr("The current vault cannot be read (%1).").arg(cmp.problem));
        else
            Console::out(Tr::tr("The current vault holds %1.").arg(describe(cmp.current)));
        if (cmp.sameVault && cmp.backupIsOlder())
            Console::out(Tr::tr("The backup is OLDER than the vault: %n recorded actions since then would be lost.",
                                nullptr, static_cast<int>(cmp.currentAuditSeq - cmp.backupAuditSeq)));
    }
    if (QFileInfo::exists(verb.positional(1))) {
        if (!verb.parser().isSet(yes)) {
            Console::error(Tr::tr("Nothing was changed. Add --yes to replace the vault with the backup."));
            return 2;
        }
    }
    auto restored = backup::restoreBackup(*opened, verb.positional(1), verb.user(), secret,
                                          viaRecovery ? vault::UnlockMethod::RecoveryCode
                                                      : vault::UnlockMethod::Passphrase);
    crypto::wipe(secret);
    if (!restored) return Console::fail(restored.error());
    Console::out(Tr::tr("Restored %1 from the backup; it opened and verified.").arg(QDir::toNativeSeparators(verb.positional(1))));
    if (!restored->keptAside.isEmpty())
        Console::out(Tr::tr("The vault it replaced could not be read, so it was kept as it was in %1. CounselDesk "
                            "never deletes that folder; remove it yourself once you are sure it is not needed.")
                         .arg(QDir::toNativeSeparators(restored->keptAside)));
    if (viaRecovery)
        Console::out(Tr::tr("You unlocked with the recovery code: set a new passphrase when you next sign in."));
    return 0;
}

}  // namespace cd::cli
