#include "ui/UiTestSupport.h"
#include "audit/AuditTarget.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "students/RosterImportDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentRecordDialog.h"
#include "students/StudentsPage.h"
#include "students/WatchListPage.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const char *name) { return QStringLiteral(CD_TEST_DATA_DIR "/roster/") + QString::fromLatin1(name); }

/// Imports a fixture through the real dialog: choose file, check rows, import.
void importThroughDialog(ui::StudentsPage &page, const char *file, int expectedWrites)
{
    whenShown<ui::RosterImportDialog>([file, expectedWrites](ui::RosterImportDialog *dialog) {
        ui::FileDialogs::setNextOpenFileName(fixture(file));
        child<QPushButton>(dialog, u"chooseRosterFile"_s)->click();
        auto *check = child<QPushButton>(dialog, u"rosterCheck"_s);
        REQUIRE(check->isEnabled());
        check->click();
        auto *import = child<QPushButton>(dialog, u"rosterImport"_s);
        CHECK(child<QLabel>(dialog, u"dryRunSummary"_s)->text().contains(u"Nothing has been written yet"_s));
        CHECK(import->text().contains(QString::number(expectedWrites)));
        ui::MessageBoxes::setNextAnswer(true);  // the "imported" notice
        import->click();
    });
    page.importRoster();
}
}  // namespace

TEST_CASE("ui: import a roster, then find students by name, pinyin initials, number and class", "[ui][students]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::StudentsPage page(*vault);
    page.show();
    QAbstractItemModelTester tester(page.view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.visibleCount() == 0);

    importThroughDialog(page, "roster-utf8-bom.csv", 4);
    CHECK(page.visibleCount() == 4);
    CHECK(ui::MessageBoxes::lastText().contains(u"4 added"_s));

    page.setQuery(u"zs"_s);
    REQUIRE(page.visibleCount() == 1);
    CHECK(page.view()->model()->index(0, ui::StudentListModel::Name).data().toString() == u"张三"_s);
    page.setQuery(u"lixiao"_s);
    CHECK(page.visibleCount() == 1);
    page.setQuery(u"2026002"_s);
    CHECK(page.visibleCount() == 1);
    page.setQuery(u"class 4"_s);
    CHECK(page.visibleCount() == 1);
    page.setQuery(u"nobody-here"_s);
    CHECK(page.visibleCount() == 0);
    page.setQuery(QString());
    auto *grade = child<QComboBox>(&page, u"gradeFilter"_s);
    grade->setCurrentIndex(grade->findData(8));
    CHECK(page.visibleCount() == 0);
    grade->setCurrentIndex(grade->findData(7));
    CHECK(page.visibleCount() == 4);
    auto *klass = child<QComboBox>(&page, u"classFilter"_s);
    REQUIRE(klass->isEnabled());
    CHECK(klass->count() == 3);  // all, class 3, class 4
    klass->setCurrentIndex(klass->findData(u"3"_s));
    CHECK(page.visibleCount() == 3);
    grade->setCurrentIndex(0);
    CHECK_FALSE(klass->isEnabled());
    CHECK(page.visibleCount() == 4);
}

TEST_CASE("ui: a broken roster file is explained and nothing is imported", "[ui][students]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::RosterImportDialog dialog(*vault);
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.loadFile(fixture("roster-unclosed-quote.csv")));
    CHECK(ui::MessageBoxes::lastText().contains(u"line 2"_s));
    REQUIRE(dialog.loadFile(fixture("roster-no-number-column.csv")));
    CHECK_FALSE(child<QPushButton>(&dialog, u"rosterCheck"_s)->isEnabled());
    CHECK(child<QLabel>(&dialog, u"mappingProblem"_s)->text().contains(u"student number"_s));
    // Mapping a column by hand makes it importable.
    auto *name = child<QComboBox>(&dialog, u"map_name"_s);
    name->setCurrentIndex(name->findData(-1));
    auto *combo = child<QComboBox>(&dialog, u"map_student_no"_s);
    combo->setCurrentIndex(combo->findData(0));
    CHECK(child<QPushButton>(&dialog, u"rosterCheck"_s)->isEnabled());
}

TEST_CASE("ui: opening a growth record is audited, edits are saved, and the access history shows", "[ui][students]")
{
    TempVault tv;
    auto vault = tv.open();
    {
        ui::StudentsPage page(*vault);
        importThroughDialog(page, "roster-utf8.csv", 4);
    }
    students::StudentRepository repo(*vault);
    auto found = repo.findByNumber(u"2026001"_s);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const qint64 id = (*found)->id;
    {
        ui::StudentRecordDialog dialog(*vault, id);
        REQUIRE(dialog.loaded());
        dialog.show();
        CHECK(dialog.windowTitle().contains(u"张三"_s));
        auto *status = child<QPlainTextEdit>(&dialog, u"psychStatus"_s);
        status->insertPlainText(u"Adjusting well to junior high; watch exam stress."_s);  // as typed
        child<QCheckBox>(&dialog, u"leftBehind"_s)->setChecked(true);
        auto *guardians = child<QTableWidget>(&dialog, u"guardiansTable"_s);
        guardians->item(0, 0)->setText(u"张奶奶"_s);
        guardians->item(0, 2)->setText(u"13900000000"_s);
        CHECK(dialog.isModified());
        REQUIRE(dialog.save());
        CHECK_FALSE(dialog.isModified());
        status->undo();  // the editors keep their undo history
        CHECK(status->toPlainText().isEmpty());
        ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Discard);  // the undone change
        dialog.reject();
    }
    auto record = repo.growthRecord(id);
    REQUIRE(record.ok());
    CHECK(record->psychStatus.contains(u"exam stress"_s));
    CHECK(record->leftBehind);
    REQUIRE(record->guardians.size() == 1);
    CHECK(record->guardians[0].phone == u"13900000000"_s);

    auto rows = vault->audit().recent(10, cd::audit::studentTarget(id));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).action == QLatin1String(audit::action::StudentEdited));
    CHECK(rows->at(1).action == QLatin1String(audit::action::StudentViewed));

    ui::StudentRecordDialog again(*vault, id);
    auto *access = child<QTableWidget>(&again, u"accessHistory"_s);
    CHECK(access->rowCount() == 3);  // this opening, the edit, the first opening
    CHECK(access->item(0, 1)->text() == u"Lead Counselor"_s);  // the display name, not the login
}

