// The kiosk, where students answer a run's questionnaires on their own: names masked, the PIN
// (hashed) that alone leaves it, every click saved, the instruments not yet done and resuming, a
// save that fails, starting it (the PIN twice, a run not open, the warning when a questionnaire has
// no items in the kiosk's language) and PHQ-9's published Chinese. Real widgets, offscreen.
#include "ui/StoredSheets.h"
#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "screening/KioskPages.h"
#include "screening/KioskStart.h"
#include "screening/KioskWindow.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"2468"_s;

QPushButton *button(QWidget *kiosk, const QString &name)
{
    auto *found = child<QPushButton>(kiosk, name);
    REQUIRE(found->isVisible());
    return found;
}

/// Clicks answer option `option` once the double-tap guard has passed.
void clickOption(ui::KioskWindow &kiosk, int option)
{
    QTest::qWait(ui::KioskWindow::kDoubleTapGuardMs + 20);
    button(&kiosk, u"kioskOption%1"_s.arg(option))->click();
}

/// Types the student number, confirms the name, and (unless nothing is left) begins.
void identify(ui::KioskWindow &kiosk, const QString &studentNo)
{
    typeInto(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s), studentNo);
    button(&kiosk, u"kioskStart"_s)->click();
    button(&kiosk, u"kioskConfirmYes"_s)->click();
}

QString progress(ui::KioskWindow &kiosk) { return child<QLabel>(&kiosk, u"kioskProgress"_s)->text(); }

screening::AnswerRow partial(vault::Vault &vault, qint64 runId, qint64 studentId, const QString &code)
{
    auto answers = screening::SheetStore(vault, runId).partialAnswers(studentId, code);
    REQUIRE(answers.ok());
    REQUIRE(answers->has_value());
    return **answers;
}

void enterPin(ui::KioskWindow &kiosk, const QString &pin)
{
    if (!child<QLineEdit>(&kiosk, u"kioskPin"_s)->isVisible()) button(&kiosk, u"kioskStaff"_s)->click();
    typeInto(child<QLineEdit>(&kiosk, u"kioskPin"_s), pin);
    button(&kiosk, u"kioskUnlock"_s)->click();
}

}  // namespace

TEST_CASE("kiosk: names are masked and the PIN is checked against its hash", "[screening-entry][kiosk]")
{
    CHECK(ui::kiosk::maskedName(u"张三明"_s) == u"张*明"_s);
    CHECK(ui::kiosk::maskedName(u"张三"_s) == u"张*"_s);
    CHECK(ui::kiosk::maskedName(u"欧阳小明"_s) == u"欧*明"_s);
    CHECK(ui::kiosk::maskedName(u"𠀀三明"_s) == u"𠀀*明"_s);  // a character outside the BMP stays whole
    CHECK(ui::kiosk::isValidPin(u"1234"_s));
    CHECK(ui::kiosk::isValidPin(u"12345678"_s));
    CHECK_FALSE(ui::kiosk::isValidPin(u"123"_s));
    CHECK_FALSE(ui::kiosk::isValidPin(u"123456789"_s));
    CHECK_FALSE(ui::kiosk::isValidPin(u"12a4"_s));
    const ui::kiosk::PinHash hash(kPin);
    CHECK(hash.matches(kPin));
    CHECK_FALSE(hash.matches(u"2469"_s));
    CHECK_FALSE(hash.matches(QString()));
}

