#include "ui/UiTestSupport.h"

#include "ui/shell/Areas.h"

#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QTest>

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

bool anyVisibleWindowShows(const QString &text)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible()) continue;
        if (window->windowTitle().contains(text)) return true;
        for (QLabel *label : window->findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(text)) return true;
        for (QLineEdit *edit : window->findChildren<QLineEdit *>())
            if (edit->isVisible() && edit->text().contains(text)) return true;
    }
    return false;
}

}  // namespace cd::test
