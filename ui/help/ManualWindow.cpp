#include "ui/help/ManualWindow.h"

#include "ui/common/Printing.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

ManualWindow::ManualWindow(QWidget *parent)
    : QMainWindow(parent),
      m_browser(new QTextBrowser(this)),
      m_contents(new QListWidget(this)),
      m_findBar(new QToolBar(this)),
      m_findText(new QLineEdit(this)),
      m_findStatus(new QLabel(this))
{
    setObjectName(u"manualWindow"_s);
    setWindowTitle(tr("CounselDesk user manual"));
    resize(980, 700);

    m_browser->setObjectName(u"manualBrowser"_s);
    m_browser->setOpenExternalLinks(false);  // the manual has none; nothing leaves the computer
    QFile css(u":/manual/manual.css"_s);
    if (css.open(QIODevice::ReadOnly)) m_browser->document()->setDefaultStyleSheet(QString::fromUtf8(css.readAll()));
    m_browser->setSource(QUrl(u"qrc"_s + resourcePath(language())));
    m_contents->setObjectName(u"manualContents"_s);
    m_contents->setFrameShape(QFrame::NoFrame);
    m_contents->setWordWrap(true);  // a long title on two lines rather than cut off
    m_contents->setResizeMode(QListView::Adjust);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setStyleSheet(u"QListWidget { background: palette(alternate-base); }"
                              "QListWidget::item { padding: 4px; }"_s);
    buildContents();
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showChapter(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showChapter(item->data(Qt::UserRole).toString()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 720});
    setCentralWidget(splitter);

    QToolBar *tools = addToolBar(tr("Manual"));
    tools->setObjectName(u"manualToolbar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = tools->addAction(QIcon::fromTheme(u"go-previous"_s), tr("&Back"));
    back->setObjectName(u"manualBack"_s);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = tools->addAction(QIcon::fromTheme(u"go-next"_s), tr("&Forward"));
    forward->setObjectName(u"manualForward"_s);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *contents = tools->addAction(QIcon::fromTheme(u"go-home"_s), tr("&Contents"));
    contents->setObjectName(u"manualHome"_s);
    contents->setToolTip(tr("Back to the start of the manual and its table of contents"));
    connect(contents, &QAction::triggered, this, [this]() { showChapter(u"contents"_s); });
    tools->addSeparator();
    QAction *findAction = tools->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"));
    findAction->setObjectName(u"manualFind"_s);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setToolTip(tr("Find a word in the manual (Ctrl+F)"));
    connect(findAction, &QAction::triggered, this, &ManualWindow::showFind);
    QAction *print = tools->addAction(QIcon::fromTheme(u"document-print-preview"_s), tr("&Print…"));
    print->setObjectName(u"manualPrint"_s);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("See the pages, then print the whole manual"));
    connect(print, &QAction::triggered, this, &ManualWindow::printPreview);

    addToolBarBreak(Qt::BottomToolBarArea);
    addToolBar(Qt::BottomToolBarArea, m_findBar);
    m_findBar->setObjectName(u"manualFindBar"_s);
    m_findBar->setMovable(false);
    m_findBar->addWidget(new QLabel(tr("Find:"), this));
    m_findText->setObjectName(u"manualFindText"_s);
    m_findText->setClearButtonEnabled(true);
    m_findText->setMaximumWidth(320);
    m_findBar->addWidget(m_findText);
    QAction *next = m_findBar->addAction(QIcon::fromTheme(u"go-down"_s), tr("&Next"));
    next->setToolTip(tr("The next place (Enter)"));
    connect(next, &QAction::triggered, this, [this]() { findNext(false); });
    QAction *previous = m_findBar->addAction(QIcon::fromTheme(u"go-up"_s), tr("P&revious"));
    previous->setToolTip(tr("The place before (Shift+Enter)"));
    connect(previous, &QAction::triggered, this, [this]() { findNext(true); });
    m_findStatus->setObjectName(u"manualFindStatus"_s);
    m_findBar->addWidget(m_findStatus);
    QAction *hideFind = m_findBar->addAction(QIcon::fromTheme(u"window-close"_s), tr("Close"));
    connect(hideFind, &QAction::triggered, m_findBar, &QWidget::hide);
    m_findBar->hide();
    connect(m_findText, &QLineEdit::returnPressed, this, [this]() {
        findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_findText, &QLineEdit::textChanged, this, [this]() {
        // Searching as one types starts again from the top of the manual.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        findNext(false);
    });
}

QString ManualWindow::language()
{
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString ManualWindow::resourcePath(const QString &language)
{
    return language == u"zh_CN"_s ? u":/manual/manual_zh_CN.html"_s : u":/manual/manual_en.html"_s;
}

ManualWindow *ManualWindow::showManual(const QString &chapter)
{
    static QPointer<ManualWindow> window;
    if (!window) {
        window = new ManualWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (!chapter.isEmpty()) window->showChapter(chapter);
    return window;
}

QList<QPair<QString, QString>> ManualWindow::chapters() const
{
    QList<QPair<QString, QString>> found;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2) continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty()) {
                found.append({names.first(), block.text().trimmed()});
                break;
            }
        }
    }
    return found;
}

void ManualWindow::buildContents()
{
    m_contents->clear();
    for (const auto &[anchor, title] : chapters()) {
        auto *item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, anchor);
    }
}

void ManualWindow::showChapter(const QString &anchor)
{
    // Through setSource, so that Back returns to where the reader was.
    QUrl url = m_browser->source();
    url.setFragment(anchor);
    m_browser->setSource(url);
}

void ManualWindow::showFind()
{
    m_findBar->show();
    m_findText->setFocus();
    m_findText->selectAll();
}

bool ManualWindow::find(const QString &text, bool backward)
{
    if (text.isEmpty()) return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags)) return true;
    // Around the end (or the start) once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    return m_browser->find(text, flags);
}

void ManualWindow::findNext(bool backward)
{
    const bool found = find(m_findText->text(), backward);
    m_findStatus->setText(found || m_findText->text().isEmpty() ? QString() : tr("Not in the manual"));
    m_findText->setStyleSheet(found || m_findText->text().isEmpty() ? QString()
                                                                    : u"background: #fde0e0;"_s);
}

QTextDocument *ManualWindow::printableCopy() const
{
    QTextDocument *copy = m_browser->document()->clone();
    copy->setDefaultFont(m_browser->document()->defaultFont());
    return copy;
}

void ManualWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, windowTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(u"manualPrintPreview"_s);
    preview.setWindowTitle(tr("Print the manual"));
    std::unique_ptr<QTextDocument> copy(printableCopy());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&copy](QPrinter *target) {
        layOutForPrinter(*copy, *target);
        copy->print(target);
    });
    preview.exec();
}

QString ManualWindow::writePdf(const QString &path) const
{
    std::unique_ptr<QTextDocument> copy(printableCopy());
    return ui::writePdf(*copy, path, windowTitle());
}

}  // namespace ui
}  // namespace cd
