#include "settings/Settings.h"
#include "settings/Translations.h"
#include "security/SelfCheck.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTranslator>

using namespace cd;
using namespace Qt::StringLiterals;

TEST_CASE("Typed settings return their default until set", "[settings]")
{
    const QString key = u"security/idleLockMinutes"_s;  // as the settings file has it
    settings::idleLockMinutes.reset();
    CHECK_FALSE(QSettings().contains(key));
    CHECK(settings::idleLockMinutes.value() == 5);
    // Written under its key, where the next start (another QSettings) reads it.
    settings::idleLockMinutes.set(12);
    CHECK(QSettings().value(key).toInt() == 12);
    // And read from there: a value the file already holds is the setting's value.
    QSettings().setValue(key, 33);
    CHECK(settings::idleLockMinutes.value() == 33);
    settings::idleLockMinutes.reset();
    CHECK_FALSE(QSettings().contains(key));
    CHECK(settings::idleLockMinutes.value() == 5);
}

TEST_CASE("The language setting wins over the system locale", "[settings]")
{
    settings::language.set(u"zh_CN"_s);
    CHECK(settings::effectiveLanguage() == u"zh_CN"_s);
    settings::language.set(u"en"_s);
    CHECK(settings::effectiveLanguage() == u"en"_s);
    settings::language.reset();
}

// The system locale is read once per process, so each case runs this binary again, in a child
// process with that locale, and the hidden test below checks the fallback there.
TEST_CASE("An unknown or empty language setting falls back to the system's language", "[settings]")
{
    const QList<std::pair<QString, QString>> cases = {
        {u"zh_CN.UTF-8"_s, u"zh_CN"_s}, {u"en_US.UTF-8"_s, u"en"_s}, {u"de_DE.UTF-8"_s, u"en"_s}, {u"C.UTF-8"_s, u"en"_s}};
    for (const auto &[locale, expected] : cases) {
        for (const QString &setting : {u"klingon"_s, QString()}) {
            INFO("system locale " << locale.toStdString() << ", setting '" << setting.toStdString() << "'");
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s}) env.insert(name, locale);
            env.insert(u"CD_PROBE_LANGUAGE_SETTING"_s, setting);
            env.insert(u"CD_PROBE_EXPECTED_LANGUAGE"_s, expected);
            QProcess probe;
            probe.setProcessEnvironment(env);
            probe.setProcessChannelMode(QProcess::MergedChannels);
            probe.start(QCoreApplication::applicationFilePath(), {u"[.language-probe]"_s});
            REQUIRE(probe.waitForFinished(60000));
            const QString output = QString::fromUtf8(probe.readAll());
            INFO(output.toStdString());
            CHECK(probe.exitStatus() == QProcess::NormalExit);
            CHECK(probe.exitCode() == 0);
            CHECK(output.contains(u"All tests passed (2 assertions in 1 test case)"_s));  // it ran, and checked
        }
    }
}

TEST_CASE("language probe: run in a child process by the test above", "[.language-probe]")
{
    REQUIRE(qEnvironmentVariableIsSet("CD_PROBE_EXPECTED_LANGUAGE"));
    const QString setting = qEnvironmentVariable("CD_PROBE_LANGUAGE_SETTING");
    if (setting.isEmpty()) settings::language.reset();
    else settings::language.set(setting);
    CHECK(settings::effectiveLanguage() == qEnvironmentVariable("CD_PROBE_EXPECTED_LANGUAGE"));
    settings::language.reset();
}

TEST_CASE("The embedded Chinese translation loads", "[settings]")
{
    QTranslator probe;
    CHECK(probe.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    CHECK_FALSE(probe.isEmpty());
}

TEST_CASE("The linked database library is SQLCipher and no plaintext SQLite is mapped", "[settings][security]")
{
    CHECK(security::sqlCipherVersion().startsWith(u"3."_s));
    CHECK(security::verifySqlCipherLinked().ok());
}
