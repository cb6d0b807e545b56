#include "settings/Settings.h"
#include "settings/Translations.h"
#include "security/SelfCheck.h"

#include <catch2/catch.hpp>

#include <QTranslator>

using namespace cd;
using namespace Qt::StringLiterals;

TEST_CASE("Typed settings return their default until set", "[settings]")
{
    settings::idleLockMinutes.reset();
    CHECK(settings::idleLockMinutes.value() == 5);
    settings::idleLockMinutes.set(12);
    CHECK(settings::idleLockMinutes.value() == 12);
    settings::idleLockMinutes.reset();
    CHECK(settings::idleLockMinutes.value() == settings::idleLockMinutes.defaultValue());
}

TEST_CASE("The language setting wins over the system locale", "[settings]")
{
    settings::language.set(u"zh_CN"_s);
    CHECK(settings::effectiveLanguage() == u"zh_CN"_s);
    settings::language.set(u"en"_s);
    CHECK(settings::effectiveLanguage() == u"en"_s);
    settings::language.set(u"klingon"_s);  // unknown values fall back to the system
    const QString fallback = settings::effectiveLanguage();
    CHECK((fallback == u"en"_s || fallback == u"zh_CN"_s));
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