TEST_CASE("kiosk: it cannot be left without the PIN and the right PIN leaves it", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});

    ui::KioskWindow kiosk(*vault, runId, kPin);
    QSignalSpy exitSpy(&kiosk, &ui::KioskWindow::exitRequested);
    QSignalSpy finishedSpy(&kiosk, &ui::KioskWindow::finished);
    kiosk.start();
    REQUIRE(waitUntil([&]() { return kiosk.isVisible(); }, 3000));
    CHECK(kiosk.isFullScreen());
    CHECK(kiosk.windowModality() == Qt::ApplicationModal);
    CHECK(kiosk.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    CHECK(kiosk.windowFlags().testFlag(Qt::FramelessWindowHint));

    // Keys that leave windows elsewhere, and a close request (what Alt+F4 sends): nothing.
    for (auto [key, modifiers] : {std::pair{Qt::Key_Escape, Qt::KeyboardModifiers()},
                                  std::pair{Qt::Key_F4, Qt::KeyboardModifiers(Qt::AltModifier)},
                                  std::pair{Qt::Key_W, Qt::KeyboardModifiers(Qt::ControlModifier)},
                                  std::pair{Qt::Key_Q, Qt::KeyboardModifiers(Qt::ControlModifier)}}) {
        QTest::keyClick(&kiosk, key, modifiers);
        QTest::keyClick(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s), key, modifiers);
    }
    CHECK_FALSE(kiosk.close());
    QCoreApplication::processEvents();
    CHECK(kiosk.isVisible());
    CHECK(kiosk.isFullScreen());

    // A wrong PIN says so and leaves the kiosk as it was.
    enterPin(kiosk, u"1111"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskPinMessage"_s)->isVisible());
    CHECK_FALSE(child<QLabel>(&kiosk, u"kioskPinMessage"_s)->text().isEmpty());
    CHECK(kiosk.isVisible());
    CHECK(kiosk.isFullScreen());
    CHECK(exitSpy.isEmpty());
    CHECK(finishedSpy.isEmpty());

    // Cancel goes back to the start page; the right PIN leaves.
    button(&kiosk, u"kioskPinCancel"_s)->click();
    CHECK(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s)->isVisible());
    enterPin(kiosk, kPin);
    CHECK(exitSpy.size() == 1);
    CHECK(finishedSpy.size() == 1);
    CHECK_FALSE(kiosk.isVisible());
}

TEST_CASE("kiosk: after five wrong PINs even the right one must wait", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});
    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();
    for (int i = 0; i < ui::KioskWindow::kMaxPinTries; ++i) enterPin(kiosk, u"000%1"_s.arg(i));
    enterPin(kiosk, kPin);
    CHECK(kiosk.isVisible());
    CHECK_FALSE(kiosk.isUnlocked());
    CHECK(child<QLabel>(&kiosk, u"kioskPinMessage"_s)->text().contains(u"30"_s));
}

TEST_CASE("kiosk: a student answers PHQ-9 by clicking and every click is saved", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    addTestStudent(*vault, u"S2"_s, u"王芳"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});
    const QString code = u"PHQ-9"_s;

    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();
    typeInto(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s), u"S1"_s);
    button(&kiosk, u"kioskStart"_s)->click();
    CHECK(child<QLabel>(&kiosk, u"kioskConfirmName"_s)->text().contains(u"李*明"_s));
    CHECK_FALSE(child<QLabel>(&kiosk, u"kioskConfirmName"_s)->text().contains(u"李小明"_s));
    button(&kiosk, u"kioskConfirmYes"_s)->click();
    CHECK(child<QLabel>(&kiosk, u"kioskInstructions"_s)->text().contains(u"2 weeks"_s));
    button(&kiosk, u"kioskBegin"_s)->click();
    CHECK(progress(kiosk) == u"1 / 9"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskItemText"_s)->text() == u"Little interest or pleasure in doing things"_s);
    CHECK(button(&kiosk, u"kioskOption0"_s)->minimumHeight() >= 64);

    clickOption(kiosk, 0);
    clickOption(kiosk, 1);
    // A double tap answers one item, not two.
    QTest::qWait(ui::KioskWindow::kDoubleTapGuardMs + 20);
    button(&kiosk, u"kioskOption2"_s)->click();
    button(&kiosk, u"kioskOption2"_s)->click();
    CHECK(progress(kiosk) == u"4 / 9"_s);
    CHECK(partial(*vault, runId, studentId, code) == screening::AnswerRow{0, 1, 2, -1, -1, -1, -1, -1, -1});

    // Back shows the previous answer, and a new click replaces it in the vault.
    button(&kiosk, u"kioskBack"_s)->click();
    CHECK(progress(kiosk) == u"3 / 9"_s);
    CHECK(child<QPushButton>(&kiosk, u"kioskOption2"_s)->isChecked());
    clickOption(kiosk, 3);
    CHECK(progress(kiosk) == u"4 / 9"_s);
    CHECK(partial(*vault, runId, studentId, code)[2] == 3);
    CHECK_FALSE(score(*vault, runId, studentId, code).has_value());

    for (int value : {1, 0, 0, 1, 0, 0}) clickOption(kiosk, value);
    // Complete, scored, and no score on the screen.
    const auto s = score(*vault, runId, studentId, code);
    REQUIRE(s.has_value());
    CHECK(s->valid);
    CHECK(s->total == 0 + 1 + 3 + 1 + 0 + 0 + 1 + 0 + 0);
    CHECK(s->band == 1);  // mild
    CHECK(stored(*vault, runId, studentId, code) == screening::AnswerRow{0, 1, 3, 1, 0, 0, 1, 0, 0});
    auto waiting = screening::RunRepository(*vault).notTaken(runId, code);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->at(0).studentNo == u"S2"_s);
    auto *thanks = child<QLabel>(&kiosk, u"kioskThanksText"_s);
    CHECK(thanks->isVisible());
    CHECK_FALSE(anyVisibleWindowShows(QString::number(s->total)));

    // Done: the next student starts from an empty page.
    button(&kiosk, u"kioskDone"_s)->click();
    CHECK(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s)->text().isEmpty());
    CHECK(kiosk.tryPin(kPin));
}

