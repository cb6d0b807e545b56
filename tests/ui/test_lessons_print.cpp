// The printed timetable (issue 14, item 10): a teacher's and a class's lessons of the semester,
// saved as a PDF from the week grid and read back with pdftotext; without a teacher or class
// chosen nothing is written. Synthetic data only.

#include "ui/UiTestSupport.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Timetable.h"
#include "lessons/TimetableGrid.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestLessons.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("printed timetable: a teacher's and a class's lessons of the semester, as a PDF", "[ui][lessons][print]")
{
    TempVault tv;
    auto vault = tv.open();
    const TestSemester ts = addTestSemester(*vault, u"打印测试学期"_s);
    const lessons::Semester &s = ts.semester;
    lessons::Lessons repo(*vault);
    REQUIRE(repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"认识情绪"_s, {}}).ok());
    REQUIRE(repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {3, 2, 2}, -1, 0, u"学习方法"_s, {}}).ok());
    REQUIRE(repo.add(s.id, {{8, u"2"_s}, lessons::LessonKind::Lesson, {2, 3, 1}, -1, 0, u"友谊之桥"_s, {}}).ok());

    ui::TimetableGrid grid(*vault);
    grid.show();
    grid.setSemester(s);
    auto *filter = grid.filter();
    QTemporaryDir out;

    // Every lesson shown: nothing to print yet, the message says what to choose.
    const QString none = out.filePath(u"none.pdf"_s);
    ui::MessageBoxes::setNextAnswer(true);
    ui::FileDialogs::setNextSaveFileName(none);
    child<QPushButton>(&grid, u"timetablePdf"_s)->click();
    CHECK(ui::MessageBoxes::lastText().contains(u"Show only"_s));
    CHECK_FALSE(QFile::exists(none));

    // Wang's timetable: his two lessons of class 1, in week order, with the period's time.
    filter->setCurrentIndex(filter->findText(u"王老师"_s));
    const QString wang = out.filePath(u"wang.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(wang);
    ui::MessageBoxes::setNextChoice(1);  // "saved to…": OK
    child<QPushButton>(&grid, u"timetablePdf"_s)->click();
    REQUIRE(QFile::exists(wang));
    const QString text = pdfText(wang);
    INFO(text.toStdString());
    CHECK(text.contains(u"王老师"_s));
    CHECK(text.contains(u"打印测试学期"_s));
    CHECK(text.contains(u"认识情绪"_s));
    CHECK(text.contains(u"学习方法"_s));
    CHECK(text.indexOf(u"认识情绪"_s) < text.indexOf(u"学习方法"_s));
    CHECK_FALSE(text.contains(u"友谊之桥"_s));
    CHECK(text.contains(u"08:00"_s));
    CHECK_FALSE(text.contains(u"测试甲"_s));  // no student's name

    // Class 2's timetable: its one lesson, taught by Li.
    filter->setCurrentIndex(filter->findData(u"c:8:2"_s));
    REQUIRE(filter->currentIndex() > 0);
    const QString class2 = out.filePath(u"class2.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(class2);
    ui::MessageBoxes::setNextChoice(1);
    child<QPushButton>(&grid, u"timetablePdf"_s)->click();
    REQUIRE(QFile::exists(class2));
    const QString text2 = pdfText(class2);
    CHECK(text2.contains(u"友谊之桥"_s));
    CHECK(text2.contains(u"李老师"_s));
    CHECK_FALSE(text2.contains(u"认识情绪"_s));
    if (const QByteArray keep = qgetenv("CD_SCREENSHOTS"); !keep.isEmpty())
        QFile::copy(wang, QString::fromLocal8Bit(keep) + u"/timetable-teacher.pdf"_s);
}
