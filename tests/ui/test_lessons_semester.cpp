// The Lessons page's semesters, offscreen: the semester dialog lists every problem as it is typed,
// refuses to save (nothing written, nothing typed lost) until they are fixed, saves holidays,
// exams and periods whole; the page opens on the current semester and removes one only when the
// lead confirms. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "core/lessons/Semesters.h"
#include "lessons/LessonsPage.h"
#include "lessons/SemesterDialog.h"
#include "lessons/SemesterTables.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

lessons::Semester autumn(const QString &name, int year)
{
    lessons::Semester s;
    s.name = name;
    s.startsOn = QDate(year, 9, 1);
    s.endsOn = QDate(year + 1, 1, 15);
    s.week1Monday = QDate(year, 9, 1).addDays(1 - QDate(year, 9, 1).dayOfWeek());
    for (int i = 0; i < 8; ++i) s.periods.append({i + 1, QTime(8, 0).addSecs(i * 3000), QTime(8, 40).addSecs(i * 3000)});
    return s;
}

struct ClockPin {
    explicit ClockPin(const QDate &day) { clock::setNowForTesting(QDateTime(day, QTime(10, 0))); }
    ~ClockPin() { clock::setNowForTesting({}); }
};

}  // namespace

TEST_CASE("semester dialog: a holiday outside the semester is refused with its reason, nothing saved or lost",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::SemesterDialog dialog(*vault, ui::SemesterDialog::proposal({}, QDate(2026, 8, 31)));
    auto *problems = child<QLabel>(&dialog, u"semesterProblems"_s);
    CHECK(dialog.problems().isEmpty());  // the proposal can be saved as it is
    child<QLineEdit>(&dialog, u"semesterName"_s)->setText(u"2026–2027学年第一学期"_s);
    child<QDateEdit>(&dialog, u"semesterStarts"_s)->setDate(QDate(2026, 9, 1));
    child<QDateEdit>(&dialog, u"semesterEnds"_s)->setDate(QDate(2027, 1, 22));
    child<QDateEdit>(&dialog, u"semesterWeek1"_s)->setDate(QDate(2026, 8, 31));
    child<QPushButton>(&dialog, u"addBreak"_s)->click();
    child<QPushButton>(&dialog, u"addBreak"_s)->click();
    QTableWidget *breaks = dialog.breaksTable()->table();
    REQUIRE(breaks->rowCount() == 2);
    // National Day, right; then an exam period typed a year off: outside the semester.
    qobject_cast<QDateEdit *>(breaks->cellWidget(0, 1))->setDate(QDate(2026, 10, 1));
    qobject_cast<QDateEdit *>(breaks->cellWidget(0, 2))->setDate(QDate(2026, 10, 7));
    qobject_cast<QLineEdit *>(breaks->cellWidget(0, 3))->setText(u"国庆节"_s);
    auto *kind = qobject_cast<QComboBox *>(breaks->cellWidget(1, 0));
    kind->setCurrentIndex(kind->findData(static_cast<int>(lessons::BreakKind::Exam)));
    qobject_cast<QDateEdit *>(breaks->cellWidget(1, 1))->setDate(QDate(2027, 11, 9));
    qobject_cast<QDateEdit *>(breaks->cellWidget(1, 2))->setDate(QDate(2027, 11, 11));
    qobject_cast<QLineEdit *>(breaks->cellWidget(1, 3))->setText(u"期中考试"_s);
    // Shown before Save is pressed, naming the period and what to do.
    REQUIRE(problems->isVisibleTo(&dialog));
    CHECK(problems->text().contains(u"期中考试"_s));
    CHECK(problems->text().contains(u"outside the semester"_s));

    child<QPushButton>(&dialog, u"saveSemester"_s)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.savedId() == 0);
    CHECK(lessons::Semesters(*vault).list()->isEmpty());
    CHECK(breaks->rowCount() == 2);  // everything typed is still there
    CHECK(dialog.semester().breaks[1].label == u"期中考试"_s);

    qobject_cast<QDateEdit *>(breaks->cellWidget(1, 1))->setDate(QDate(2026, 11, 9));
    qobject_cast<QDateEdit *>(breaks->cellWidget(1, 2))->setDate(QDate(2026, 11, 11));
    CHECK_FALSE(problems->isVisibleTo(&dialog));
    child<QPushButton>(&dialog, u"addPeriod"_s)->click();  // a ninth period after the eighth
    child<QSpinBox>(&dialog, u"targetWindowWeeks"_s)->setValue(3);
    child<QPushButton>(&dialog, u"saveSemester"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = lessons::Semesters(*vault).get(dialog.savedId());
    REQUIRE(saved.ok());
    CHECK(saved->name == u"2026–2027学年第一学期"_s);
    REQUIRE(saved->breaks.size() == 2);
    CHECK(saved->breaks[0].label == u"国庆节"_s);
    CHECK(saved->breaks[1].kind == lessons::BreakKind::Exam);
    CHECK(saved->breaks[1].from == QDate(2026, 11, 9));
    CHECK(saved->periods.size() == 9);
    CHECK(saved->periods[8].starts == saved->periods[7].ends.addSecs(600));
    CHECK(saved->targets.windowWeeks == 3);
}

