#pragma once
// The verbs of counseldesk-cli. Each takes its own arguments (after the verb) and returns the
// process exit code documented in `counseldesk-cli --help`.

#include <QStringList>

#include <optional>

namespace cd::cli {

int runInit(const QStringList &args);
int runCheck(const QStringList &args);
int runUsers(const QStringList &args);
int runDemo(const QStringList &args);
int runImportRoster(const QStringList &args);
int runBackup(const QStringList &args);
int runVerify(const QStringList &args);
int runRestore(const QStringList &args);
int runInstruments(const QStringList &args);
int runScreening(const QStringList &args);
/// screening create|open|close (ScreeningRunCommands.cpp); empty for another sub-verb.
std::optional<int> runScreeningLifeCycle(const QString &sub, const QStringList &args);
int runLanguage(const QStringList &args);
/// referral list|letter (ReferralCommands.cpp); `letter` needs a QGuiApplication (it renders a PDF).
int runReferral(const QStringList &args);
/// lessons plan|compliance (LessonCommands.cpp).
int runLessons(const QStringList &args);
/// export-district (DistrictCommands.cpp); needs a QGuiApplication (the package holds a PDF).
int runExportDistrict(const QStringList &args);
/// district merge (DistrictCommands.cpp); needs a QGuiApplication (the package holds a PDF).
int runDistrict(const QStringList &args);

/// The general help: verbs and exit codes.
QString generalHelp();
QString exitCodeHelp();

}  // namespace cd::cli
