// Dragging a lesson in the week grid (issue 14): a drop runs the lesson dialog's move (a blocking
// conflict refused with its reason in a message, a warning asked, a free cell saved as a hand edit);
// the cell under the drag is framed by what stands in the way there; Esc cancels; one of several
// lessons in a cell is asked for; Ctrl+Z moves a dragged lesson back. The drop path is driven
// through dropLessons and through synthetic drag events sent to the grid (QDrag itself does not run
// offscreen). Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "core/lessons/Lessons.h"
#include "lessons/GridDrag.h"
#include "lessons/TimetableGrid.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QImage>
#include <QMimeData>
#include <QStringList>
#include <QTableWidget>

#include <memory>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// Shows `grid` on semester `s` as of Tuesday of week 1.
void showWeekOne(ui::TimetableGrid &grid, const lessons::Semester &s)
{
    clock::setNowForTesting(QDateTime(QDate(2026, 9, 1), QTime(9, 0)));
    grid.resize(900, 560);
    grid.show();
    grid.setSemester(s);
    clock::setNowForTesting({});
    REQUIRE(grid.week() == 1);
}

/// The centre of the grid's cell of weekday/period, in the viewport.
QPoint cellCentre(ui::TimetableGrid &grid, int weekday, int period)
{
    return grid.grid()->visualRect(grid.grid()->model()->index(period - 1, weekday - 1)).center();
}

/// Sends a drag of `data` entering the grid and moving over the cell of weekday/period; returns
/// whether the move was accepted.
bool dragOver(ui::TimetableGrid &grid, const QMimeData *data, int weekday, int period)
{
    QWidget *viewport = grid.grid()->viewport();
    const QPoint at = cellCentre(grid, weekday, period);
    QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    return move.isAccepted();
}

void dropOn(ui::TimetableGrid &grid, const QMimeData *data, int weekday, int period)
{
    QDropEvent drop(QPointF(cellCentre(grid, weekday, period)), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(grid.grid()->viewport(), &drop);
}

/// The colour painted just inside the left edge of the cell of weekday/period.
QColor frameColour(ui::TimetableGrid &grid, int weekday, int period)
{
    const QRect cell = grid.grid()->visualRect(grid.grid()->model()->index(period - 1, weekday - 1));
    const QImage image = grid.grid()->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor((QPointF(cell.left() + 1, cell.center().y()) * ratio).toPoint());
}

}  // namespace

