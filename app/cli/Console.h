#pragma once
// What the command-line tool says and reads: one-line errors on stderr, passphrases from the
// terminal (echo off) or, with --passphrase-stdin, one per line from standard input.

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cd::cli {

class Console {
public:
    explicit Console(bool passphrasesFromStdin) : m_fromStdin(passphrasesFromStdin) {}

    /// Asks for a secret. With --passphrase-stdin the next line of stdin; else the terminal with
    /// echo off. `confirm` asks twice on a terminal. Empty optional: no input available.
    std::optional<QString> readSecret(const QString &prompt, bool confirm = false);

    static void out(const QString &line);
    /// "counseldesk-cli: <message>" on stderr.
    static void error(const QString &message);
    /// Prints the error and returns its documented exit code.
    static int fail(const Error &error);

private:
    std::optional<QString> readStdinLine();
    bool m_fromStdin;
};

}  // namespace cd::cli