TEST_CASE("kiosk: an unknown student number gets a plain message and nothing else", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    addTestStudent(*vault, u"S9"_s, u"赵高年"_s, {}, 9);  // not in the run's grades
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});
    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();
    for (const QString &number : {u"X999"_s, u"S9"_s}) {
        typeInto(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s), number);
        button(&kiosk, u"kioskStart"_s)->click();
        auto *message = child<QLabel>(&kiosk, u"kioskMessage"_s);
        CHECK(message->isVisible());
        CHECK_FALSE(message->text().isEmpty());
        CHECK_FALSE(child<QPushButton>(&kiosk, u"kioskConfirmYes"_s)->isVisible());
        CHECK_FALSE(anyVisibleWindowShows(u"赵"_s));
    }
    CHECK(kiosk.tryPin(kPin));
}

TEST_CASE("kiosk: a student gets the instruments not yet done, resumes, or is told nothing is left",
          "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"A1"_s, u"李小明"_s);
    const qint64 b = addTestStudent(*vault, u"B1"_s, u"王芳"_s);
    const qint64 c = addTestStudent(*vault, u"C1"_s, u"陈晨晨"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    enterTestSheet(*vault, runId, u"PHQ-9"_s, a, {0, 0, 0, 0, 0, 0, 0, 0, 0});
    enterTestSheet(*vault, runId, u"PHQ-9"_s, b, {0, 0, 0, 0, 0, 0, 0, 0, 0});
    enterTestSheet(*vault, runId, u"GAD-7"_s, b, {1, 1, 1, 1, 1, 1, 1});
    REQUIRE(screening::SheetStore(*vault, runId).saveAnswer(c, u"PHQ-9"_s, 0, 2).ok());
    REQUIRE(screening::SheetStore(*vault, runId).saveAnswer(c, u"PHQ-9"_s, 1, 2).ok());

    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();

    // A1 has done PHQ-9: GAD-7 comes next.
    identify(kiosk, u"A1"_s);
    button(&kiosk, u"kioskBegin"_s)->click();
    CHECK(progress(kiosk) == u"1 / 7"_s);
    for (int i = 0; i < 7; ++i) clickOption(kiosk, 1);
    REQUIRE(score(*vault, runId, a, u"GAD-7"_s).has_value());
    CHECK(score(*vault, runId, a, u"GAD-7"_s)->total == 7);
    button(&kiosk, u"kioskDone"_s)->click();

    // B1 has done both.
    identify(kiosk, u"B1"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskThanksText"_s)->isVisible());
    CHECK_FALSE(child<QPushButton>(&kiosk, u"kioskBegin"_s)->isVisible());
    button(&kiosk, u"kioskDone"_s)->click();

    // C1 stopped after two items: on from item 3, the two answers kept, then GAD-7.
    identify(kiosk, u"C1"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskInstructionsTitle"_s)->text().contains(u"2"_s));  // 1 of 2
    button(&kiosk, u"kioskBegin"_s)->click();
    CHECK(progress(kiosk) == u"3 / 9"_s);
    // Back to an item answered in an earlier sitting: its answer is not shown (whoever sits here
    // now may not be the one who answered it).
    button(&kiosk, u"kioskBack"_s)->click();
    CHECK(progress(kiosk) == u"2 / 9"_s);
    for (int o = 0; o < 4; ++o) CHECK_FALSE(button(&kiosk, u"kioskOption%1"_s.arg(o))->isChecked());
    QTest::qWait(300);  // past the double-tap guard
    clickOption(kiosk, 2);  // answered again, the same
    CHECK(progress(kiosk) == u"3 / 9"_s);
    for (int i = 0; i < 7; ++i) clickOption(kiosk, 0);
    CHECK(stored(*vault, runId, c, u"PHQ-9"_s) == screening::AnswerRow{2, 2, 0, 0, 0, 0, 0, 0, 0});
    CHECK(score(*vault, runId, c, u"PHQ-9"_s)->total == 4);
    CHECK(child<QLabel>(&kiosk, u"kioskInstructions"_s)->isVisible());  // GAD-7's instructions
    CHECK(kiosk.tryPin(kPin));
}

TEST_CASE("kiosk: a save that fails shows why and stays on the item", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});
    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();
    identify(kiosk, u"S1"_s);
    button(&kiosk, u"kioskBegin"_s)->click();
    clickOption(kiosk, 1);
    REQUIRE(screening::RunRepository(*vault).setStatus(runId, screening::RunStatus::Closed).ok());
    clickOption(kiosk, 2);
    CHECK(progress(kiosk) == u"2 / 9"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskError"_s)->isVisible());
    CHECK_FALSE(child<QLabel>(&kiosk, u"kioskError"_s)->text().isEmpty());
    CHECK(partial(*vault, runId, studentId, u"PHQ-9"_s)[1] == -1);
    CHECK(kiosk.tryPin(kPin));
}

TEST_CASE("kiosk: starting asks for the PIN twice and refuses a run that is not open", "[screening-entry][kiosk]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});

    bool mismatchRefused = false;
    whenShown<ui::KioskStartDialog>([&mismatchRefused](ui::KioskStartDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"kioskStartPin"_s), u"13579"_s);
        typeInto(child<QLineEdit>(dialog, u"kioskStartPinAgain"_s), u"13578"_s);
        child<QPushButton>(dialog, u"kioskStartOk"_s)->click();
        mismatchRefused = dialog->isVisible() && child<QLabel>(dialog, u"kioskStartProblem"_s)->isVisible();
        typeInto(child<QLineEdit>(dialog, u"kioskStartPinAgain"_s), u"13579"_s);
        child<QPushButton>(dialog, u"kioskStartOk"_s)->click();
    });
    QPointer<ui::KioskWindow> kiosk = ui::startKiosk(nullptr, *vault, runId);
    CHECK(mismatchRefused);
    REQUIRE(kiosk);
    CHECK(kiosk->isVisible());
    CHECK(kiosk->isFullScreen());
    CHECK_FALSE(kiosk->tryPin(kPin));
    CHECK(kiosk->tryPin(u"13579"_s));
    REQUIRE(waitUntil([&]() { return kiosk.isNull(); }, 3000));  // deleted on close

    REQUIRE(screening::RunRepository(*vault).setStatus(runId, screening::RunStatus::Closed).ok());
    ui::MessageBoxes::setNextAnswer(true);
    CHECK(ui::startKiosk(nullptr, *vault, runId) == nullptr);
    CHECK(ui::MessageBoxes::lastText().contains(u"Spring screen"_s));
}

