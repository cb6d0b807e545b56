// counseldesk-cli users add|list|disable|passwd.

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usersList(const QStringList &args)
{
    VerbParser verb(u"users list VAULT --user NAME"_s, Tr::tr("Lists the vault's users and their roles."), true);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto users = vault->users();
    if (!users) return Console::fail(users.error());
    for (const vault::UserInfo &u : *users) {
        Console::out(u"%1\t%2\t%3\t%4"_s.arg(u.login, vault::roleName(u.role),
                                             u.active ? Tr::tr("active") : Tr::tr("disabled"), u.displayName));
    }
    return 0;
}

int usersAdd(const QStringList &args)
{
    VerbParser verb(u"users add VAULT LOGIN --user LEAD [--role lead|counselor] [--display-name TEXT]"_s,
                    Tr::tr("Adds a user (room lead only). Reads the lead's passphrase, then the new user's."), true);
    const QCommandLineOption role(u"role"_s, Tr::tr("lead or counselor (default counselor)."), Tr::tr("ROLE"),
                                  u"counselor"_s);
    const QCommandLineOption display(u"display-name"_s, Tr::tr("The user's full name."), Tr::tr("TEXT"));
    verb.parser().addOptions({role, display});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    verb.parser().addPositionalArgument(u"LOGIN"_s, Tr::tr("The new user's name."));
    if (auto code = verb.parse(args, 2)) return *code;
    const auto roleValue = vault::roleFromCode(verb.parser().value(role));
    if (!roleValue) {
        Console::error(Tr::tr("Unknown --role \"%1\": use lead or counselor.").arg(verb.parser().value(role)));
        return 2;
    }
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    const QString login = verb.positional(1);
    const auto passphrase = verb.readNewPassphrase(Tr::tr("New passphrase for %1:").arg(login), exitCode);
    if (!passphrase) return exitCode;
    if (auto st = vault->addUser(login, verb.parser().value(display), *roleValue, *passphrase); !st)
        return Console::fail(st.error());
    Console::out(Tr::tr("Added %1 as %2.").arg(login.trimmed(), vault::roleName(*roleValue)));
    return 0;
}

int usersDisable(const QStringList &args)
{
    VerbParser verb(u"users disable VAULT LOGIN --user LEAD"_s,
                    Tr::tr("Disables a user (room lead only): their key slot is removed, the vault key is "
                           "replaced, and they can no longer unlock the vault or any copy of it made from now on."),
                    true);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    verb.parser().addPositionalArgument(u"LOGIN"_s, Tr::tr("The user to disable."));
    if (auto code = verb.parse(args, 2)) return *code;
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    // Disabling replaces the vault key; a recovery slot made by an earlier version is renewed
    // with the recovery code then (read after the passphrase, from the terminal or stdin).
    QString recoveryCode;
    if (vault->rotationNeedsRecoveryCode()) {
        const auto code = verb.console().readSecret(Tr::tr("Recovery code (needed once, to renew the recovery slot):"));
        if (!code) {
            Console::error(Tr::tr("No recovery code was given: run in a terminal, or give it on stdin after the "
                                  "passphrase."));
            return 2;
        }
        recoveryCode = *code;
    }
    if (auto st = vault->disableUser(verb.positional(1), recoveryCode); !st) return Console::fail(st.error());
    Console::out(Tr::tr("Disabled %1. The vault key was replaced: no copy of their key slot opens the vault now.")
                     .arg(verb.positional(1).trimmed()));
    return 0;
}

int usersPasswd(const QStringList &args)
{
    VerbParser verb(u"users passwd VAULT --user NAME [--recovery]"_s,
                    Tr::tr("Changes the passphrase of the user NAME. Reads the current passphrase (or, with "
                           "--recovery, the vault's recovery code), then the new passphrase."),
                    true);
    const QCommandLineOption recovery(u"recovery"_s,
                                      Tr::tr("The passphrase was forgotten: use the vault's recovery code instead of it."));
    verb.parser().addOption(recovery);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    const bool viaRecovery = verb.parser().isSet(recovery);
    int exitCode = 0;
    if (viaRecovery) {
        auto vault = verb.openVault(verb.positional(0), exitCode, vault::UnlockMethod::RecoveryCode);
        if (!vault) return exitCode;
        const auto passphrase = verb.readNewPassphrase(Tr::tr("New passphrase for %1:").arg(verb.user()), exitCode);
        if (!passphrase) return exitCode;
        if (auto st = vault->setPassphraseAfterRecovery(*passphrase); !st) return Console::fail(st.error());
    } else {
        const auto current = verb.console().readSecret(Tr::tr("Current passphrase for %1:").arg(verb.user()));
        if (!current) {
            Console::error(Tr::tr("No passphrase was given: run in a terminal, or use --passphrase-stdin."));
            return 2;
        }
        auto opened = vault::Vault::open(verb.positional(0), verb.user(), *current);
        if (!opened) return Console::fail(opened.error());
        const auto passphrase = verb.readNewPassphrase(Tr::tr("New passphrase for %1:").arg(verb.user()), exitCode);
        if (!passphrase) return exitCode;
        if (auto st = (*opened)->changePassphrase(*current, *passphrase); !st) return Console::fail(st.error());
    }
    Console::out(Tr::tr("The passphrase of %1 was changed.").arg(verb.user().trimmed()));
    return 0;
}

}  // namespace

int runUsers(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list"_s) return usersList(rest);
    if (sub == u"add"_s) return usersAdd(rest);
    if (sub == u"disable"_s) return usersDisable(rest);
    if (sub == u"passwd"_s) return usersPasswd(rest);
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Console::out(Tr::tr("Usage: counseldesk-cli users add|list|disable|passwd VAULT ... (--help on each for its "
                            "options)")
                     + u"\n\n"_s + exitCodeHelp());
        return 0;
    }
    Console::error(Tr::tr("Unknown users command \"%1\": use add, list, disable or passwd.").arg(sub));
    return 2;
}

}  // namespace cd::cli
