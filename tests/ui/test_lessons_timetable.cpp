// The Lessons page's timetable inputs, offscreen: teachers typed in (a duplicate refused with its
// reason, nothing saved), every roster class given its teacher, an unavailable time with its weeks
// the wrong way round refused, open slots clicked through every/odd/even on the grid and copied to
// the grade, all saved whole; unsaved edits are not lost when another semester is chosen.
// Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "core/lessons/Semesters.h"
#include "core/lessons/Timetable.h"
#include "lessons/LessonsPage.h"
#include "lessons/SlotGrid.h"
#include "lessons/TimetableInputs.h"
#include "lessons/TimetableTables.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

lessons::Semester semesterFrom(const QString &name, const QDate &monday)
{
    lessons::Semester s;
    s.name = name;
    s.startsOn = monday;
    s.week1Monday = monday;
    s.endsOn = monday.addDays(18 * 7 - 3);
    for (int i = 0; i < 6; ++i) s.periods.append({i + 1, QTime(8, 0).addSecs(i * 3000), QTime(8, 40).addSecs(i * 3000)});
    return s;
}

void setCombo(QTableWidget *table, int row, int column, const QString &text)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    REQUIRE(combo != nullptr);
    REQUIRE(combo->findText(text) >= 0);
    combo->setCurrentIndex(combo->findText(text));
}

/// Clicks the slot grid's cell of `weekday` and `period` as a user would.
void clickSlot(QTableWidget *grid, int weekday, int period)
{
    const QRect cell = grid->visualRect(grid->model()->index(period - 1, weekday - 1));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
}

struct School {
    TempVault tv;
    std::unique_ptr<vault::Vault> vault = tv.open();
    qint64 autumn = 0, spring = 0;
    School()
    {
        addTestStudent(*vault, u"S1"_s, u"测试甲"_s, {}, 8, u"1"_s);
        addTestStudent(*vault, u"S2"_s, u"测试乙"_s, {}, 8, u"2"_s);
        addTestStudent(*vault, u"S3"_s, u"测试丙"_s, {}, 8, u"3"_s);
        addTestStudent(*vault, u"S4"_s, u"测试丁"_s, {}, 9, u"1"_s);
        autumn = *lessons::Semesters(*vault).save(semesterFrom(u"Autumn"_s, QDate(2026, 8, 31)));
        spring = *lessons::Semesters(*vault).save(semesterFrom(u"Spring"_s, QDate(2027, 2, 22)));
    }
};

}  // namespace

