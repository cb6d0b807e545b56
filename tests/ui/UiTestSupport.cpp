#include "ui/UiTestSupport.h"

#include "ui/shell/Areas.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace cd::test {

namespace {
// Widgets built without a main window (a growth record on its own) find every area registered,
// as they do in the application.
const bool kAreasRegistered = (ui::registerAreas(), true);
}  // namespace

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    bool ascii = true;
    for (QChar c : text) ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    // Chinese arrives through an input method: one commit of the composed text.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(edit, &event);
}

namespace {

/// Whether any item of `model` below `parent` (any column, any depth) displays `text`.
bool modelShows(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            if (model->data(index, Qt::DisplayRole).toString().contains(text)) return true;
            if (model->data(index, Qt::ToolTipRole).toString().contains(text)) return true;
            if (column == 0 && model->hasChildren(index) && modelShows(model, index, text)) return true;
        }
    }
    return false;
}

template <typename W, typename Text>
bool anyChildShows(QWidget *window, const QString &text, Text textOf)
{
    for (W *widget : window->findChildren<W *>())
        if (widget->isVisible() && textOf(widget).contains(text)) return true;
    return false;
}

}  // namespace

bool anyVisibleWindowShows(const QString &text)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible()) continue;
        if (window->windowTitle().contains(text)) return true;
        if (anyChildShows<QLabel>(window, text, [](QLabel *w) { return w->text(); })) return true;
        if (anyChildShows<QLineEdit>(window, text, [](QLineEdit *w) { return w->text(); })) return true;
        if (anyChildShows<QPlainTextEdit>(window, text, [](QPlainTextEdit *w) { return w->toPlainText(); })) return true;
        if (anyChildShows<QTextEdit>(window, text, [](QTextEdit *w) { return w->toPlainText(); })) return true;
        if (anyChildShows<QAbstractButton>(window, text, [](QAbstractButton *w) { return w->text(); })) return true;
        if (anyChildShows<QComboBox>(window, text, [](QComboBox *w) { return w->currentText(); })) return true;
        if (anyChildShows<QGroupBox>(window, text, [](QGroupBox *w) { return w->title(); })) return true;
        for (QTabBar *tabs : window->findChildren<QTabBar *>())
            for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i)
                if (tabs->tabText(i).contains(text)) return true;
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
            if (view->isVisible() && view->model() && modelShows(view->model(), view->rootIndex(), text)) return true;
    }
    return false;
}

}  // namespace cd::test