TEST_CASE("semester dialog: overlapping another semester is listed and refused", "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(lessons::Semesters(*vault).save(autumn(u"Autumn 2026"_s, 2026)).ok());
    lessons::Semester clash = autumn(u"Another autumn"_s, 2026);
    clash.startsOn = QDate(2026, 12, 1);
    clash.endsOn = QDate(2027, 3, 1);
    clash.week1Monday = QDate(2026, 11, 30);
    ui::SemesterDialog dialog(*vault, clash);
    CHECK(child<QLabel>(&dialog, u"semesterProblems"_s)->text().contains(u"Autumn 2026"_s));
    child<QPushButton>(&dialog, u"saveSemester"_s)->click();
    CHECK(lessons::Semesters(*vault).list()->size() == 1);
    // Moving it after the first one clears the problem, and it saves.
    child<QDateEdit>(&dialog, u"semesterStarts"_s)->setDate(QDate(2027, 2, 22));
    child<QDateEdit>(&dialog, u"semesterWeek1"_s)->setDate(QDate(2027, 2, 22));
    child<QDateEdit>(&dialog, u"semesterEnds"_s)->setDate(QDate(2027, 7, 2));
    CHECK(dialog.problems().isEmpty());
    child<QPushButton>(&dialog, u"saveSemester"_s)->click();
    CHECK(lessons::Semesters(*vault).list()->size() == 2);
    // A new semester is proposed after the last one the school has.
    const auto proposal = ui::SemesterDialog::proposal(*lessons::Semesters(*vault).list(), QDate(2026, 10, 1));
    CHECK(proposal.startsOn > QDate(2027, 7, 2));
    CHECK(lessons::semesterProblems(proposal, *lessons::Semesters(*vault).list()).isEmpty());
}

TEST_CASE("lessons page: the current semester by default, its weeks shaded, removed only when confirmed",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    lessons::Semester first = autumn(u"Autumn 2025"_s, 2025);
    lessons::Semester second = autumn(u"Autumn 2026"_s, 2026);
    second.breaks.append({lessons::BreakKind::Holiday, QDate(2026, 10, 1), QDate(2026, 10, 7), u"国庆节"_s});
    second.breaks.append({lessons::BreakKind::Exam, QDate(2026, 11, 9), QDate(2026, 11, 11), u"期中考试"_s});
    REQUIRE(lessons::Semesters(*vault).save(first).ok());
    REQUIRE(lessons::Semesters(*vault).save(second).ok());
    ClockPin pin(QDate(2026, 10, 20));

    ui::LessonsPage page(*vault);
    page.show();
    auto *chooser = child<QComboBox>(&page, u"lessonsSemester"_s);
    CHECK(chooser->currentText() == u"Autumn 2026"_s);
    CHECK(child<QLabel>(&page, u"semesterSummary"_s)->text().contains(u"2026-09-01"_s));
    auto *weeks = child<QTableWidget>(&page, u"semesterWeeksTable"_s);
    REQUIRE(weeks->rowCount() > 18);
    int holidayRow = -1;
    for (int r = 0; r < weeks->rowCount(); ++r)
        if (weeks->item(r, 3)->text().contains(u"国庆节"_s)) holidayRow = r;
    REQUIRE(holidayRow >= 0);
    CHECK(weeks->item(holidayRow, 3)->background().color() != weeks->item(0, 3)->background().color());

    ui::MessageBoxes::setNextAnswer(false);
    child<QPushButton>(&page, u"removeSemester"_s)->click();
    CHECK(ui::MessageBoxes::lastText().contains(u"Autumn 2026"_s));
    CHECK(lessons::Semesters(*vault).list()->size() == 2);
    ui::MessageBoxes::setNextAnswer(true);
    child<QPushButton>(&page, u"removeSemester"_s)->click();
    REQUIRE(lessons::Semesters(*vault).list()->size() == 1);
    CHECK(chooser->count() == 1);
    CHECK(chooser->currentText() == u"Autumn 2025"_s);
}
