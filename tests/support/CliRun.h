#pragma once
// Runs the real counseldesk-cli (CD_CLI_PATH, set for the integration tests) as the test vault's
// lead, the passphrase on standard input, in English; QT_QPA_PLATFORM is left to the CLI (its
// `referral letter` chooses offscreen by itself).

#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

namespace cd::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the CLI as `login`, `passphrase` on standard input.
inline CliRun runCliAs(const QStringList &args, const QString &login, const QString &passphrase)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CD_CLI_PATH),
                  args + QStringList{QStringLiteral("--user"), login, QStringLiteral("--passphrase-stdin")});
    REQUIRE(process.waitForStarted());
    process.write((passphrase + QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun runCliAsLead(const QStringList &args) { return runCliAs(args, kLeadLogin, kLeadPassphrase); }

}  // namespace cd::test
