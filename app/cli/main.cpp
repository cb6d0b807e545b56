// counseldesk-cli: the vault for IT staff and scripts. Argument parsing and wiring only.

#include "app/cli/Commands.h"
#include "app/cli/Console.h"
#include "core/crypto/Crypto.h"
#include "core/security/ProcessHardening.h"
#include "core/settings/Translations.h"
#include "core/security/SelfCheck.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    cd::security::hardenProcess();
    // Rendering a PDF needs QtGui (fonts, layout): only `referral letter`, `export-district` and
    // `district merge` get a QGuiApplication, offscreen unless the caller chose a platform. Every
    // other verb stays on QtCore.
    const bool rendersPdf = (argc > 2 && std::strcmp(argv[1], "referral") == 0 && std::strcmp(argv[2], "letter") == 0)
                            || (argc > 1 && std::strcmp(argv[1], "export-district") == 0)
                            || (argc > 2 && std::strcmp(argv[1], "district") == 0 && std::strcmp(argv[2], "merge") == 0);
    if (rendersPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        rendersPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"CounselDesk"_s);
    QCoreApplication::setApplicationName(u"CounselDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    cd::settings::installTranslations(app, cd::settings::effectiveLanguage());

    if (auto st = cd::security::verifySqlCipherLinked(); !st) return cd::cli::Console::fail(st.error());
    if (!cd::crypto::initialize()) {
        cd::cli::Console::error(QCoreApplication::translate("Cli", "The encryption library could not start. Reinstall CounselDesk."));
        return 1;
    }

    const QStringList args = app.arguments().mid(1);
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == u"init"_s) return cd::cli::runInit(rest);
    if (verb == u"check"_s) return cd::cli::runCheck(rest);
    if (verb == u"users"_s) return cd::cli::runUsers(rest);
    if (verb == u"demo"_s) return cd::cli::runDemo(rest);
    if (verb == u"import-roster"_s) return cd::cli::runImportRoster(rest);
    if (verb == u"backup"_s) return cd::cli::runBackup(rest);
    if (verb == u"verify"_s) return cd::cli::runVerify(rest);
    if (verb == u"restore"_s) return cd::cli::runRestore(rest);
    if (verb == u"instruments"_s) return cd::cli::runInstruments(rest);
    if (verb == u"screening"_s) return cd::cli::runScreening(rest);
    if (verb == u"language"_s) return cd::cli::runLanguage(rest);
    if (verb == u"referral"_s) return cd::cli::runReferral(rest);
    if (verb == u"lessons"_s) return cd::cli::runLessons(rest);
    if (verb == u"export-district"_s) return cd::cli::runExportDistrict(rest);
    if (verb == u"district"_s) return cd::cli::runDistrict(rest);
    if (verb == u"--version"_s) {
        cd::cli::Console::out(u"counseldesk-cli "_s + QCoreApplication::applicationVersion());
        return 0;
    }
    if (verb == u"--help"_s || verb == u"-h"_s || verb == u"help"_s) {
        cd::cli::Console::out(cd::cli::generalHelp());
        return 0;
    }
    if (verb.isEmpty()) cd::cli::Console::error(QCoreApplication::translate("Cli", "Name a verb, such as check or users."));
    else cd::cli::Console::error(QCoreApplication::translate("Cli", "Unknown verb \"%1\".").arg(verb));
    cd::cli::Console::out(cd::cli::generalHelp());
    return 2;
}
