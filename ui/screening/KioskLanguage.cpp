#include "ui/screening/KioskLanguage.h"

#include "ui/common/MessageBoxes.h"
#include "core/screening/RunRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(KioskLanguage)
};
}  // namespace

QString languageName(const QString &code)
{
    const QString language = code.section(u'_', 0, 0);
    if (language == u"en"_s) return Tr::tr("English");
    if (code == u"zh_CN"_s || code == u"zh"_s) return Tr::tr("Simplified Chinese");
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native;
}

QString itemLanguagesText(const screening::Instrument &instrument)
{
    QStringList names;
    for (const QString &code : instrument.itemLanguages()) names << languageName(code);
    if (names.isEmpty()) return Tr::tr("No item text (item numbers only)");
    return names.join(Tr::tr(", "));
}

bool confirmKioskLanguage(QWidget *parent, vault::Vault &vault, qint64 runId)
{
    screening::RunRepository runs(vault);
    auto run = runs.get(runId);
    if (!run) return true;  // startKiosk says what is wrong with the run
    // The kiosk shows an instrument's texts in the UI language, else English (screening::localized).
    const QString locale = QLocale().language() == QLocale::C ? u"en"_s : QLocale().name();
    QStringList missing;
    for (const screening::RunInstrument &ri : run->instruments) {
        auto instrument = runs.instrument(runId, ri.code);
        if (!instrument || instrument->itemsReadableIn(locale)) continue;
        const QStringList available = instrument->itemLanguages();
        missing << (available.isEmpty()
                        //: a questionnaire whose definition has no item text: the kiosk shows "Item 1", "Item 2"…
                        ? Tr::tr("• %1: item numbers only, no text").arg(screening::localized(instrument->name))
                        //: %2: the languages its items are in, e.g. "English"
                        : Tr::tr("• %1: items in %2").arg(screening::localized(instrument->name),
                                                             itemLanguagesText(*instrument)));
    }
    if (missing.isEmpty()) return true;
    const QString language = languageName(locale);
    const int choice = MessageBoxes::choose(
        parent, QMessageBox::Warning, Tr::tr("Start the student kiosk"),
        Tr::tr("These questionnaires of “%1” have no item text in %2, the kiosk’s language:\n\n%3\n\nStudents "
               "would see these items in the language listed, or only their numbers. Load the official %2 text first (Screening → Instruments… → Load a "
               "definition…), or go on if the students read that language or the paper sheet is read aloud.")
            .arg(run->name, language, missing.join(u'\n')),
        {Tr::tr("Cancel"), Tr::tr("Go on anyway")}, 0);
    return choice == 1;
}

}  // namespace ui
}  // namespace cd