/// The kiosk's language for one test: the UI locale (as the GUI's --language sets it), put back after.
struct KioskLocale {
    explicit KioskLocale(const QString &code) { QLocale::setDefault(QLocale(code)); }
    ~KioskLocale() { QLocale::setDefault(QLocale::c()); }
};

TEST_CASE("kiosk: in Chinese, PHQ-9 shows its published Chinese instructions, items and answers",
          "[screening-entry][kiosk][language]")
{
    KioskLocale zh(u"zh_CN"_s);
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s});
    ui::KioskWindow kiosk(*vault, runId, kPin);
    kiosk.start();
    identify(kiosk, u"S1"_s);
    CHECK(child<QLabel>(&kiosk, u"kioskInstructions"_s)->text() == u"在过去两个星期，有多少时候您受到以下任何问题所困扰？"_s);
    button(&kiosk, u"kioskBegin"_s)->click();
    CHECK(child<QLabel>(&kiosk, u"kioskItemText"_s)->text() == u"做事时提不起劲或没有兴趣"_s);
    CHECK(button(&kiosk, u"kioskOption0"_s)->text().contains(u"完全不会"_s));
    CHECK(button(&kiosk, u"kioskOption1"_s)->text().contains(u"好几天"_s));
    clickOption(kiosk, 0);
    CHECK(child<QLabel>(&kiosk, u"kioskItemText"_s)->text() == u"感到心情低落、沮丧或绝望"_s);
    CHECK(kiosk.tryPin(kPin));
}

