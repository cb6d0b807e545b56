// The Lessons page's week grid, offscreen: a planned lesson shown in its cell, moved in its dialog
// with a conflict shown at once and refused, moved to a free time, undone with Ctrl+Z, then marked
// delivered with its materials and reflection; the filter keeps one teacher's lessons; a cell of
// several lessons coloured by the one that needs the counselor. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Timetable.h"
#include "lessons/LessonDialog.h"
#include "lessons/TimetableGrid.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("week grid: a move with a conflict is refused at once, a free move saved and undone, a lesson delivered",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    const TestSemester ts = addTestSemester(*vault);
    const lessons::Semester &s = ts.semester;
    lessons::Lessons repo(*vault);
    const qint64 first = *repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"情绪"_s, {}});
    REQUIRE(repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {1, 2, 2}, -1, 0, u"学习"_s, {}}).ok());
    REQUIRE(repo.add(s.id, {{8, u"2"_s}, lessons::LessonKind::Lesson, {1, 3, 1}, -1, 0, u"友谊"_s, {}}).ok());
    clock::setNowForTesting(QDateTime(QDate(2026, 9, 1), QTime(9, 0)));

    ui::TimetableGrid grid(*vault);
    grid.resize(900, 600);
    grid.show();
    grid.setSemester(s);
    clock::setNowForTesting({});
    REQUIRE(grid.week() == 1);
    QTableWidget *table = grid.grid();
    CHECK(table->item(0, 0)->text().contains(u"情绪"_s));
    CHECK(table->item(0, 0)->text().contains(u"王老师"_s));
    CHECK(table->item(0, 2)->text().contains(u"友谊"_s));

    // The filter: Li's lessons only.
    auto *filter = grid.filter();
    filter->setCurrentIndex(filter->findText(u"李老师"_s));
    CHECK(table->item(0, 0)->text().isEmpty());
    CHECK(table->item(0, 2)->text().contains(u"友谊"_s));
    filter->setCurrentIndex(0);

    {  // Monday period 1 → Tuesday period 2: the class already has a lesson then; refused, nothing moved.
        auto original = repo.get(first);
        REQUIRE(original.ok());
        ui::LessonDialog dialog(*vault, s, *original);
        auto *weekday = child<QComboBox>(&dialog, u"lessonWeekday"_s);
        auto *period = child<QComboBox>(&dialog, u"lessonPeriod"_s);
        weekday->setCurrentIndex(weekday->findData(2));
        period->setCurrentIndex(period->findData(2));
        CHECK_FALSE(dialog.conflicts().isEmpty());  // shown before Save
        CHECK(child<QLabel>(&dialog, u"lessonConflicts"_s)->text().contains(dialog.conflicts().first().message));
        child<QPushButton>(&dialog, u"saveLesson"_s)->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(repo.get(first)->at == (lessons::LessonTime{1, 1, 1}));
    }

    // Through the grid: a free time (Thursday period 4), saved; Ctrl+Z moves it back.
    whenShown<ui::LessonDialog>([](ui::LessonDialog *dialog) {
        auto *weekday = child<QComboBox>(dialog, u"lessonWeekday"_s);
        auto *period = child<QComboBox>(dialog, u"lessonPeriod"_s);
        weekday->setCurrentIndex(weekday->findData(4));
        period->setCurrentIndex(period->findData(4));
        CHECK(dialog->conflicts().isEmpty());
        child<QPushButton>(dialog, u"saveLesson"_s)->click();
    });
    grid.openCell(1, 1);
    CHECK(repo.get(first)->at == (lessons::LessonTime{1, 4, 4}));
    CHECK(table->item(3, 3)->text().contains(u"情绪"_s));
    CHECK(table->item(0, 0)->text().isEmpty());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.get(first)->at == (lessons::LessonTime{1, 1, 1}));
    CHECK(table->item(0, 0)->text().contains(u"情绪"_s));

    // Delivered, with materials and a reflection.
    whenShown<ui::LessonDialog>([](ui::LessonDialog *dialog) {
        auto *status = child<QComboBox>(dialog, u"lessonStatus"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(lessons::LessonStatus::Delivered)));
        child<QPlainTextEdit>(dialog, u"lessonMaterials"_s)->setPlainText(u"情绪卡片"_s);
        child<QPlainTextEdit>(dialog, u"lessonReflection"_s)->setPlainText(u"学生参与积极"_s);
        child<QPushButton>(dialog, u"saveLesson"_s)->click();
    });
    grid.openCell(1, 1);
    auto held = repo.get(first);
    REQUIRE(held.ok());
    CHECK(held->status == lessons::LessonStatus::Delivered);
    CHECK(held->materials == u"情绪卡片"_s);
    CHECK(held->reflection == u"学生参与积极"_s);
    CHECK(table->item(0, 0)->background().color() == ui::statusColour(lessons::LessonStatus::Delivered));

    // Another class's lesson in the same cell, still planned: the cell takes the colour of what
    // still needs doing, whichever lesson comes last; a cancelled one before that.
    auto second = repo.add(s.id, {{8, u"2"_s}, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"友谊"_s, {}});
    auto third = repo.add(s.id, {{8, u"3"_s}, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"学习"_s, {}});
    REQUIRE(second.ok());
    REQUIRE(third.ok());
    REQUIRE(repo.deliver(*third, {}).ok());
    grid.reload();
    CHECK(table->item(0, 0)->text().count(u'\n') == 2);
    CHECK(table->item(0, 0)->background().color() == ui::statusColour(lessons::LessonStatus::Planned));
    REQUIRE(repo.cancel(*second, u"运动会"_s).ok());
    grid.reload();
    CHECK(table->item(0, 0)->background().color() == ui::statusColour(lessons::LessonStatus::Cancelled));
}
