#include "ui/common/WindowFit.h"

#include "core/settings/Settings.h"

#include <QApplication>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {
namespace windowfit {

namespace {
// Before a window manager has framed a window, Qt does not know its frame: assume a title bar.
constexpr int kAssumedTitleBar = 32;
constexpr int kAssumedBorder = 1;
constexpr char kShownBefore[] = "cdWindowFitShownBefore";

bool isManaged(const QWidget *window)
{
    if (!window->isWindow()) return false;
    const Qt::WindowType type = window->windowType();
    if (type != Qt::Window && type != Qt::Dialog) return false;
    if (window->windowFlags() & Qt::FramelessWindowHint) return false;
    return !(window->windowState() & Qt::WindowFullScreen);
}

/// Windows with a name remember their geometry; message boxes size themselves to their text.
bool isRemembered(const QWidget *window)
{
    return !window->objectName().isEmpty() && !qobject_cast<const QMessageBox *>(window);
}

QScreen *screenOf(const QWidget *window)
{
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

void shown(QWidget *window)
{
    const bool first = !window->property(kShownBefore).toBool();
    window->setProperty(kShownBefore, true);
    bool restored = false;
    if (first && isRemembered(window)) {
        const QByteArray saved = settings::windowGeometry(window->objectName(), screenKey(screenOf(window)));
        restored = !saved.isEmpty() && window->restoreGeometry(saved);
    }
    const bool shrank = fitToScreen(window);
    // A main window laid out for a larger screen is most useful filling this one.
    if (first && !restored && shrank && qobject_cast<QMainWindow *>(window))
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void hidden(QWidget *window)
{
    if (!isRemembered(window) || !window->property(kShownBefore).toBool()) return;
    settings::setWindowGeometry(window->objectName(), screenKey(screenOf(window)), window->saveGeometry());
}

class Filter : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        // Spontaneous ones come from the window system (minimised, restored): not the app's doing.
        if ((type == QEvent::Show || type == QEvent::Hide) && !event->spontaneous() && watched->isWidgetType()) {
            auto *window = static_cast<QWidget *>(watched);
            if (isManaged(window)) {
                if (type == QEvent::Show) shown(window);
                else hidden(window);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
}  // namespace

void install()
{
    static QObject *filter = nullptr;
    if (filter || !qApp) return;
    filter = new Filter(qApp);
    qApp->installEventFilter(filter);
}

QMargins frameOf(const QWidget *window)
{
    const QWindow *handle = window->windowHandle();
    const QMargins known = handle ? handle->frameMargins() : QMargins();
    if (!known.isNull() || (window->windowFlags() & Qt::FramelessWindowHint)) return known;
    return {kAssumedBorder, kAssumedTitleBar, kAssumedBorder, kAssumedBorder};
}

bool fitToScreen(QWidget *window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) return false;
    const QRect area = screenOf(window)->availableGeometry();
    const QMargins frame = frameOf(window);
    const QSize room(area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom());
    const QSize current = window->size();
    QSize wanted = current;
    // Wrapped text needs more height at some widths than the window's minimum says: grow to what
    // the layout needs at this width.
    if (const QLayout *layout = window->layout(); layout && layout->hasHeightForWidth())
        wanted.setHeight(std::max(wanted.height(), layout->totalMinimumHeightForWidth(wanted.width())));
    // Never below the minimum: a layout that needs more than the screen is a bug the tests catch.
    const QSize size = wanted.boundedTo(room).expandedTo(window->minimumSize());
    if (size != current) window->resize(size);
    // A window the system places (never moved by the app) is placed inside the work area anyway.
    if (window->testAttribute(Qt::WA_Moved)) {
        const QSize outer = size.grownBy(frame);
        const QPoint at = window->pos();  // the frame's corner once the frame is known
        const int x = std::clamp(at.x(), area.left(), std::max(area.left(), area.right() + 1 - outer.width()));
        const int y = std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() + 1 - outer.height()));
        if (x != at.x() || y != at.y()) window->move(x, y);
    }
    return size.width() < wanted.width() || size.height() < wanted.height();
}

QString screenKey(const QScreen *screen)
{
    QString name = screen ? screen->name() : QString();
    // QSettings reads / and \ as groups (Windows names screens \\.\DISPLAY1).
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_') c = u'_';
    const QSize size = screen ? screen->geometry().size() : QSize();
    return u"%1 %2x%3"_s.arg(name.isEmpty() ? u"screen"_s : name).arg(size.width()).arg(size.height());
}

namespace {
/// Gives its page the whole viewport, or the page's minimum (for the viewport's width) when that
/// is more, and scrolls then. (QScrollArea's own resizing gives a page with wrapped text its
/// preferred height, and so scrolls even where the minimum would fit.)
class PageScroll : public QScrollArea {
public:
    explicit PageScroll(QWidget *page) : QScrollArea(page->parentWidget())
    {
        setObjectName(page->objectName() + u"Scroll"_s);
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(false);
        setWidget(page);
        // The page's own background, not the scroll area's (a tab's page is drawn as the tab).
        viewport()->setAutoFillBackground(false);
        page->setAutoFillBackground(false);
    }

    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        return widget() ? widget()->sizeHint() + QSize(frame, frame) : QScrollArea::sizeHint();
    }
    QSize minimumSizeHint() const override { return QSize(80, 60); }

protected:
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::Resize) fitPage();
        return QScrollArea::viewportEvent(event);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest) fitPage();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fitPage()
    {
        QWidget *page = widget();
        if (!page) return;
        const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
        const int width = std::max(viewport()->width(), minimum.width());
        int height = minimum.height();
        if (const QLayout *layout = page->layout(); layout && layout->hasHeightForWidth())
            height = std::max(height, layout->totalMinimumHeightForWidth(width));
        page->resize(width, std::max(viewport()->height(), height));
    }
};
}  // namespace

QWidget *scrollable(QWidget *page) { return new PageScroll(page); }

}  // namespace windowfit
}  // namespace ui
}  // namespace cd