TEST_CASE("timetable inputs: teachers, classes, unavailable times and clicked slots saved whole, problems refused",
          "[ui][lessons]")
{
    School school;
    ui::TimetableInputs inputs(*school.vault);
    inputs.resize(900, 600);
    inputs.show();
    REQUIRE(inputs.setSemester(*lessons::Semesters(*school.vault).get(school.autumn)));
    auto *problems = child<QLabel>(&inputs, u"timetableProblems"_s);
    QTableWidget *teachers = inputs.teachersTable()->table();

    child<QPushButton>(&inputs, u"addTeacher"_s)->click();
    child<QPushButton>(&inputs, u"addTeacher"_s)->click();
    typeInto(qobject_cast<QLineEdit *>(teachers->cellWidget(0, 0)), u"王老师"_s);
    typeInto(qobject_cast<QLineEdit *>(teachers->cellWidget(1, 0)), u"王老师"_s);
    qobject_cast<QSpinBox *>(teachers->cellWidget(0, 2))->setValue(3);
    REQUIRE(problems->isVisibleTo(&inputs));
    CHECK(problems->text().contains(u"listed twice"_s));
    child<QPushButton>(&inputs, u"saveTimetable"_s)->click();
    CHECK(lessons::Timetables(*school.vault).load(school.autumn)->isEmpty());  // nothing saved
    CHECK(inputs.isDirty());
    typeInto(qobject_cast<QLineEdit *>(teachers->cellWidget(1, 0)), u"李老师"_s);
    CHECK_FALSE(problems->isVisibleTo(&inputs));

    // Every roster class is listed; the new teachers are there to choose.
    QTableWidget *classes = inputs.assignmentsTable()->table();
    REQUIRE(classes->rowCount() == 4);
    setCombo(classes, 0, 1, u"王老师"_s);
    setCombo(classes, 1, 1, u"王老师"_s);
    setCombo(classes, 2, 1, u"李老师"_s);
    setCombo(classes, 3, 1, u"李老师"_s);

    // An unavailable time whose weeks are the wrong way round is named; turned round it is fine.
    child<QPushButton>(&inputs, u"addUnavailable"_s)->click();
    QTableWidget *away = inputs.unavailableTable()->table();
    setCombo(away, 0, 0, u"李老师"_s);
    qobject_cast<QSpinBox *>(away->cellWidget(0, 3))->setValue(6);
    qobject_cast<QSpinBox *>(away->cellWidget(0, 4))->setValue(4);
    CHECK(problems->text().contains(u"李老师"_s));
    child<QPushButton>(&inputs, u"saveTimetable"_s)->click();
    CHECK(lessons::Timetables(*school.vault).load(school.autumn)->isEmpty());
    qobject_cast<QSpinBox *>(away->cellWidget(0, 4))->setValue(8);

    // Open slots: Monday period 1 clicked once (every week), Wednesday period 2 twice (odd weeks),
    // Friday period 3 four times (back to closed); then copied to the other classes of grade 8.
    ui::SlotGrid *slots = inputs.slotGrid();
    child<QTabWidget>(&inputs, u"timetableTabs"_s)->setCurrentWidget(slots);
    slots->showClass(0);
    QTableWidget *grid = slots->grid();
    REQUIRE(grid->columnCount() == 5);
    REQUIRE(grid->rowCount() == 6);
    clickSlot(grid, 1, 1);
    clickSlot(grid, 3, 2);
    clickSlot(grid, 3, 2);
    for (int i = 0; i < 4; ++i) clickSlot(grid, 5, 3);
    CHECK(grid->item(0, 0)->text() == lessons::slotWeeksName(lessons::SlotWeeks::Every));
    CHECK(grid->item(1, 2)->text() == lessons::slotWeeksName(lessons::SlotWeeks::Odd));
    CHECK(grid->item(2, 4)->text().isEmpty());
    ui::MessageBoxes::setNextAnswer(true);
    child<QPushButton>(&inputs, u"copySlotsToGrade"_s)->click();
    slots->showClass(3);  // grade 9: not copied to
    CHECK(grid->item(0, 0)->text().isEmpty());

    child<QPushButton>(&inputs, u"saveTimetable"_s)->click();
    CHECK_FALSE(inputs.isDirty());
    auto saved = lessons::Timetables(*school.vault).load(school.autumn);
    REQUIRE(saved.ok());
    REQUIRE(saved->teachers.size() == 2);
    CHECK(saved->teacher(u"王老师"_s)->maxPerDay == 3);
    CHECK(saved->assignments.size() == 4);
    CHECK(saved->teacherOf({8, u"3"_s}) == u"李老师"_s);
    REQUIRE(saved->unavailable.size() == 1);
    CHECK(saved->unavailable[0].firstWeek == 6);
    CHECK(saved->unavailable[0].lastWeek == 8);
    CHECK(saved->slots.size() == 6);  // two slots in each class of grade 8
    CHECK(saved->slotsOf({8, u"2"_s}).size() == 2);
    CHECK(saved->slotsOf({9, u"1"_s}).isEmpty());
    for (const lessons::ClassSlot &s : saved->slotsOf({8, u"3"_s}))
        CHECK(s.weeks == (s.weekday == 1 ? lessons::SlotWeeks::Every : lessons::SlotWeeks::Odd));
}

TEST_CASE("timetable inputs: unsaved edits stay when the counselor cancels choosing another semester, and copied forward",
          "[ui][lessons]")
{
    School school;
    ui::LessonsPage page(*school.vault);
    page.show();
    auto *chooser = child<QComboBox>(&page, u"lessonsSemester"_s);
    chooser->setCurrentIndex(chooser->findText(u"Autumn"_s));
    ui::TimetableInputs *inputs = page.timetableInputs();
    child<QPushButton>(inputs, u"addTeacher"_s)->click();
    typeInto(qobject_cast<QLineEdit *>(inputs->teachersTable()->table()->cellWidget(0, 0)), u"王老师"_s);
    REQUIRE(inputs->isDirty());

    ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Cancel);
    chooser->setCurrentIndex(chooser->findText(u"Spring"_s));
    CHECK(chooser->currentText() == u"Autumn"_s);
    CHECK(inputs->teachersTable()->names() == QStringList{u"王老师"_s});

    ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Save);
    chooser->setCurrentIndex(chooser->findText(u"Spring"_s));
    CHECK(chooser->currentText() == u"Spring"_s);
    CHECK(lessons::Timetables(*school.vault).load(school.autumn)->teachers.size() == 1);
    CHECK(inputs->teachersTable()->names().isEmpty());

    child<QPushButton>(inputs, u"copyTimetable"_s)->click();  // from autumn, not saved yet
    CHECK(inputs->teachersTable()->names() == QStringList{u"王老师"_s});
    CHECK(inputs->isDirty());
    CHECK(lessons::Timetables(*school.vault).load(school.spring)->isEmpty());
}
