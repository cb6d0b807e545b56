#include "settings/Translations.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cd::settings {

QString effectiveLanguage()
{
    const QString configured = language.value();
    if (configured == u"zh_CN"_s || configured == u"en"_s) return configured;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString installTranslations(QCoreApplication &app, const QString &lang)
{
    const QString chosen = lang == u"zh_CN"_s ? lang : u"en"_s;
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/counseldesk_%1.qm"_s.arg(chosen))) QCoreApplication::installTranslator(own);
    else delete own;
    if (chosen == u"zh_CN"_s) {
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else delete qt;
    }
    return chosen;
}

}  // namespace cd::settings
