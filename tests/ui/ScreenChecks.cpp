// The checks of the screens test, for any window: ScreenChecks.h.
#include "ui/ScreenChecks.h"

#include "demo/DemoSchool.h"
#include "support/TempVault.h"
#include "ui/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMultiMap>
#include <QScreen>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

// What the offscreen screen lacks, in logical pixels: a taskbar or dock, and a title bar.
constexpr int kTaskbar = 40;
constexpr int kTitleBar = 32;

/// Whether `w` is a control's own part (a line edit's clear button, a table's corner) or what a
/// scroll area scrolls (larger than what shows): each control lays those out itself.
bool insideControl(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
    return false;
}

/// Brings `widget` to the front of every tab and stack that holds it.
void reveal(QWidget *widget)
{
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!stack) continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget())) tabs->setCurrentWidget(w);
        else stack->setCurrentWidget(w);
    }
    settle();
}

int visibleRows(QAbstractItemView *view)
{
    int rowHeight = view->sizeHintForRow(0);
    if (auto *table = qobject_cast<QTableView *>(view)) rowHeight = table->verticalHeader()->defaultSectionSize();
    if (auto *table = qobject_cast<QTableView *>(view); table && table->model()->rowCount() > 0)
        rowHeight = table->rowHeight(0);
    if (rowHeight <= 0) rowHeight = view->fontMetrics().height() + 4;
    return view->viewport()->height() / rowHeight;
}

/// The letter of a text's mnemonic ("学校名称(&N)：" → n), or a null character.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

}  // namespace

Screen Screen::current()
{
    Screen s;
    s.area = QGuiApplication::primaryScreen()->availableGeometry();
    s.room = QSize(s.area.width(), s.area.height() - kTaskbar - kTitleBar);
    s.rows = qEnvironmentVariableIntValue("CD_SCREEN_ROWS");
    s.name = qEnvironmentVariable("CD_SCREEN_NAME", u"screen"_s);
    s.shots = qEnvironmentVariable("CD_SCREENSHOTS");
    return s;
}

bool configured()
{
    if (qEnvironmentVariableIsSet("CD_SCREEN_ROWS")) return true;
    WARN("Run by ctest's \"screens: …\" tests, which set the screen (tests/CMakeLists.txt).");
    return false;
}

Language::Language(const QString &code) : m_code(code)
{
    if (code == u"zh_CN"_s) {
        REQUIRE(m_own.load(u":/i18n/counseldesk_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(QLocale(code));
    // A desktop's usual interface font (UOS and Kylin use 10.5 pt, Windows 9 pt).
    m_font = QApplication::font();
    QFont font = m_font;
    font.setPointSizeF(qEnvironmentVariableIsSet("CD_SCREEN_FONT_PT")
                           ? qEnvironmentVariable("CD_SCREEN_FONT_PT").toDouble()
                           : 10.5);
    QApplication::setFont(font);
}

Language::~Language()
{
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(QLocale::c());
    QApplication::setFont(m_font);
}

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

void screenshot(const Screen &screen, const Language &language, QWidget *window, const QString &what)
{
    if (screen.shots.isEmpty()) return;
    QDir().mkpath(screen.shots);
    window->grab().save(QDir(screen.shots).filePath(u"%1-%2-%3.png"_s.arg(screen.name, language.code(), what)));
}

void checkUnsquashed(QWidget *top, const QString &what)
{
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->isWindow() || insideControl(w, top)) continue;
        const QRect parent = w->parentWidget()->rect();
        INFO(what.toStdString() << ": " << w->metaObject()->className() << " " << w->objectName().toStdString()
                                << " at " << w->y() << " height " << w->height() << " in a parent of height "
                                << parent.height());
        CHECK(parent.contains(w->geometry()));
        if (!(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w))) continue;
        const int needed = w->hasHeightForWidth() ? w->heightForWidth(w->width())
                                                  : std::max(w->minimumHeight(), w->minimumSizeHint().height());
        INFO("needs " << needed);
        CHECK(w->height() >= needed);
    }
}