TEST_CASE("ui: the watch list is set from the record and overdue reviews stand out", "[ui][students][watch]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"W9"_s, u"丁同学"_s);
    {
        ui::StudentRecordDialog dialog(*vault, id);
        REQUIRE(dialog.loaded());
        auto *level = child<QComboBox>(&dialog, u"watchLevel"_s);
        level->setCurrentIndex(level->findData(u"high"_s));
        typeInto(child<QLineEdit>(&dialog, u"watchReason"_s), u"withdrawn in class"_s);
        child<QDateEdit>(&dialog, u"watchReview"_s)->setDate(QDate::currentDate().addDays(-1));
        REQUIRE(dialog.save());
    }
    ui::StudentsPage students(*vault);
    auto *focus = child<QComboBox>(&students, u"focusFilter"_s);
    focus->setCurrentIndex(2);  // high risk or crisis
    CHECK(students.visibleCount() == 1);
    focus->setCurrentIndex(3);  // with an open case
    CHECK(students.visibleCount() == 0);

    ui::WatchListPage page(*vault);
    page.reload();
    CHECK(page.rowCount() == 1);
    CHECK(page.overdueCount() == 1);
    CHECK(child<QLabel>(&page, u"watchSummary"_s)->text().contains(u"1"_s));
    auto rows = vault->audit().recent(5, cd::audit::studentTarget(id));
    bool audited = false;
    for (const auto &e : *rows) audited |= e.action == QLatin1String(audit::action::WatchChanged) && e.detail == u"high"_s;
    CHECK(audited);
}

TEST_CASE("ui: move a student to another class and mark a transfer from the record", "[ui][students]")
{
    TempVault tv;
    auto vault = tv.open();
    students::StudentRepository repo(*vault);
    const qint64 id = addTestStudent(*vault, u"M1"_s, u"周同学"_s);
    ui::StudentRecordDialog dialog(*vault, id);
    REQUIRE(dialog.loaded());
    whenShown<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(u"初二(3)班"_s);
        input->accept();
    });
    child<QPushButton>(&dialog, u"moveClassButton"_s)->click();
    CHECK(repo.get(id)->grade == 8);
    CHECK(repo.get(id)->klass == u"3"_s);
    ui::MessageBoxes::setNextAnswer(true);
    child<QPushButton>(&dialog, u"transferButton"_s)->click();
    CHECK(repo.get(id)->status == students::Enrolment::Transferred);
    CHECK(repo.classHistory(id)->size() == 2);
}

TEST_CASE("ui: the room lead promotes the school year and purges old records after confirming", "[ui][students]")
{
    TempVault tv;  // a junior high school: grades 7–9
    auto vault = tv.open();
    students::StudentRepository repo(*vault);
    students::Student s;
    s.name = u"吴同学"_s;
    s.studentNo = u"G1"_s;
    s.grade = 9;
    s.klass = u"1"_s;
    const qint64 senior = *repo.save(s);
    s.studentNo = u"G2"_s;
    s.grade = 7;
    const qint64 junior = *repo.save(s);
    s.studentNo = u"G3"_s;
    s.status = students::Enrolment::Transferred;
    s.leftOn = QDate::currentDate().addYears(-10);
    const qint64 longGone = *repo.save(s);

    ui::StudentsPage page(*vault);
    // The search field's hint shows whole beside the filters, in a window of a small screen.
    page.resize(900, 600);
    page.show();
    QApplication::processEvents();
    auto *search = child<QLineEdit>(&page, u"studentSearch"_s);
    CHECK(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()) + 16);
    // The school-year menu's button has room for its text and, beside it, the menu's arrow.
    auto *yearButton = child<QPushButton>(&page, u"studentsMoreButton"_s);
    REQUIRE(yearButton->menu() != nullptr);
    CHECK(yearButton->sizeHint().width()
          >= yearButton->fontMetrics().horizontalAdvance(yearButton->text().remove(u'&'))
                 + yearButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, yearButton));
    ui::MessageBoxes::setNextAnswer(false);
    page.promoteSchoolYear();
    CHECK(repo.get(junior)->grade == 7);  // declined: nothing changed
    ui::MessageBoxes::setNextAnswer(true);
    page.promoteSchoolYear();
    CHECK(repo.get(junior)->grade == 8);
    CHECK(repo.get(senior)->status == students::Enrolment::Graduated);

    ui::MessageBoxes::setNextAnswer(true);
    page.purgeOldRecords();
    CHECK(ui::MessageBoxes::lastText().contains(u"G3"_s));
    CHECK_FALSE(repo.get(longGone).ok());
    CHECK(repo.get(senior).ok());  // graduated today: kept until the retention time passes
}
