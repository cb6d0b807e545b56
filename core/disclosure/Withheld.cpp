#include "disclosure/Withheld.h"

#include "settings/Translations.h"

#include <QCoreApplication>

namespace cd::disclosure {

QString withheldMark() { return QStringLiteral("*"); }

const char *const kFootnoteContext = "Disclosure";
const char *const kWithheldFootnote = QT_TRANSLATE_NOOP("Disclosure",
                                                        "* Withheld so that no student can be identified: counts "
                                                        "of 1 to %1 students, counts close to their total, and "
                                                        "counts from which a withheld one could be worked out.");

QString withheldFootnote(int k)
{
    return QCoreApplication::translate(kFootnoteContext, kWithheldFootnote).arg(k - 1);
}

QString withheldFootnote(int k, const QString &language)
{
    return settings::translateFor(language, kFootnoteContext, kWithheldFootnote).arg(k - 1);
}

}  // namespace cd::disclosure
