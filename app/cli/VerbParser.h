#pragma once
// Argument parsing shared by the verbs: --help, the vault positional, --user and
// --passphrase-stdin, and opening the vault with the passphrase the user types.

#include "app/cli/Console.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace cd::cli {

class VerbParser {
public:
    /// `usage` is the synopsis after "counseldesk-cli", e.g. "check VAULT --user NAME".
    /// `readsPassphrase` false: a verb that never asks for one (no --passphrase-stdin).
    VerbParser(const QString &usage, const QString &description, bool opensVault, bool readsPassphrase = true);

    QCommandLineParser &parser() { return m_parser; }
    /// Parses; an exit code when the verb should stop now (help printed: 0, usage error: 2).
    /// `positionalCount` < 0: at least −positionalCount positionals.
    std::optional<int> parse(const QStringList &args, int positionalCount);

    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    QString user() const { return m_parser.value(m_user); }
    Console &console() { return *m_console; }

    /// Reads the passphrase and unlocks; on failure prints the error and sets `exitCode`.
    std::unique_ptr<vault::Vault> openVault(const QString &dir, int &exitCode,
                                            vault::UnlockMethod method = vault::UnlockMethod::Passphrase);
    /// Reads the passphrase (or the recovery code); on failure prints why and sets `exitCode`.
    std::optional<QString> readSecret(vault::UnlockMethod method, int &exitCode);
    /// Reads a new passphrase (twice on a terminal); on failure prints why and sets `exitCode`.
    std::optional<QString> readNewPassphrase(const QString &prompt, int &exitCode);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_user;
    QCommandLineOption m_stdin;
    QString m_usage;
    bool m_opensVault;
    bool m_readsPassphrase;
    std::unique_ptr<Console> m_console;
};

}  // namespace cd::cli
