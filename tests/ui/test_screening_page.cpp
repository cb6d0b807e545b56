// The screening page and its dialogs driven as a counselor would: a run made in the run dialog,
// an answer file mapped and imported (and one with mistakes refused until the counselor chooses
// to leave those rows out), a school's definition loaded and the run rescored, the run closed.

#include "ui/UiTestSupport.h"
#include "storage/Database.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "screening/AnswerImportDialog.h"
#include "screening/InstrumentsDialog.h"
#include "screening/RunDialog.h"
#include "screening/RunRepository.h"
#include "screening/ScreeningPage.h"
#include "screening/SheetStore.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name) { return QStringLiteral(CD_TEST_DATA_DIR "/screening/") + name; }

void addSchool(vault::Vault &vault)
{
    for (int i = 1; i <= 8; ++i)
        addTestStudent(vault, u"202600%1"_s.arg(i), u"学生%1"_s.arg(i), {}, 7, QString::number(1 + i % 2));
    addTestStudent(vault, u"2026901"_s, u"九年级"_s, {}, 9);
}

void check(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code) list->item(i)->setCheckState(Qt::Checked);
}

}  // namespace

TEST_CASE("ui: a run is made in the run dialog with its instruments and grades", "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    ui::RunDialog dialog(*vault, screening::Run{}, false);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, u"runName"_s), u"2026 秋季筛查"_s);
    check(child<QListWidget>(&dialog, u"runInstruments"_s), u"PHQ-9"_s);
    auto *targets = child<QTreeWidget>(&dialog, u"runTargets"_s);
    REQUIRE(targets->topLevelItemCount() == 2);  // grades 7 and 9
    targets->topLevelItem(0)->setCheckState(0, Qt::Checked);
    CHECK(child<QLabel>(&dialog, u"runExpected"_s)->text().startsWith(u"8 student"_s));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto run = screening::RunRepository(*vault).byName(u"2026 秋季筛查"_s);
    REQUIRE(run.ok());
    CHECK(run->targets == QList<screening::RunTarget>{{7, {}}});
    CHECK(screening::RunRepository(*vault).participants(run->id)->size() == 8);

    // The same name again: the reason is shown and the dialog stays open.
    ui::RunDialog again(*vault, screening::Run{}, false);
    again.show();
    typeInto(child<QLineEdit>(&again, u"runName"_s), u"2026 秋季筛查"_s);
    check(child<QListWidget>(&again, u"runInstruments"_s), u"GAD-7"_s);
    child<QTreeWidget>(&again, u"runTargets"_s)->topLevelItem(1)->child(0)->setCheckState(0, Qt::Checked);
    again.accept();
    CHECK(again.isVisible());
    CHECK(child<QLabel>(&again, u"runError"_s)->text().contains(u"already a run"_s));
}

