// A critical answer (PHQ-9 item 9 above 0) stops the counselor at once, wherever it is entered:
// the paper-sheet grid, an answer file, the kiosk (told after the PIN, never to the student).

#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "crisis/CrisisEventDialog.h"
#include "crisis/StudentPicker.h"
#include "screening/AnswerImportDialog.h"
#include "screening/GridEntryDialog.h"
#include "screening/KioskStart.h"
#include "screening/KioskWindow.h"
#include "screening/ScreeningPage.h"
#include "screening/SheetGridModel.h"
#include "screening/SheetStore.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRecordCrisisEvent = 0;
constexpr int kContinue = 2;

/// Makes MessageBoxes::lastText() say something no test looks for.
void clearLastText()
{
    ui::MessageBoxes::setNextAnswer(true);
    ui::MessageBoxes::information(nullptr, u"-"_s, u"(nothing yet)"_s);
}

std::optional<screening::StoredScore> score(vault::Vault &vault, qint64 runId, qint64 studentId)
{
    auto s = screening::SheetStore(vault, runId).score(studentId, u"PHQ-9"_s);
    REQUIRE(s.ok());
    return *s;
}

QString status(ui::GridEntryDialog &dialog, const QString &studentNo)
{
    auto *model = dialog.model();
    return model->data(model->index(model->rowOf(studentNo), model->statusColumn()), Qt::DisplayRole).toString();
}

/// Checks that the crisis event dialog opens for `studentId`, then closes it.
void expectCrisisEventDialogFor(qint64 studentId, bool *seen)
{
    whenShown<ui::CrisisEventDialog>([studentId, seen](ui::CrisisEventDialog *dialog) {
        *seen = dialog->findChild<ui::StudentPicker *>()->studentId() == studentId;
        dialog->reject();
    });
}

QPushButton *kioskButton(QWidget *kiosk, const QString &name)
{
    auto *found = child<QPushButton>(kiosk, name);
    REQUIRE(found->isVisible());
    return found;
}

}  // namespace

TEST_CASE("critical: PHQ-9 item 9 = 2 typed in the grid stops at once, saved, with the next steps",
          "[critical][grid]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"G1"_s, u"李小明"_s);
    const qint64 s2 = addTestStudent(*vault, u"G2"_s, u"王芳"_s);
    const qint64 runId = createTestRun(*vault, u"Paper screen"_s, {7}, {u"PHQ-9"_s});
    ui::GridEntryDialog dialog(*vault, runId);
    dialog.show();
    REQUIRE(dialog.selectInstrument(u"PHQ-9"_s));
    clearLastText();

    // Item 9 = 0: no stop.
    REQUIRE(dialog.goToStudent(u"G2"_s));
    QTest::keyClicks(dialog.view(), u"011100000"_s);
    REQUIRE(score(*vault, runId, s2).has_value());
    CHECK(ui::MessageBoxes::lastText() == u"(nothing yet)"_s);
    CHECK_FALSE(status(dialog, u"G2"_s).contains(u"CRITICAL"_s));

    // Item 9 = 2: stopped with the student, the instrument, the item and the answer; the crisis
    // event dialog opens preset to the student; the row is saved either way.
    REQUIRE(dialog.goToStudent(u"G1"_s));
    ui::MessageBoxes::setNextChoice(kRecordCrisisEvent);
    bool crisisDialogFor = false;
    expectCrisisEventDialogFor(s1, &crisisDialogFor);
    QTest::keyClicks(dialog.view(), u"011100002"_s);
    const QString text = ui::MessageBoxes::lastText();
    CHECK(text.contains(u"李小明"_s));
    CHECK(text.contains(u"G1"_s));
    CHECK(text.contains(u"PHQ-9"_s));
    CHECK(text.contains(u"Item 9"_s));
    CHECK(text.contains(u"answered 2"_s));
    CHECK(crisisDialogFor);
    const auto s = score(*vault, runId, s1);
    REQUIRE(s.has_value());
    CHECK(s->criticalItems.contains(u"9"_s));
    CHECK(status(dialog, u"G1"_s).contains(u"CRITICAL ANSWER"_s));
    CHECK(dialog.model()->dirtyRows().isEmpty());

    // "Continue entering" leaves the row saved too (a correction keeps the critical answer).
    REQUIRE(dialog.goToStudent(u"G1"_s));
    ui::MessageBoxes::setNextChoice(kContinue);
    clearLastText();
    QTest::keyClick(dialog.view(), Qt::Key_1);
    QTest::keyClick(dialog.view(), Qt::Key_S, Qt::ControlModifier);
    CHECK(ui::MessageBoxes::lastText().contains(u"李小明"_s));
    CHECK(dialog.model()->dirtyRows().isEmpty());
    dialog.reject();
}

