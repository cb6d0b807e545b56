#include "settings/Translations.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace cd::settings {

QString effectiveLanguage()
{
    const QString configured = language.value();
    if (configured == u"zh_CN"_s || configured == u"en"_s) return configured;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString interfaceLanguage()
{
    // installTranslations makes QLocale() speak the language it installs.
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString translateFor(const QString &language, const char *context, const char *source, const char *comment)
{
    if (language == u"zh_CN"_s) {
        static QMutex mutex;
        static std::map<QString, std::unique_ptr<QTranslator>> loaded;  // language → null when missing
        const QTranslator *translator = nullptr;
        {
            const QMutexLocker lock(&mutex);
            auto it = loaded.find(language);
            if (it == loaded.end()) {
                auto t = std::make_unique<QTranslator>();
                if (!t->load(u":/i18n/counseldesk_%1.qm"_s.arg(language))) t.reset();
                it = loaded.emplace(language, std::move(t)).first;
            }
            translator = it->second.get();
        }
        if (translator) {
            const QString translated = translator->translate(context, source, comment);
            if (!translated.isEmpty()) return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString installTranslations(QCoreApplication &app, const QString &lang)
{
    // A second call switches: what the first installed goes (the CLI's demo --language).
    static QList<QTranslator *> installed;
    for (QTranslator *old : std::as_const(installed)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed.clear();
    const QString chosen = lang == u"zh_CN"_s ? lang : u"en"_s;
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/counseldesk_%1.qm"_s.arg(chosen))) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    if (chosen == u"zh_CN"_s) {
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed << qt;
        } else {
            delete qt;
        }
    }
    // Texts that come in several languages (instrument names, items) follow QLocale(): make it
    // speak the interface's language when the system's is another (an unset locale is "C").
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (chosen == u"zh_CN"_s && !chinese) QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    else if (chosen == u"en"_s && chinese) QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return chosen;
}

}  // namespace cd::settings
