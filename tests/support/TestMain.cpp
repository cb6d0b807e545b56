// Catch2 listener that gives every test binary a QApplication (offscreen unless a platform is
// set) and isolated settings, before any test runs. Catch's own main comes prebuilt
// (Catch2::Catch2WithMain), so this file only registers the listener.

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "crypto/Crypto.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

class QtApplicationListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &info) override
    {
        TestEventListenerBase::testRunStarting(info);
        // catch_discover_tests runs the binary at build time, outside ctest's environment.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // Settings and data of the tests never touch the developer's own.
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", QDir(m_home->path()).filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", QDir(m_home->path()).filePath(QStringLiteral("data")).toUtf8());
        // A private temp folder, so "no plaintext in temp files" can be checked exactly.
        const QString tmp = QDir(m_home->path()).filePath(QStringLiteral("tmp"));
        QDir().mkpath(tmp);
        qputenv("TMPDIR", tmp.toUtf8());
        static int argc = 1;
        static char name[] = "counseldesk-tests";
        static char *argv[] = {name, nullptr};
        m_app = std::make_unique<QApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("CounselDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("CounselDeskTests"));
        cd::crypto::initialize();
    }

    void testRunEnded(const Catch::TestRunStats &stats) override
    {
        m_app.reset();
        m_home.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QApplication> m_app;
};

}  // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
