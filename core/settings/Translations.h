#pragma once
// Loads the application's and Qt's own translations for the configured language.

#include <QString>

class QCoreApplication;

namespace cd::settings {

/// The language to use: the setting when set, else "zh_CN" for a Chinese system locale, else "en".
QString effectiveLanguage();
/// Installs the translators on `app` (owned by it), replacing those an earlier call installed, and
/// makes QLocale() speak that language if the system's is another; returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &language);

}  // namespace cd::settings
