#pragma once
// Every window opens on its screen. School PCs are often 1366×768 at 125 % or 150 % (a work area
// of about 1093×576 or 910×480 logical pixels), so a window laid out for a larger screen must not
// open taller than the screen. One filter on the application handles every top-level window (the
// main window, dialogs, the wizard, message boxes) when it is shown:
//   - the first time a window with an object name is shown, it gets the place and size it had when
//     it was last closed on this screen (a screen is its name and its logical size, so the same
//     monitor at another scaling is another screen);
//   - then its frame is moved and shrunk into the screen's available area (never below the
//     window's minimum size: the layouts keep those small enough, tests/ui/test_screen_sizes.cpp);
//   - a main window that would not fit opens maximised;
//   - when it is hidden, its place and size are remembered for that screen.
// Frameless windows (the kiosk fills its screen by itself), popups and tool tips are left alone.

#include <QMargins>
#include <QString>

class QScreen;
class QWidget;

namespace cd {
namespace ui {
namespace windowfit {

/// Installs the filter on the application; later calls do nothing.
void install();

/// Moves and shrinks `window` (a top-level widget) so that its frame lies inside the available
/// area of its screen; returns whether it had to shrink.
bool fitToScreen(QWidget *window);

/// The frame around `window`: what the window system reports, or, before the window manager has
/// framed it, a title bar's worth on top.
QMargins frameOf(const QWidget *window);

/// Names a screen for the remembered geometry: its name and logical size ("HDMI-1 1366x768").
QString screenKey(const QScreen *screen);

/// `page` in a frameless scroll area: it fills whatever room it gets and scrolls when a small
/// screen gives it less than its minimum, so that a tall tab or page does not make its window
/// taller than the screen. The scroll area takes the page's object name plus "Scroll".
QWidget *scrollable(QWidget *page);

}  // namespace windowfit
}  // namespace ui
}  // namespace cd
