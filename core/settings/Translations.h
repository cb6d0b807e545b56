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
/// The language the interface speaks ("zh_CN" when QLocale() is Chinese, which
/// installTranslations makes it for zh_CN, else "en"). What a choice of language for an output (a
/// package, a document) starts at.
QString interfaceLanguage();

/// Our strings in `language` whatever the interface speaks (a document or package in its own
/// language): the translation of `source` in `context` from the embedded translations, or the
/// source itself ("en", the source language, or no translation). One translator per language,
/// loaded once and kept; safe from any thread.
QString translateFor(const QString &language, const char *context, const char *source,
                     const char *comment = nullptr);

}  // namespace cd::settings
