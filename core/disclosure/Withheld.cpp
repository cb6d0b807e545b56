#include "disclosure/Withheld.h"

#include <QCoreApplication>

namespace cd::disclosure {

QString withheldMark() { return QStringLiteral("*"); }

const char *const kFootnoteContext = "Disclosure";
const char *const kWithheldFootnote = QT_TRANSLATE_NOOP("Disclosure",
                                                        "* Withheld so that no student can be identified: counts "
                                                        "from 1 to %1, and counts from which a withheld one could "
                                                        "be worked out.");

QString withheldFootnote(int k)
{
    return QCoreApplication::translate(kFootnoteContext, kWithheldFootnote).arg(k - 1);
}

}  // namespace cd::disclosure