TEST_CASE("ui: an answer file is mapped, checked and imported from the dialog", "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});

    SECTION("a clean file with 1–4 answers")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        REQUIRE(dialog.loadFile(fixture(u"phq9-one-to-four.csv"_s)));
        CHECK(child<QComboBox>(&dialog, u"studentNoColumn"_s)->currentData().toInt() == 0);
        CHECK(child<QComboBox>(&dialog, u"itemColumn_9"_s)->currentData().toInt() == 10);
        CHECK(child<QComboBox>(&dialog, u"code_4"_s)->currentData().toInt() == 3);
        CHECK(child<QLabel>(&dialog, u"answerMappingProblem"_s)->text().isEmpty());
        child<QPushButton>(&dialog, u"answerCheck"_s)->click();
        CHECK(child<QLabel>(&dialog, u"answerImportSummary"_s)->text().startsWith(u"5 sheet"_s));
        auto *import = child<QPushButton>(&dialog, u"answerImport"_s);
        REQUIRE(import->isEnabled());
        ui::MessageBoxes::setNextAnswer(true);
        ui::MessageBoxes::setNextChoice(3);  // student 5's item 9: the critical summary, "Close"
        import->click();
        CHECK(ui::MessageBoxes::lastText().contains(u"1 student(s) gave a critical answer"_s));
        CHECK(ui::MessageBoxes::lastText().contains(u"学生5"_s));
        CHECK(screening::RunRepository(*vault).progress(run)->taken.value(u"PHQ-9"_s) == 5);
    }
    SECTION("the header row is shown as the file's own row number")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        REQUIRE(dialog.loadFile(fixture(u"phq9-letters.xlsx"_s)));
        CHECK(child<QSpinBox>(&dialog, u"headerRow"_s)->value() == 2);  // a title row above it
        CHECK(child<QComboBox>(&dialog, u"itemColumn_1"_s)->currentData().toInt() == 2);
    }
    SECTION("changing a column to none is a problem named before any row is read")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        REQUIRE(dialog.loadFile(fixture(u"phq9-one-to-four.csv"_s)));
        child<QComboBox>(&dialog, u"itemColumn_3"_s)->setCurrentIndex(0);
        CHECK(child<QLabel>(&dialog, u"answerMappingProblem"_s)->text().contains(u"item(s) 3 of PHQ-9"_s));
        CHECK_FALSE(child<QPushButton>(&dialog, u"answerCheck"_s)->isEnabled());
    }
    SECTION("a file with mistakes: every problem listed, import only after choosing to leave rows out")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        auto *instrument = child<QComboBox>(&dialog, u"importInstrument"_s);
        instrument->setCurrentIndex(instrument->findData(u"GAD-7"_s));
        REQUIRE(dialog.loadFile(fixture(u"gad7-mistakes.csv"_s)));
        REQUIRE(dialog.check());
        CHECK(child<QListWidget>(&dialog, u"answerProblems"_s)->count() == 7);
        auto *import = child<QPushButton>(&dialog, u"answerImport"_s);
        CHECK_FALSE(import->isEnabled());
        child<QCheckBox>(&dialog, u"skipBadRows"_s)->setChecked(true);
        REQUIRE(import->isEnabled());
        ui::MessageBoxes::setNextAnswer(true);
        import->click();
        CHECK(ui::MessageBoxes::lastText().startsWith(u"2 sheet"_s));
        CHECK(ui::MessageBoxes::lastText().contains(u"imported and scored. Need follow-up:"_s));
        CHECK(screening::RunRepository(*vault).progress(run)->taken.value(u"GAD-7"_s) == 2);
    }
    SECTION("numbers that fit two readings wait for the counselor's choice")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        REQUIRE(dialog.loadFile(fixture(u"phq9-ambiguous.csv"_s)));
        CHECK(child<QLabel>(&dialog, u"answerMappingProblem"_s)->text().contains(u"highest answer never appears"_s));
        CHECK_FALSE(child<QPushButton>(&dialog, u"answerCheck"_s)->isEnabled());
        child<QPushButton>(&dialog, u"numbersAreOrder"_s)->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the old code table's combos
        CHECK(child<QComboBox>(&dialog, u"code_1"_s)->currentData().toInt() == 0);
        CHECK(child<QLabel>(&dialog, u"answerMappingProblem"_s)->text().isEmpty());
        REQUIRE(dialog.check());
        ui::MessageBoxes::setNextAnswer(true);
        ui::MessageBoxes::setNextChoice(3);  // student 5's item 9: the critical summary, "Close"
        REQUIRE(dialog.runImport());
        const qint64 id = vault->database().scalar(u"SELECT id FROM students WHERE student_no = '2026001'"_s)->toLongLong();
        auto first = screening::SheetStore(*vault, run).score(id, u"PHQ-9"_s);
        REQUIRE(first->has_value());
        CHECK((*first)->total == 0);  // "1" everywhere: the first answer
    }
    SECTION("a code the guess left out can be mapped by hand")
    {
        ui::AnswerImportDialog dialog(*vault, run);
        dialog.show();
        auto *instrument = child<QComboBox>(&dialog, u"importInstrument"_s);
        instrument->setCurrentIndex(instrument->findData(u"GAD-7"_s));
        REQUIRE(dialog.loadFile(fixture(u"gad7-mistakes.csv"_s)));
        auto *e = child<QComboBox>(&dialog, u"code_e"_s);
        CHECK(e->currentData().toInt() == -1);
        e->setCurrentIndex(e->findData(0));
        auto *x = child<QComboBox>(&dialog, u"code_x"_s);
        x->setCurrentIndex(x->findData(1));
        REQUIRE(dialog.check());
        CHECK(child<QListWidget>(&dialog, u"answerProblems"_s)->count() == 5);  // row 6 is fine now
    }
}