TEST_CASE("kiosk: starting says so when a questionnaire has no items in the kiosk's language",
          "[screening-entry][kiosk][language]")
{
    KioskLocale zh(u"zh_CN"_s);
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s, u"SCARED"_s, u"RSES"_s});

    // Cancel: no PIN is asked, no kiosk.
    bool starting = true;
    bool askedWhileStarting = false;
    bool asked = false;
    whenShown<ui::KioskStartDialog>([&](ui::KioskStartDialog *dialog) {
        asked = true;
        askedWhileStarting = starting;
        dialog->reject();
    });
    ui::MessageBoxes::setNextChoice(0);
    CHECK(ui::startKiosk(nullptr, *vault, runId) == nullptr);
    starting = false;
    const QString warning = ui::MessageBoxes::lastText();
    CHECK(warning.contains(u"Simplified Chinese"_s));
    CHECK(warning.contains(u"SCARED"_s));
    CHECK(warning.contains(u"item numbers only"_s));
    CHECK(warning.contains(u"Rosenberg"_s));
    CHECK(warning.contains(u"items in English"_s));
    CHECK_FALSE(warning.contains(u"PHQ-9"_s));
    {
        ui::KioskStartDialog unused(u"Spring screen"_s);  // takes the handler the kiosk did not
        unused.show();
        REQUIRE(waitUntil([&]() { return asked; }, 3000));
    }
    CHECK_FALSE(askedWhileStarting);

    // Go on: the counselor sets the PIN and the kiosk starts.
    whenShown<ui::KioskStartDialog>([](ui::KioskStartDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"kioskStartPin"_s), u"13579"_s);
        typeInto(child<QLineEdit>(dialog, u"kioskStartPinAgain"_s), u"13579"_s);
        child<QPushButton>(dialog, u"kioskStartOk"_s)->click();
    });
    ui::MessageBoxes::setNextChoice(1);
    QPointer<ui::KioskWindow> kiosk = ui::startKiosk(nullptr, *vault, runId);
    REQUIRE(kiosk);
    CHECK(kiosk->tryPin(u"13579"_s));
    REQUIRE(waitUntil([&]() { return kiosk.isNull(); }, 3000));
}

// Not run by default: CD_SCREENSHOTS=DIR cd_ui_tests "[.kiosk-language-shots]" saves the real warning
// box in English and Chinese, to look at.
TEST_CASE("kiosk: the language warning as shown", "[.kiosk-language-shots]")
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOTS", QDir::tempPath());
    for (const QString &code : {u"en_US"_s, u"zh_CN"_s}) {
        KioskLocale locale(code);
        QTranslator zh;
        if (code == u"zh_CN"_s) {
            REQUIRE(zh.load(u":/i18n/counseldesk_zh_CN.qm"_s));
            QCoreApplication::installTranslator(&zh);
        }
        TempVault tv;
        auto vault = tv.open();
        addTestStudent(*vault, u"S1"_s, u"李小明"_s);
        const qint64 runId = createTestRun(*vault, u"2026 秋季筛查"_s, {7}, {u"PHQ-9"_s, u"SCARED"_s, u"RSES"_s});
        whenShown<QMessageBox>([&](QMessageBox *box) {
            box->grab().save(QDir(dir).filePath(u"kiosk-language-%1.png"_s.arg(code)));
            box->reject();
        });
        CHECK(ui::startKiosk(nullptr, *vault, runId) == nullptr);
        QCoreApplication::removeTranslator(&zh);
    }
}

TEST_CASE("kiosk: no language warning when every item has text in the kiosk's language",
          "[screening-entry][kiosk][language]")
{
    for (const QString &code : {u"zh_CN"_s, u"en_US"_s}) {
        INFO(code.toStdString());
        KioskLocale locale(code);
        TempVault tv;
        auto vault = tv.open();
        addTestStudent(*vault, u"S1"_s, u"李小明"_s);
        const qint64 runId = createTestRun(*vault, u"Spring screen"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
        bool asked = false;
        whenShown<ui::KioskStartDialog>([&asked](ui::KioskStartDialog *dialog) {
            asked = true;
            dialog->reject();
        });
        ui::MessageBoxes::setNextChoice(0);  // would cancel, were the warning shown
        CHECK(ui::startKiosk(nullptr, *vault, runId) == nullptr);
        REQUIRE(asked);  // straight to the PIN: the warning did not take the queued answer
        CHECK(ui::MessageBoxes::choose(nullptr, QMessageBox::Warning, {}, {}, {u"a"_s, u"b"_s}, 1) == 0);  // unused
    }
}
