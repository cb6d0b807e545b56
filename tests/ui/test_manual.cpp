// The user manual (ui/help/ManualWindow, resources/manual/): it opens in the interface's language,
// every link of its table of contents lands on a chapter and none leaves the computer, Back and
// Forward retrace the reader's steps, Ctrl+F finds in it, and it prints to a PDF.
#include "ui/UiTestSupport.h"

#include "help/ManualWindow.h"
#include "support/TestDocuments.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// The interface's locale for as long as it lives.
class LocaleGuard {
public:
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

QLocale localeOf(const QString &language)
{
    return language == u"zh_CN"_s ? QLocale(QLocale::Chinese, QLocale::China)
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
}

/// Every anchor name the rendered manual has (what a link can scroll to).
QSet<QString> anchorsOf(const QTextDocument *document)
{
    QSet<QString> names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames()) names.insert(name);
    return names;
}

QString manualSource(const QString &language)
{
    QFile file(ui::ManualWindow::resourcePath(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

}  // namespace

TEST_CASE("manual: it opens in the interface's language, Chinese or English", "[ui][manual]")
{
    {
        LocaleGuard zh(localeOf(u"zh_CN"_s));
        CHECK(ui::ManualWindow::language() == u"zh_CN"_s);
        ui::ManualWindow window;
        const QString text = window.browser()->toPlainText();
        CHECK(text.contains(u"CounselDesk 使用手册"_s));
        CHECK(text.contains(u"档案库"_s));
        CHECK(text.contains(u"忘记口令怎么办"_s));
        CHECK_FALSE(text.contains(u"If a passphrase is forgotten"_s));
        CHECK(window.chapters().first().second.contains(u"第一次启动"_s));
        // The shared style sheet (resources/manual/manual.css) reaches the chapters' headings.
        QTextBlock block = window.browser()->document()->begin();
        while (block.isValid() && block.blockFormat().headingLevel() != 2) block = block.next();
        REQUIRE(block.isValid());
        CHECK(block.begin().fragment().charFormat().foreground().color() == QColor(u"#1f4e79"_s));
    }
    for (const QLocale &other : {localeOf(u"en"_s), QLocale(QLocale::German, QLocale::Germany)}) {
        LocaleGuard en(other);
        CHECK(ui::ManualWindow::language() == u"en"_s);  // English for every language but Chinese
        ui::ManualWindow window;
        const QString text = window.browser()->toPlainText();
        CHECK(text.contains(u"CounselDesk user manual"_s));
        CHECK(text.contains(u"If a passphrase is forgotten"_s));
        CHECK_FALSE(text.contains(u"忘记口令怎么办"_s));
    }
}

TEST_CASE("manual: every link lands on a chapter that exists, none leaves the computer", "[ui][manual]")
{
    const QRegularExpression href(u"href\\s*=\\s*\"([^\"]*)\""_s);
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        INFO(language.toStdString());
        LocaleGuard guard(localeOf(language));
        ui::ManualWindow window;
        const QString source = manualSource(language);
        CHECK_FALSE(source.contains(u"http:"_s, Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(u"https:"_s, Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(u"<img"_s, Qt::CaseInsensitive));
        const QSet<QString> anchors = anchorsOf(window.browser()->document());
        QStringList targets;
        for (auto it = href.globalMatch(source); it.hasNext();) {
            const QString target = it.next().captured(1);
            INFO(target.toStdString());
            REQUIRE(target.startsWith(u'#'));  // inside the manual: no file, no web address
            CHECK(anchors.contains(target.mid(1)));
            targets << target.mid(1);
        }
        // The table of contents names every chapter, in order, and the side list shows them all.
        const auto chapters = window.chapters();
        REQUIRE(chapters.size() >= 15);
        QStringList chapterAnchors;
        for (const auto &chapter : chapters) chapterAnchors << chapter.first;
        CHECK(targets.mid(0, chapters.size()) == chapterAnchors);
        auto *contents = child<QListWidget>(&window, u"manualContents"_s);
        REQUIRE(contents->count() == chapters.size());
        for (int i = 0; i < contents->count(); ++i) {
            CHECK(contents->item(i)->data(Qt::UserRole).toString() == chapters.at(i).first);
            CHECK(contents->item(i)->text() == chapters.at(i).second);
        }
        // Both languages have the same chapters under the same anchors.
        static QStringList firstLanguage;
        if (firstLanguage.isEmpty()) firstLanguage = chapterAnchors;
        else CHECK(chapterAnchors == firstLanguage);
    }
}

TEST_CASE("manual: chapters from the side list, Back and Forward retrace them", "[ui][manual]")
{
    LocaleGuard guard(localeOf(u"en"_s));
    ui::ManualWindow window;
    window.show();
    REQUIRE(waitUntil([&]() { return window.isVisible(); }));
    auto *contents = child<QListWidget>(&window, u"manualContents"_s);
    auto *back = window.findChild<QAction *>(u"manualBack"_s);
    auto *forward = window.findChild<QAction *>(u"manualForward"_s);
    REQUIRE(back != nullptr);
    REQUIRE(forward != nullptr);
    CHECK_FALSE(back->isEnabled());
    QListWidgetItem *backup = contents->findItems(u"Backups and restore"_s, Qt::MatchExactly).value(0);
    REQUIRE(backup != nullptr);
    Q_EMIT contents->itemClicked(backup);
    CHECK(window.browser()->source().fragment() == u"backup"_s);
    window.showChapter(u"privacy"_s);
    CHECK(window.browser()->source().fragment() == u"privacy"_s);
    CHECK(back->isEnabled());
    back->trigger();
    CHECK(window.browser()->source().fragment() == u"backup"_s);
    CHECK(forward->isEnabled());
    forward->trigger();
    CHECK(window.browser()->source().fragment() == u"privacy"_s);
    window.findChild<QAction *>(u"manualHome"_s)->trigger();
    CHECK(window.browser()->source().fragment() == u"contents"_s);
}

TEST_CASE("manual: Ctrl+F finds a word in the manual and says when it is not there", "[ui][manual]")
{
    LocaleGuard guard(localeOf(u"zh_CN"_s));
    ui::ManualWindow window;
    window.show();
    REQUIRE(waitUntil([&]() { return window.isVisible(); }));
    auto *bar = child<QToolBar>(&window, u"manualFindBar"_s);
    CHECK_FALSE(bar->isVisible());
    QAction *find = window.findChild<QAction *>(u"manualFind"_s);
    REQUIRE(find != nullptr);
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    find->trigger();
    CHECK(bar->isVisible());
    auto *text = child<QLineEdit>(&window, u"manualFindText"_s);
    typeInto(text, u"恢复码"_s);
    CHECK(window.browser()->textCursor().selectedText() == u"恢复码"_s);
    const int first = window.browser()->textCursor().position();
    QTest::keyClick(text, Qt::Key_Return);
    CHECK(window.browser()->textCursor().selectedText() == u"恢复码"_s);
    CHECK(window.browser()->textCursor().position() > first);
    CHECK(child<QLabel>(&window, u"manualFindStatus"_s)->text().isEmpty());
    typeInto(text, u"不在手册里的词语"_s);
    CHECK_FALSE(child<QLabel>(&window, u"manualFindStatus"_s)->text().isEmpty());
}

TEST_CASE("manual: the whole manual prints to a PDF, in its language", "[ui][manual][print]")
{
    QTemporaryDir dir;
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        LocaleGuard guard(localeOf(language));
        ui::ManualWindow window;
        const QString pdf = dir.filePath(language + u".pdf"_s);
        CHECK(window.writePdf(pdf).isEmpty());
        const QString text = pdfText(pdf).simplified();
        if (const QString keep = qEnvironmentVariable("CD_MANUAL_PDF_DIR"); !keep.isEmpty())  // to look at it
            QFile::copy(pdf, QDir(keep).filePath(language + u".pdf"_s));
        if (language == u"zh_CN"_s) {
            CHECK(text.contains(u"CounselDesk 使用手册"_s));
            CHECK(text.contains(u"快捷键"_s));  // the last chapter: every page printed
        } else {
            CHECK(text.contains(u"CounselDesk user manual"_s));
            CHECK(text.contains(u"Keyboard shortcuts"_s));
        }
    }
}
