// The paper-sheet grid, where a counselor types a class's answer sheets: a PHQ-9 row typed and
// saved and a wrong key refused, an existing sheet loaded and corrected, Ctrl+Z and the unsaved
// rows on closing (and on a lock), the search, values above 9. Real widgets, offscreen.
#include "ui/StoredSheets.h"
#include "ui/UiTestSupport.h"

#include "common/LockState.h"
#include "common/MessageBoxes.h"
#include "screening/GridEntryDialog.h"
#include "screening/InstrumentLibrary.h"
#include "screening/RunRepository.h"
#include "screening/SheetGridModel.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("grid: typing a PHQ-9 row enters it and saves it, and a wrong key is refused", "[screening-entry][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    const qint64 s2 = addTestStudent(*vault, u"G2"_s, u"王芳"_s);
    const qint64 runId = createTestRun(*vault, u"Paper screen"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    REQUIRE(dialog.selectInstrument(u"PHQ-9"_s));
    auto *view = dialog.view();
    REQUIRE(dialog.goToStudent(u"G1"_s));

    QTest::keyClicks(view, u"012301230"_s);
    const auto s = score(*vault, runId, s1, u"PHQ-9"_s);
    REQUIRE(s.has_value());
    CHECK(stored(*vault, runId, s1, u"PHQ-9"_s) == screening::AnswerRow{0, 1, 2, 3, 0, 1, 2, 3, 0});
    CHECK(s->total == 12);
    CHECK(s->band == 2);  // moderate
    const int row1 = dialog.model()->rowOf(u"G1"_s);
    CHECK(dialog.model()->data(dialog.model()->index(row1, dialog.model()->statusColumn()), Qt::DisplayRole)
              .toString()
              .contains(u"Moderate"_s));
    // The cursor is on the next student's first item.
    const QModelIndex at = view->currentIndex();
    CHECK(at.column() == ui::SheetGridModel::FirstItemColumn);
    CHECK(at.data().toString().isEmpty());
    CHECK(view->model()->index(at.row(), ui::SheetGridModel::NumberColumn).data().toString() == u"G2"_s);

    // Keys that are not answers change nothing.
    for (const QString &key : {u"7"_s, u"a"_s}) {
        QTest::keyClicks(view, key);
        CHECK(dialog.message().contains(key));
        CHECK(dialog.message().contains(u"3"_s));  // names the values allowed
    }
    CHECK(view->currentIndex() == at);
    const int row2 = dialog.model()->rowOf(u"G2"_s);
    CHECK_FALSE(dialog.model()->isDirty(row2));
    CHECK_FALSE(stored(*vault, runId, s2, u"PHQ-9"_s).has_value());

    // Space leaves an item blank; one blank is allowed by PHQ-9.
    ui::MessageBoxes::setNextChoice(2);  // item 9 = 1 is a critical answer: "Continue entering"
    QTest::keyClicks(view, u"1 1111111"_s);
    CHECK(stored(*vault, runId, s2, u"PHQ-9"_s) == screening::AnswerRow{1, -1, 1, 1, 1, 1, 1, 1, 1});
    REQUIRE(score(*vault, runId, s2, u"PHQ-9"_s).has_value());
    CHECK(score(*vault, runId, s2, u"PHQ-9"_s)->valid);
    CHECK(dialog.model()->dirtyRows().isEmpty());
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("grid: an existing sheet is loaded and corrected", "[screening-entry][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    addTestStudent(*vault, u"G2"_s, u"王芳"_s);
    const qint64 runId = createTestRun(*vault, u"Paper screen"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, runId, u"PHQ-9"_s, s1, {0, 0, 0, 0, 0, 0, 0, 0, 0});

    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    auto *model = dialog.model();
    auto *view = dialog.view();
    // Only students without a sheet are shown at first.
    CHECK(view->model()->rowCount() == 1);
    const int row = model->rowOf(u"G1"_s);
    CHECK(model->answers(row) == screening::AnswerRow{0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK(model->data(model->index(row, model->statusColumn()), Qt::DisplayRole).toString().contains(u"Minimal"_s));

    REQUIRE(dialog.goToStudent(u"G1"_s));
    CHECK_FALSE(child<QCheckBox>(&dialog, u"gridOnlyMissing"_s)->isChecked());
    view->setCurrentIndex(view->currentIndex().siblingAtColumn(ui::SheetGridModel::FirstItemColumn + 8));
    ui::MessageBoxes::setNextChoice(2);  // the critical answer stops: "Continue entering"
    QTest::keyClicks(view, u"2"_s);  // item 9, the last: the row is saved
    CHECK(ui::MessageBoxes::lastText().contains(u"critical answer"_s));
    CHECK(stored(*vault, runId, s1, u"PHQ-9"_s) == screening::AnswerRow{0, 0, 0, 0, 0, 0, 0, 0, 2});
    const auto s = score(*vault, runId, s1, u"PHQ-9"_s);
    REQUIRE(s.has_value());
    CHECK(s->total == 2);
    CHECK(s->criticalItems.contains(u"9"_s));
    CHECK(s->followUp);

    // A correction in the middle of a row is saved on Ctrl+S.
    REQUIRE(dialog.goToStudent(u"G1"_s));
    QTest::keyClicks(view, u"3"_s);
    CHECK(model->isDirty(row));
    ui::MessageBoxes::setNextChoice(2);  // item 9 is still 2
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(model->isDirty(row));
    CHECK(stored(*vault, runId, s1, u"PHQ-9"_s) == screening::AnswerRow{3, 0, 0, 0, 0, 0, 0, 0, 2});
    dialog.reject();
}

TEST_CASE("grid: Ctrl+Z undoes in the row, and closing asks about unsaved rows", "[screening-entry][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Paper screen"_s, {7}, {u"PHQ-9"_s});
    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    auto *model = dialog.model();
    auto *view = dialog.view();
    REQUIRE(dialog.goToStudent(u"G1"_s));
    const int row = model->rowOf(u"G1"_s);

    QTest::keyClicks(view, u"123"_s);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(model->answers(row) == screening::AnswerRow{1, 2, -1, -1, -1, -1, -1, -1, -1});
    CHECK(view->currentIndex().column() == ui::SheetGridModel::FirstItemColumn + 2);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(model->answers(row) == screening::AnswerRow{1, -1, -1, -1, -1, -1, -1, -1, -1});
    CHECK(model->isDirty(row));

    // Cancel: the dialog stays; Discard: it closes and nothing was written.
    ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    CHECK_FALSE(stored(*vault, runId, s1, u"PHQ-9"_s).has_value());

    // Save: the row is written (too many blanks: saved, and marked invalid).
    ui::GridEntryDialog again(*vault, runId);
    again.show();
    REQUIRE(again.goToStudent(u"G1"_s));
    QTest::keyClicks(again.view(), u"12"_s);
    ui::MessageBoxes::setNextSaveChoice(ui::MessageBoxes::SaveChoice::Save);
    again.reject();
    CHECK_FALSE(again.isVisible());
    CHECK(stored(*vault, runId, s1, u"PHQ-9"_s) == screening::AnswerRow{1, 2, -1, -1, -1, -1, -1, -1, -1});
    REQUIRE(score(*vault, runId, s1, u"PHQ-9"_s).has_value());
    CHECK_FALSE(score(*vault, runId, s1, u"PHQ-9"_s)->valid);

    // A lock closes the grid without asking, and what was typed is kept.
    const qint64 s2 = addTestStudent(*vault, u"G2"_s, u"王芳"_s);
    REQUIRE(screening::RunRepository(*vault).refreshParticipants(runId).ok());
    ui::GridEntryDialog locking(*vault, runId);
    locking.show();
    REQUIRE(locking.goToStudent(u"G2"_s));
    QTest::keyClicks(locking.view(), u"3210"_s);
    ui::setLockInProgress(true);
    locking.reject();  // what the lock does to every open dialog
    ui::setLockInProgress(false);
    CHECK_FALSE(locking.isVisible());
    CHECK(stored(*vault, runId, s2, u"PHQ-9"_s) == screening::AnswerRow{3, 2, 1, 0, -1, -1, -1, -1, -1});
}

TEST_CASE("grid: the search finds a student by number, name or pinyin", "[screening-entry][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    addTestStudent(*vault, u"G2"_s, u"王芳"_s);
    addTestStudent(*vault, u"G3"_s, u"张伟"_s);
    const qint64 runId = createTestRun(*vault, u"Paper screen"_s, {7}, {u"PHQ-9"_s});
    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    auto *search = child<QLineEdit>(&dialog, u"gridSearch"_s);
    auto *shown = dialog.view()->model();
    CHECK(shown->rowCount() == 3);
    for (auto [query, expected] : {std::pair{u"G2"_s, u"G2"_s}, std::pair{u"张伟"_s, u"G3"_s},
                                   std::pair{u"lxm"_s, u"G1"_s}}) {
        typeInto(search, query);
        REQUIRE(shown->rowCount() == 1);
        CHECK(shown->index(0, ui::SheetGridModel::NumberColumn).data().toString() == expected);
    }
    search->clear();
    CHECK(shown->rowCount() == 3);
}

TEST_CASE("grid: values above 9 are typed and confirmed with Enter", "[screening-entry][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    // A synthetic school definition: 0–10 ratings on three items.
    QByteArray json = R"({"format": 1, "code": "RATE-10", "version": "1",
        "name": {"en": "Synthetic 0-10 rating"}, "licence": "synthetic, for tests",
        "options": [)";
    for (int v = 0; v <= 10; ++v) json += (v ? ", " : "") + QByteArray(R"({"value": )") + QByteArray::number(v) + "}";
    json += R"(], "items": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
        "total": {"items": "all", "method": "sum"},
        "bands": [{"min": 0, "max": 15, "label": {"en": "Low"}}, {"min": 16, "max": 30, "label": {"en": "High"}}]})";
    QTemporaryDir dir;
    QFile file(dir.filePath(u"rate10.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    auto loaded = screening::loadSchoolInstrument(*vault, file.fileName());
    if (!loaded) FAIL(loaded.error().message.toStdString());
    const qint64 runId = createTestRun(*vault, u"Ratings"_s, {7}, {u"RATE-10"_s});

    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    REQUIRE(waitUntil([&]() { return dialog.isVisible(); }, 3000));
    auto *view = dialog.view();
    REQUIRE(dialog.goToStudent(u"G1"_s));
    CHECK_FALSE(dialog.model()->directEntry());

    auto typeValue = [&](const QString &keys) {
        // The first key opens the editor with that key; the rest go to the editor, then Enter.
        QTest::keyClicks(view, keys.left(1));
        auto *editor = view->findChild<QLineEdit *>(u"gridValueEditor"_s);
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, keys.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QTest::qWait(20);
    };
    typeValue(u"10"_s);
    CHECK(dialog.model()->answers(0)[0] == 10);
    CHECK(view->currentIndex().column() == ui::SheetGridModel::FirstItemColumn + 1);
    typeValue(u"12"_s);  // not an answer: refused, the cursor stays
    CHECK(dialog.message().contains(u"12"_s));
    CHECK(dialog.model()->answers(0)[1] == screening::kUnanswered);
    CHECK(view->currentIndex().column() == ui::SheetGridModel::FirstItemColumn + 1);
    typeValue(u"7"_s);
    typeValue(u"9"_s);
    CHECK(stored(*vault, runId, s1, u"RATE-10"_s) == screening::AnswerRow{10, 7, 9});
    REQUIRE(score(*vault, runId, s1, u"RATE-10"_s).has_value());
    CHECK(score(*vault, runId, s1, u"RATE-10"_s)->total == 26);
    dialog.reject();
}
