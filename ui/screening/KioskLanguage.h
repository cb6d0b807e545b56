#pragma once
// The language of an instrument's item text, as the counselor needs to know it: which languages
// a definition's items are in, and, before a kiosk starts, whether every questionnaire of the run
// has its items in the kiosk's language (a whole grade cannot be screened in a language it does
// not read).

#include <QString>
#include <QStringList>

class QWidget;

namespace cd::vault {
class Vault;
}
namespace cd::screening {
struct Instrument;
}

namespace cd {
namespace ui {

/// A language code ("en", "zh_CN") as the counselor reads it ("English", "Chinese").
QString languageName(const QString &code);
/// The languages `instrument`'s items are in ("English, Chinese"), or that they have no text.
QString itemLanguagesText(const screening::Instrument &instrument);
/// Before a kiosk on `runId` starts in the UI language: when an instrument of the run has no item
/// text in it, names them and asks whether to go on (true) or cancel (false). True without asking
/// when every instrument can be read.
bool confirmKioskLanguage(QWidget *parent, vault::Vault &vault, qint64 runId);

}  // namespace ui
}  // namespace cd