TEST_CASE("critical: an imported file with a critical sheet shows one summary with the next steps",
          "[critical][import]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s1 = addTestStudent(*vault, u"2026001"_s, u"李小明"_s);
    addTestStudent(*vault, u"2026002"_s, u"王芳"_s);
    const qint64 runId = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"answers.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Student No,Name,PHQ9_1,PHQ9_2,PHQ9_3,PHQ9_4,PHQ9_5,PHQ9_6,PHQ9_7,PHQ9_8,PHQ9_9\n"
               "2026001,A,0,1,2,3,0,1,2,3,2\n"
               "2026002,B,0,1,2,3,0,0,0,0,0\n");
    file.close();

    ui::AnswerImportDialog dialog(*vault, runId);
    dialog.show();
    REQUIRE(dialog.loadFile(path));
    REQUIRE(dialog.check());
    ui::MessageBoxes::setNextAnswer(true);  // "2 sheets imported"
    ui::MessageBoxes::setNextChoice(kRecordCrisisEvent);
    bool crisisDialogFor = false;
    expectCrisisEventDialogFor(s1, &crisisDialogFor);
    REQUIRE(dialog.runImport());
    const QString text = ui::MessageBoxes::lastText();
    INFO(text.toStdString());
    const auto s = score(*vault, runId, s1);
    REQUIRE(s.has_value());
    CHECK(s->criticalItems.contains(u"9"_s));
    CHECK(text.contains(u"1 student(s) gave a critical answer on the imported sheets"_s));
    CHECK(text.contains(u"李小明"_s));
    CHECK_FALSE(text.contains(u"王芳"_s));
    CHECK(crisisDialogFor);
}

TEST_CASE("critical: the kiosk tells the counselor after the PIN, never the student", "[critical][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"K1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Kiosk run"_s, {7}, {u"PHQ-9"_s});
    ui::ScreeningPage page(*vault);
    page.show();
    page.reload();
    page.selectRun(runId);
    QSignalSpy active(&page, &ui::ScreeningPage::kioskActive);
    whenShown<ui::KioskStartDialog>([](ui::KioskStartDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"kioskStartPin"_s), u"2468"_s);
        typeInto(child<QLineEdit>(dialog, u"kioskStartPinAgain"_s), u"2468"_s);
        child<QPushButton>(dialog, u"kioskStartOk"_s)->click();
    });
    page.startKioskMode();
    REQUIRE(waitUntil([]() { return topLevel<ui::KioskWindow>() != nullptr; }, 5000));
    auto *kiosk = topLevel<ui::KioskWindow>();
    clearLastText();

    typeInto(child<QLineEdit>(kiosk, u"kioskStudentNo"_s), u"K1"_s);
    kioskButton(kiosk, u"kioskStart"_s)->click();
    kioskButton(kiosk, u"kioskConfirmYes"_s)->click();
    kioskButton(kiosk, u"kioskBegin"_s)->click();
    for (int value : {0, 1, 1, 1, 0, 0, 0, 0, 2}) {
        QTest::qWait(ui::KioskWindow::kDoubleTapGuardMs + 20);
        kioskButton(kiosk, u"kioskOption%1"_s.arg(value))->click();
    }
    REQUIRE(child<QWidget>(kiosk, u"kioskThanksText"_s)->isVisible());
    // The student sees no alarm.
    QTest::qWait(100);
    CHECK(ui::MessageBoxes::lastText() == u"(nothing yet)"_s);
    CHECK_FALSE(anyVisibleWindowShows(u"Critical answer"_s));

    ui::MessageBoxes::setNextChoice(kContinue);
    REQUIRE(kiosk->tryPin(u"2468"_s));
    REQUIRE(waitUntil([]() { return ui::MessageBoxes::lastText().contains(u"李小明"_s); }, 5000));
    CHECK(ui::MessageBoxes::lastText().contains(u"answered 2"_s));
    REQUIRE(waitUntil([&]() { return !active.isEmpty() && !active.last().first().toBool(); }, 5000));
}
