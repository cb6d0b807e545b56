// Every window opens inside its screen and where it was last time on that screen
// (ui/common/WindowFit.h), on the offscreen platform's default screen. The screens school PCs
// have, with every real window, are in test_screen_sizes.cpp.
#include "ui/UiTestSupport.h"

#include "common/WindowFit.h"
#include "settings/Settings.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QScreen>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}
}  // namespace

TEST_CASE("windows: every window opens inside its screen, where it was last time on that screen", "[ui][windows]")
{
    ui::windowfit::install();
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect area = screen->availableGeometry();
    const QString key = ui::windowfit::screenKey(screen);
    CHECK(key.contains(u"%1x%2"_s.arg(screen->geometry().width()).arg(screen->geometry().height())));

    // Laid out for a larger screen: shrunk into this one, frame included.
    {
        QDialog dialog;
        dialog.setObjectName(u"windowFitProbe"_s);
        dialog.resize(area.width() + 300, area.height() + 200);
        dialog.show();
        REQUIRE(waitUntil([&]() { return dialog.isVisible(); }));
        settle();
        CHECK(area.adjusted(-1, -1, 1, 1).contains(dialog.frameGeometry()));
        // The user puts it somewhere and closes it.
        dialog.setGeometry(QRect(area.topLeft() + QPoint(40, 50), QSize(320, 240)));
        settle();
        dialog.hide();
    }
    CHECK_FALSE(settings::windowGeometry(u"windowFitProbe"_s, key).isEmpty());
    // The next one opens there, at that size.
    {
        QDialog dialog;
        dialog.setObjectName(u"windowFitProbe"_s);
        dialog.resize(600, 500);
        dialog.show();
        REQUIRE(waitUntil([&]() { return dialog.isVisible(); }));
        settle();
        CHECK(dialog.size() == QSize(320, 240));
        CHECK(dialog.geometry().topLeft() == area.topLeft() + QPoint(40, 50));
        dialog.hide();
    }
    // Where the remembered place no longer fits (another arrangement of the same screen), the
    // window still opens inside the screen.
    QDialog far;
    far.setObjectName(u"windowFitProbe"_s);
    far.setGeometry(QRect(area.bottomRight() - QPoint(100, 100), QSize(320, 240)));
    settings::setWindowGeometry(u"windowFitProbe"_s, key, far.saveGeometry());
    {
        QDialog dialog;
        dialog.setObjectName(u"windowFitProbe"_s);
        dialog.show();
        REQUIRE(waitUntil([&]() { return dialog.isVisible(); }));
        settle();
        CHECK(area.adjusted(-1, -1, 1, 1).contains(dialog.frameGeometry()));
        dialog.hide();
    }
}