void checkFits(const Screen &screen, QWidget *window, const QString &what)
{
    settle();
    const QSize minimum = window->minimumSize().expandedTo(window->minimumSizeHint());
    INFO(what.toStdString() << " on " << screen.name.toStdString() << ": frame " << window->frameGeometry().width()
                            << "x" << window->frameGeometry().height() << " at " << window->frameGeometry().x() << ","
                            << window->frameGeometry().y() << ", minimum " << minimum.width() << "x"
                            << minimum.height() << ", room " << screen.room.width() << "x" << screen.room.height());
    if (qEnvironmentVariableIsSet("CD_SCREEN_REPORT"))  // the figures behind docs and reviews
        std::printf("%s %s %s: minimum %dx%d, opened %dx%d, room %dx%d\n", qPrintable(screen.name),
                    qPrintable(QLocale().name()), qPrintable(what), minimum.width(), minimum.height(),
                    window->frameGeometry().width(), window->frameGeometry().height(), screen.room.width(),
                    screen.room.height());
    // A pixel of slack: 125 % and 175 % make fractional logical sizes, rounded either way.
    CHECK(screen.area.adjusted(-1, -1, 1, 1).contains(window->frameGeometry()));
    CHECK(minimum.width() <= screen.room.width());
    CHECK(minimum.height() <= screen.room.height());
    // As tall as a maximised window may be there, nothing is cut or squashed.
    if (window->height() > screen.room.height() && !(window->windowState() & Qt::WindowMaximized)) {
        window->resize(window->width(), screen.room.height());
        settle();
    }
    checkUnsquashed(window, what);
}

void checkRows(const Screen &screen, QWidget *window, const QString &viewName, const QString &what)
{
    auto *view = window->findChild<QAbstractItemView *>(viewName);
    INFO(what.toStdString() << ": " << viewName.toStdString());
    REQUIRE(view != nullptr);
    reveal(view);
    REQUIRE(view->isVisible());
    const int rows = visibleRows(view);
    INFO(what.toStdString() << ": " << viewName.toStdString() << " shows " << rows << " rows on "
                            << screen.name.toStdString() << ", " << screen.rows << " promised");
    CHECK(rows >= screen.rows);
}

void checkMnemonics(QWidget *window, const QString &what)
{
    QMultiMap<QChar, QString> seen;
    const auto note = [&](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull()) seen.insert(letter, text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window)) continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) note(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) note(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w)) note(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int t = 0; t < tabs->count(); ++t) note(tabs->tabText(t));
    }
    for (const QChar letter : seen.uniqueKeys()) {
        const QStringList texts = seen.values(letter);
        INFO(what.toStdString() << ": Alt+" << QString(letter).toStdString() << " is "
                                << texts.join(u" and "_s).toStdString());
        CHECK(texts.size() == 1);
    }
}

void checkDialog(const Screen &screen, const Language &language, QWidget *dialog, const QString &what)
{
    std::unique_ptr<QWidget> owned(dialog);
    dialog->show();
    REQUIRE(waitUntil([&]() { return dialog->isVisible(); }));
    checkFits(screen, dialog, what);
    checkMnemonics(dialog, what + u" ("_s + language.code() + u')');
    screenshot(screen, language, dialog, what);
    dialog->hide();
}

QString DemoVault::dir() const { return root.filePath(u"vault"_s); }

DemoVault::DemoVault(const QString &language)
{
    vault::CreateOptions options;
    options.school = demo::demoSchoolProfile(5, language);
    options.leadLogin = kLeadLogin;
    options.leadDisplayName = QCoreApplication::translate("Cli", "Demo room lead");
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    auto created = vault::Vault::create(dir(), options);
    REQUIRE(created.ok());
    vault = std::move(created->vault);
    REQUIRE(demo::populateDemo(*vault, 5, kLeadPassphrase, 240).ok());
}

}  // namespace cd::test
