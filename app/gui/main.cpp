// counseldesk: the GUI. Argument parsing and wiring only.

#include "core/crypto/Crypto.h"
#include "core/security/ProcessHardening.h"
#include "core/settings/Settings.h"
#include "core/settings/Translations.h"
#include "ui/district/DistrictWindow.h"
#include "ui/shell/AppController.h"
#include "core/security/SelfCheck.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// CD_STARTUP_PROBE=1: print how long the unlock dialog took to be painted, then quit
/// (tests/bench/startup.sh runs this; see docs/benchmarks.md).
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(const QElapsedTimer &clock) : m_clock(clock) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("startup_to_unlock_dialog_ms %.1f\n", static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

}  // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    cd::security::hardenProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CounselDesk"_s);
    QCoreApplication::setApplicationName(u"CounselDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    QGuiApplication::setDesktopFileName(u"counseldesk"_s);
    QGuiApplication::setApplicationDisplayName(u"CounselDesk"_s);
    QIcon icon = QIcon::fromTheme(u"counseldesk"_s);
    if (icon.isNull())
        for (int size : {48, 128, 256}) icon.addFile(u":/icons/counseldesk-%1.png"_s.arg(size));
    QApplication::setWindowIcon(icon);
    cd::settings::installTranslations(app, cd::settings::effectiveLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "CounselDesk: the counseling room's encrypted workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        u"vault"_s, QCoreApplication::translate("Gui", "Open the vault in FOLDER instead of the default one."),
        QCoreApplication::translate("Gui", "FOLDER"));
    parser.addOption(vaultOption);
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate("Gui", "Use the language LANGUAGE (zh_CN or en) this time, whatever the preference."),
        QCoreApplication::translate("Gui", "LANGUAGE"));
    parser.addOption(languageOption);
    const QCommandLineOption districtOption(
        u"district"_s,
        QCoreApplication::translate("Gui", "Open the District window (for the education bureau, no vault) with the "
                                           "packages in FOLDER... (packages, or folders holding packages)."));
    parser.addOption(districtOption);
    parser.addPositionalArgument(u"FOLDER"_s,
                                 QCoreApplication::translate("Gui", "With --district: a package, or a folder holding "
                                                                    "packages."),
                                 u"[FOLDER...]"_s);
    parser.process(app);
    if (parser.isSet(languageOption)) cd::settings::installTranslations(app, parser.value(languageOption));

    if (auto st = cd::security::verifySqlCipherLinked(); !st || !cd::crypto::initialize()) {
        QMessageBox::critical(nullptr, u"CounselDesk"_s,
                              st ? QCoreApplication::translate("Gui", "The encryption library could not start. Reinstall CounselDesk.")
                                 : st.error().message);
        return 1;
    }

    if (parser.isSet(districtOption)) {
        cd::ui::DistrictWindow::showWindow(parser.positionalArguments());
        return QApplication::exec();
    }
    if (!parser.positionalArguments().isEmpty()) parser.showHelp(2);  // folders only with --district

    const QString directory =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : cd::settings::defaultVaultDirectory();
    cd::ui::AppController controller(directory);
    FirstPaintProbe probe(clock);
    if (qEnvironmentVariableIntValue("CD_STARTUP_PROBE") == 1) {
        QObject::connect(&controller, &cd::ui::AppController::unlockDialogShown, &controller,
                         [&]() { controller.unlockDialog()->installEventFilter(&probe); });
    }
    controller.start();
    return QApplication::exec();
}