TEST_CASE("drag to move: a drop checks like the dialog, the target framed by its conflicts, Esc cancels, undo",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    TestSemester ts = addTestSemester(*vault);
    const lessons::Semester &s = ts.semester;
    lessons::Timetable t = ts.timetable;
    t.unavailable.append({u"王老师"_s, 5, 0, 1, 1, u"培训"_s});  // Friday of week 1
    REQUIRE(lessons::Timetables(*vault).save(t).ok());
    lessons::Lessons repo(*vault);
    const lessons::ClassKey class1{8, u"1"_s}, class2{8, u"2"_s};
    const qint64 moving = *repo.add(s.id, {class1, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"情绪"_s, {}});
    REQUIRE(repo.add(s.id, {class1, lessons::LessonKind::Lesson, {1, 2, 2}, -1, 0, u"学习"_s, {}}).ok());
    const qint64 held = *repo.add(s.id, {class2, lessons::LessonKind::Lesson, {1, 4, 4}, -1, 0, u"友谊"_s, {}});
    REQUIRE(repo.deliver(held, {0, u"友谊"_s, {}, {}}).ok());

    ui::TimetableGrid grid(*vault);
    showWeekOne(grid, s);
    QTableWidget *table = grid.grid();

    // What can be dragged: a planned lesson; not a held one, not an empty cell.
    const auto drag = grid.dragFrom(1, 1);
    REQUIRE(drag.has_value());
    CHECK(drag->lessonIds == QList<qint64>{moving});
    CHECK_FALSE(grid.dragFrom(4, 4).has_value());
    CHECK_FALSE(grid.dragFrom(3, 3).has_value());

    // Onto the class's other lesson: refused with the dialog's reason, nothing moved.
    auto busy = repo.conflicts(s.id, class1, repo.get(moving)->teacherId, {1, 2, 2}, moving);
    REQUIRE(busy.ok());
    QStringList reasons;
    for (const lessons::LessonConflict &c : *busy) reasons << c.message;
    REQUIRE(reasons.size() == 2);  // the class and its teacher are busy then
    ui::MessageBoxes::setNextAnswer(true);  // the error box, skipped
    CHECK_FALSE(grid.dropLessons(*drag, 2, 2));
    CHECK(ui::MessageBoxes::lastText() == reasons.join(u'\n'));
    CHECK(repo.get(moving)->at == (lessons::LessonTime{1, 1, 1}));

    // Onto Friday, when the teacher is away: a warning asks; declined, nothing moved.
    ui::MessageBoxes::setNextAnswer(false);
    CHECK_FALSE(grid.dropLessons(*drag, 5, 1));
    CHECK(ui::MessageBoxes::lastText().contains(u"王老师"_s));
    CHECK(repo.get(moving)->at == (lessons::LessonTime{1, 1, 1}));

    // Synthetic drag events: over a blocked cell the frame is red (a drop there says why it is
    // refused), over a free one green; the drop moves the lesson there as a hand edit.
    std::unique_ptr<QMimeData> data(ui::lessonDragData(*drag));
    CHECK(dragOver(grid, data.get(), 2, 2));
    REQUIRE(grid.dropTarget().has_value());
    CHECK(grid.dropTarget()->state.blocking);
    CHECK(frameColour(grid, 2, 2) == QColor(0xc6, 0x28, 0x28));
    CHECK(dragOver(grid, data.get(), 3, 3));
    REQUIRE(grid.dropTarget().has_value());
    CHECK(grid.dropTarget()->row == 2);
    CHECK(grid.dropTarget()->column == 2);
    CHECK(grid.dropTarget()->known);
    CHECK_FALSE(grid.dropTarget()->state.blocking);
    CHECK_FALSE(grid.dropTarget()->state.warnings);
    CHECK(frameColour(grid, 3, 3) == QColor(0x2e, 0x7d, 0x32));
    CHECK(frameColour(grid, 2, 2) != QColor(0xc6, 0x28, 0x28));  // the old target is no longer framed
    CHECK(dragOver(grid, data.get(), 5, 1));
    CHECK(grid.dropTarget()->state.warnings);
    CHECK(frameColour(grid, 5, 1) == QColor(0xef, 0x6c, 0x00));
    CHECK(dragOver(grid, data.get(), 3, 3));
    dropOn(grid, data.get(), 3, 3);
    CHECK_FALSE(grid.dropTarget().has_value());
    CHECK(waitUntil([&]() { return repo.get(moving)->at == lessons::LessonTime{1, 3, 3}; }, 5000));
    auto moved = repo.get(moving);
    REQUIRE(moved.ok());
    CHECK(moved->at == (lessons::LessonTime{1, 3, 3}));
    CHECK(moved->pinned);
    CHECK(table->item(2, 2)->text().contains(u"情绪"_s));
    CHECK(table->item(0, 0)->text().isEmpty());

    // Over the cell it started from: no target, no drop.
    const auto again = grid.dragFrom(3, 3);
    REQUIRE(again.has_value());
    data.reset(ui::lessonDragData(*again));
    CHECK_FALSE(dragOver(grid, data.get(), 3, 3));
    CHECK_FALSE(grid.dropTarget().has_value());

    // Esc while dragging over a free cell: the frame goes, the drop that follows does nothing.
    CHECK(dragOver(grid, data.get(), 1, 3));
    REQUIRE(grid.dropTarget().has_value());
    QTest::keyClick(table, Qt::Key_Escape);
    CHECK_FALSE(grid.dropTarget().has_value());
    QDragMoveEvent stillMoving(cellCentre(grid, 1, 3), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &stillMoving);
    CHECK_FALSE(grid.dropTarget().has_value());
    dropOn(grid, data.get(), 1, 3);
    QCoreApplication::processEvents();
    CHECK(repo.get(moving)->at == (lessons::LessonTime{1, 3, 3}));
    // Leaving the grid takes the frame away too.
    CHECK(dragOver(grid, data.get(), 1, 3));
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(table->viewport(), &leave);
    CHECK_FALSE(grid.dropTarget().has_value());

    // Ctrl+Z moves the dragged lesson back.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.get(moving)->at == (lessons::LessonTime{1, 1, 1}));
    CHECK(table->item(0, 0)->text().contains(u"情绪"_s));

    // Two lessons in a cell: the drop asks which one moves.
    const qint64 other = *repo.add(s.id, {class2, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"友谊"_s, {}});
    grid.reload();
    const auto both = grid.dragFrom(1, 1);
    REQUIRE(both.has_value());
    REQUIRE(both->lessonIds.size() == 2);
    ui::MessageBoxes::setNextPick(int(both->lessonIds.indexOf(other)));
    CHECK(grid.dropLessons(*both, 2, 3));
    CHECK(repo.get(other)->at == (lessons::LessonTime{1, 2, 3}));
    CHECK(repo.get(moving)->at == (lessons::LessonTime{1, 1, 1}));

    // The grid mid-drag, over a free cell and over a blocked one (CD_SCREENSHOTS).
    forEachScreenshotLanguage([&](const QString &folder, const QString &language) {
        ui::TimetableGrid shot(*vault);
        showWeekOne(shot, s);
        const auto from = shot.dragFrom(1, 1);
        REQUIRE(from.has_value());
        std::unique_ptr<QMimeData> dragged(ui::lessonDragData(*from));
        CHECK(dragOver(shot, dragged.get(), 3, 3));
        shot.grab().save(folder + u"/lessons-grid-drag-free-%1.png"_s.arg(language));
        CHECK(dragOver(shot, dragged.get(), 2, 2));
        shot.grab().save(folder + u"/lessons-grid-drag-blocked-%1.png"_s.arg(language));
    });
}
