#pragma once
// The checks of the screens test (test_screen_sizes.cpp), for any window: the screen of this run
// and the interface in one language; a window opens inside the screen, could be as small as a
// maximised window is there, squashes or cuts nothing, its long lists show the rows promised, and
// no two things in it answer the same Alt+letter. Also the demo school the windows are checked on,
// and the screenshots (CD_SCREENSHOTS).

#include "vault/Vault.h"

#include <QFont>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace cd::test {

/// The screen of this run.
struct Screen {
    QRect area;      ///< the available area, logical pixels
    QSize room;      ///< what a maximised window has inside: less a taskbar and a title bar
    int rows = 0;    ///< rows the long lists promise here
    QString name;    ///< "1366x768@125"
    QString shots;   ///< where screenshots go, or empty

    static Screen current();
};

/// Whether ctest's "screens: …" set the screen up (else says so and the test does nothing).
bool configured();

/// The interface in one language for as long as it lives (translations and QLocale).
class Language {
public:
    explicit Language(const QString &code);
    ~Language();
    const QString &code() const { return m_code; }

private:
    QString m_code;
    QTranslator m_own;
    QTranslator m_qt;
    QFont m_font;
};

void settle();

void screenshot(const Screen &screen, const Language &language, QWidget *window, const QString &what);

/// Nothing in `top` is squashed below what it needs, and each widget lies inside its parent.
void checkUnsquashed(QWidget *top, const QString &what);

/// The window opens inside the screen, and could be as small as a maximised window is there.
void checkFits(const Screen &screen, QWidget *window, const QString &what);

/// The item view `viewName` in `window`, brought to the front, shows the rows promised.
void checkRows(const Screen &screen, QWidget *window, const QString &viewName, const QString &what);

/// No two things showing in `window` answer the same Alt+letter: its buttons (the dialog's own
/// Next and Cancel too), check boxes, tabs, group boxes and the labels that lead to a field.
void checkMnemonics(QWidget *window, const QString &what);

/// Shows `dialog` (taking it), checks that it fits and has no mnemonic clash, saves its screenshot.
void checkDialog(const Screen &screen, const Language &language, QWidget *dialog, const QString &what);

/// The demo school as `counseldesk-cli demo` makes it in the current language: 240 students,
/// their growth records and cases, the school year's runs.
struct DemoVault {
    QTemporaryDir root;
    std::unique_ptr<vault::Vault> vault;

    QString dir() const;

    explicit DemoVault(const QString &language);
};

}  // namespace cd::test