TEST_CASE("ui: a school's corrected definition is loaded and the run rescored", "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    const qint64 student = screening::RunRepository(*vault).participants(run)->first().studentId;
    enterTestSheet(*vault, run, u"PHQ-9"_s, student, {1, 1, 1, 1, 1, 1, 1, 1, 0});

    QFile shipped(u":/instruments/phq9.json"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    QTemporaryDir dir;
    ui::InstrumentsDialog dialog(*vault);
    dialog.show();
    const int shippedRows = child<QTableWidget>(&dialog, u"instrumentTable"_s)->rowCount();

    // A broken file: the message names the line and the field.
    QFile broken(dir.filePath(u"broken.json"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(json).replace("\"min\": 5,", "\"min\": 6,"));
    broken.close();
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.loadDefinition(broken.fileName()));
    CHECK(ui::MessageBoxes::lastText().contains(u"bands[1]"_s));

    QFile fixed(dir.filePath(u"phq9-v3.json"_s));
    REQUIRE(fixed.open(QIODevice::WriteOnly));
    fixed.write(json.replace("\"version\": \"2\"", "\"version\": \"3\"").replace("\"max\": 9,", "\"max\": 7,").replace("\"min\": 10,", "\"min\": 8,"));
    fixed.close();
    ui::MessageBoxes::setNextAnswer(true);  // ready to use
    ui::MessageBoxes::setNextAnswer(true);  // rescore the run
    ui::MessageBoxes::setNextAnswer(true);  // rescored
    REQUIRE(dialog.loadDefinition(fixed.fileName()));
    CHECK(ui::MessageBoxes::lastText().contains(u"rescored with version 3"_s));
    CHECK(child<QTableWidget>(&dialog, u"instrumentTable"_s)->rowCount() == shippedRows);  // replaces PHQ-9's row
    auto history = screening::SheetStore(*vault, run).scoreHistory(student, u"PHQ-9"_s);
    REQUIRE(history->size() == 2);
    CHECK(history->first().band == 2);
}

TEST_CASE("ui: the instruments dialog says which languages items are in, a definition adds the Chinese text",
          "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::InstrumentsDialog dialog(*vault);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, u"instrumentTable"_s);
    const auto languagesOf = [table](const QString &code) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == code) return table->item(r, 4)->text();
        return QString();
    };
    CHECK(languagesOf(u"PHQ-9"_s) == u"English, Simplified Chinese"_s);
    CHECK(languagesOf(u"GAD-7"_s) == u"English, Simplified Chinese"_s);
    CHECK(languagesOf(u"RSES"_s) == u"English"_s);
    CHECK(languagesOf(u"SCARED"_s) == u"No item text (item numbers only)"_s);

    // The school's definition of K10 with its official Chinese text (synthetic stand-in text here).
    QFile shipped(u":/instruments/k10.json"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject k10 = QJsonDocument::fromJson(shipped.readAll()).object();
    k10[u"version"_s] = u"school-1"_s;
    QJsonArray items = k10[u"items"_s].toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        item[u"text"_s] = QJsonObject{{u"zh_CN"_s, u"测试题目 %1"_s.arg(i + 1)}};
        items[i] = item;
    }
    k10[u"items"_s] = items;
    QTemporaryDir dir;
    QFile file(dir.filePath(u"k10-zh.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(k10).toJson());
    file.close();
    ui::MessageBoxes::setNextAnswer(true);  // ready to use
    REQUIRE(dialog.loadDefinition(file.fileName()));
    CHECK(languagesOf(u"K10"_s) == u"Simplified Chinese"_s);

    // A file that is no definition is refused with a message naming it.
    QFile bad(dir.filePath(u"notes.json"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("[1, 2");
    bad.close();
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.loadDefinition(bad.fileName()));
    CHECK(ui::MessageBoxes::lastText().contains(u"notes.json"_s));
}

TEST_CASE("ui: the screening page lists runs, closes one after asking and deletes one", "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    ui::ScreeningPage page(*vault);
    page.show();
    auto *runs = child<QTableWidget>(&page, u"runTable"_s);
    REQUIRE(runs->rowCount() == 1);
    CHECK(runs->item(0, 5)->text() == u"PHQ-9 0/8"_s);
    CHECK(page.currentRunId() == run);
    CHECK(child<QListWidget>(&page, u"notTakenList"_s)->count() == 8);
    for (const QString &name : {u"importAnswers"_s, u"enterSheets"_s, u"startKiosk"_s})
        CHECK(child<QPushButton>(&page, name)->isEnabled());
    auto *tabs = child<QTabWidget>(&page, u"runTabs"_s);
    CHECK(tabs->currentWidget() == child<QWidget>(&page, u"runResults"_s));

    ui::MessageBoxes::setNextAnswer(false);  // 8 sheets missing: do not close
    page.toggleOpen();
    CHECK(screening::RunRepository(*vault).get(run)->status == screening::RunStatus::Open);
    ui::MessageBoxes::setNextAnswer(true);
    page.toggleOpen();
    CHECK(screening::RunRepository(*vault).get(run)->status == screening::RunStatus::Closed);
    for (const QString &name : {u"importAnswers"_s, u"enterSheets"_s, u"startKiosk"_s})
        CHECK_FALSE(child<QPushButton>(&page, name)->isEnabled());
    CHECK(child<QPushButton>(&page, u"openRun"_s)->text() == u"Re&open run"_s);

    ui::MessageBoxes::setNextAnswer(true);
    page.deleteRun();
    CHECK(runs->rowCount() == 0);
    CHECK_FALSE(screening::RunRepository(*vault).get(run).ok());
}

TEST_CASE("ui: a click beside the runs keeps a run chosen, its flagged list has a tab of its own",
          "[ui][screening-page]")
{
    TempVault tv;
    auto vault = tv.open();
    addSchool(*vault);
    const qint64 autumn = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    const qint64 spring = createTestRun(*vault, u"Spring"_s, {7}, {u"PHQ-9"_s});
    ui::ScreeningPage page(*vault);
    page.resize(1000, 700);
    page.show();
    auto *runs = child<QTableWidget>(&page, u"runTable"_s);
    REQUIRE(runs->rowCount() == 2);
    page.selectRun(autumn);
    REQUIRE(page.currentRunId() == autumn);
    child<QSplitter>(&page, QString())->setSizes({200, 400});  // the user gives the runs more room
    QCoreApplication::processEvents();

    // The empty part of the table, under the last run; then Ctrl+click on the chosen run.
    const QRect last = runs->visualRect(runs->model()->index(1, 0));
    const QPoint below(last.center().x(), last.bottom() + runs->verticalHeader()->defaultSectionSize());
    REQUIRE(below.y() < runs->viewport()->height());
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, below);
    CHECK(page.currentRunId() == autumn);
    const QRect chosen = runs->visualRect(runs->currentIndex());
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, Qt::ControlModifier, chosen.center());
    CHECK(page.currentRunId() == autumn);
    const QString summary = child<QLabel>(&page, u"runSummary"_s)->text();
    CHECK(summary.contains(u"Autumn"_s));
    CHECK_FALSE(summary.contains(u"New run"_s));

    // Results, the flagged list and who has not taken it: three tabs of the chosen run.
    auto *tabs = child<QTabWidget>(&page, u"runTabs"_s);
    REQUIRE(tabs->count() == 3);
    CHECK(tabs->widget(0) == child<QWidget>(&page, u"runResults"_s));
    CHECK(tabs->widget(1) == child<QWidget>(&page, u"flaggedPane"_s));
    CHECK(tabs->tabText(1) == u"Flagged sheets (0)"_s);
    CHECK(tabs->tabText(2) == u"Not taken yet (8)"_s);
    // The tab the user is on stays when another run is chosen.
    tabs->setCurrentIndex(1);
    page.selectRun(spring);
    CHECK(page.currentRunId() == spring);
    CHECK(tabs->currentWidget() == child<QWidget>(&page, u"flaggedPane"_s));

    // With no run left, the page says so, and no list claims students.
    for (qint64 id : {autumn, spring}) REQUIRE(screening::RunRepository(*vault).remove(id).ok());
    page.reload();
    CHECK(page.currentRunId() == 0);
    CHECK(child<QLabel>(&page, u"runSummary"_s)->text().contains(u"No run yet"_s));
    CHECK(tabs->count() == 1);
    CHECK(tabs->tabText(0) == u"Not taken yet"_s);
}
