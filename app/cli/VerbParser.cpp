#include "app/cli/VerbParser.h"

#include "core/crypto/SecureBuffer.h"

#include "app/cli/Commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
}  // namespace

VerbParser::VerbParser(const QString &usage, const QString &description, bool opensVault, bool readsPassphrase)
    : m_help(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this help.")),
      m_user(u"user"_s, Tr::tr("The user who signs in."), Tr::tr("NAME")),
      m_stdin(u"passphrase-stdin"_s,
              Tr::tr("Read the passphrase from the first line of standard input (later lines: a new passphrase "
                     "where one is asked for) instead of the terminal.")),
      m_usage(usage),
      m_opensVault(opensVault),
      m_readsPassphrase(readsPassphrase)
{
    m_parser.setApplicationDescription(description + u"\n\n"_s + exitCodeHelp());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
    if (readsPassphrase) m_parser.addOption(m_stdin);
    if (opensVault) m_parser.addOption(m_user);
}

std::optional<int> VerbParser::parse(const QStringList &args, int positionalCount)
{
    QStringList full = args;
    full.prepend(QCoreApplication::applicationFilePath());
    if (!m_parser.parse(full)) {
        Console::error(m_parser.errorText() + u" "_s + Tr::tr("Usage: counseldesk-cli %1").arg(m_usage));
        return 2;
    }
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the binary; show the verb's synopsis instead.
        const qsizetype end = help.indexOf(u'\n');
        help.replace(0, end, Tr::tr("Usage: counseldesk-cli %1").arg(m_usage));
        Console::out(help);
        return 0;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (positionalCount < 0 ? given < -positionalCount : given != positionalCount) {
        Console::error(Tr::tr("Wrong number of arguments. Usage: counseldesk-cli %1").arg(m_usage));
        return 2;
    }
    if (m_opensVault && user().trimmed().isEmpty()) {
        Console::error(Tr::tr("Say who signs in with --user NAME. Usage: counseldesk-cli %1").arg(m_usage));
        return 2;
    }
    m_console = std::make_unique<Console>(m_readsPassphrase && m_parser.isSet(m_stdin));
    return std::nullopt;
}

std::optional<QString> VerbParser::readSecret(vault::UnlockMethod method, int &exitCode)
{
    const QString prompt = method == vault::UnlockMethod::Passphrase
                               ? Tr::tr("Passphrase for %1:").arg(user())
                               : Tr::tr("Recovery code:");
    std::optional<QString> secret = m_console->readSecret(prompt);
    if (!secret) {
        Console::error(Tr::tr("No passphrase was given: run in a terminal, or use --passphrase-stdin."));
        exitCode = 2;
    }
    return secret;
}

std::unique_ptr<vault::Vault> VerbParser::openVault(const QString &dir, int &exitCode, vault::UnlockMethod method)
{
    std::optional<QString> secret = readSecret(method, exitCode);
    if (!secret) return nullptr;
    auto opened = vault::Vault::open(dir, user(), *secret, method);
    crypto::wipe(*secret);  // not left in the heap while the vault is open
    if (!opened) {
        exitCode = Console::fail(opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

std::optional<QString> VerbParser::readNewPassphrase(const QString &prompt, int &exitCode)
{
    std::optional<QString> secret = m_console->readSecret(prompt, true);
    if (!secret) {
        Console::error(Tr::tr("No new passphrase was given: run in a terminal, or give it on the next line of "
                              "standard input with --passphrase-stdin."));
        exitCode = 2;
        return std::nullopt;
    }
    if (const QString problem = vault::passphraseProblem(*secret); !problem.isEmpty()) {
        Console::error(problem);
        exitCode = 1;
        return std::nullopt;
    }
    return secret;
}

}  // namespace cd::cli
