// The growth record as one coherent view (issue 12 items 7 and 8): the risk banner over every tab,
// one date format, people by name, the watch list opening on its tab, and Save offered on close.

#include "ui/UiTestSupport.h"

#include "cases/CaseRepository.h"
#include "common/MessageBoxes.h"
#include "students/RiskBanner.h"
#include "students/StudentRecordDialog.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "students/WatchListPage.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("ui: the growth record shows the watch-list level above every tab, loudest at crisis", "[ui][record]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 calm = addTestStudent(*vault, u"B1"_s, u"平安"_s);
    const qint64 watched = addTestStudent(*vault, u"B2"_s, u"关注"_s);
    const qint64 crisis = addTestStudent(*vault, u"B3"_s, u"危机"_s);
    students::WatchList list(*vault);
    REQUIRE(list.set(watched, students::RiskLevel::Medium, u"exam stress"_s, QDate::currentDate().addDays(7)).ok());
    REQUIRE(list.set(crisis, students::RiskLevel::Crisis, u"said goodbye to friends"_s, QDate::currentDate()).ok());

    {
        ui::StudentRecordDialog dialog(*vault, calm);
        dialog.show();
        CHECK_FALSE(child<ui::RiskBanner>(&dialog, u"riskBanner"_s)->isVisible());
    }
    {
        ui::StudentRecordDialog dialog(*vault, watched);
        dialog.show();
        auto *banner = child<ui::RiskBanner>(&dialog, u"riskBanner"_s);
        CHECK(banner->isVisible());
        CHECK_FALSE(banner->isCrisis());
        CHECK(banner->text().contains(u"exam stress"_s));
    }
    ui::StudentRecordDialog dialog(*vault, crisis);
    dialog.show();
    auto *banner = child<ui::RiskBanner>(&dialog, u"riskBanner"_s);
    auto *tabs = child<QTabWidget>(&dialog, u"recordTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        INFO("tab " << tabs->tabText(i).toStdString());
        CHECK(banner->isVisible());
        CHECK(banner->isCrisis());
        CHECK(banner->text().contains(u"said goodbye to friends"_s));
    }
    // Lowered on the Watch list tab and saved: the banner follows.
    auto *level = child<QComboBox>(&dialog, u"watchLevel"_s);
    level->setCurrentIndex(level->findData(u"low"_s));
    REQUIRE(dialog.save());
    CHECK_FALSE(banner->isCrisis());
}

TEST_CASE("ui: a record shows its birth date, session and screening dates, and histories in one format",
          "[ui][record][dates]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"D1"_s, u"日期"_s, QDate(2013, 3, 1));
    cases::Session session;
    session.caseId = addTestCase(*vault, id);
    session.heldOn = QDate(2026, 11, 5);
    session.presenting = u"exam worries"_s;
    REQUIRE(cases::CaseRepository(*vault).saveSession(session).ok());
    const qint64 run = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, run, u"PHQ-9"_s, id, {1, 0, 1, 0, 1, 0, 1, 0, 0});
    REQUIRE(students::WatchList(*vault).set(id, students::RiskLevel::Low, u"new"_s, QDate(2026, 12, 20)).ok());

    ui::StudentRecordDialog dialog(*vault, id);
    REQUIRE(dialog.loaded());
    const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"_s);

    bool birthShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) birthShown |= label->text() == u"2013-03-01"_s;
    CHECK(birthShown);
    auto *sessions = child<QTableWidget>(&dialog, u"sessionTable"_s);
    REQUIRE(sessions->rowCount() == 1);
    CHECK(sessions->item(0, 0)->text() == u"2026-11-05"_s);
    auto *screening = child<QTableWidget>(&dialog, u"screeningScores"_s);
    REQUIRE(screening->rowCount() == 1);
    CHECK(date.match(screening->item(0, 1)->text()).hasMatch());
    auto *watch = child<QTableWidget>(&dialog, u"watchHistory"_s);
    REQUIRE(watch->rowCount() == 1);
    CHECK(dateTime.match(watch->item(0, 0)->text()).hasMatch());
    auto *access = child<QTableWidget>(&dialog, u"accessHistory"_s);
    REQUIRE(access->rowCount() >= 1);
    CHECK(dateTime.match(access->item(0, 0)->text()).hasMatch());
    auto *classes = child<QTableWidget>(&dialog, u"classHistory"_s);
    REQUIRE(classes->rowCount() >= 1);
    CHECK(date.match(classes->item(0, 1)->text()).hasMatch());
}

TEST_CASE("ui: histories show who by display name, not login", "[ui][record][names]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"N1"_s, u"姓名"_s);
    cases::Session session;
    session.caseId = addTestCase(*vault, id);
    session.heldOn = QDate::currentDate();
    REQUIRE(cases::CaseRepository(*vault).saveSession(session).ok());
    REQUIRE(students::WatchList(*vault).set(id, students::RiskLevel::Low, u"new"_s, QDate::currentDate()).ok());

    ui::StudentRecordDialog dialog(*vault, id);
    REQUIRE(dialog.loaded());
    CHECK(child<QTableWidget>(&dialog, u"sessionTable"_s)->item(0, 5)->text() == u"Lead Counselor"_s);
    CHECK(child<QTableWidget>(&dialog, u"watchHistory"_s)->item(0, 1)->text() == u"Lead Counselor"_s);
    CHECK(child<QTableWidget>(&dialog, u"accessHistory"_s)->item(0, 1)->text() == u"Lead Counselor"_s);
}

TEST_CASE("ui: double-clicking a watch-list row opens the record on its Watch list tab", "[ui][record][watch]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"T1"_s, u"双击"_s);
    REQUIRE(students::WatchList(*vault).set(id, students::RiskLevel::High, u"fights"_s, QDate::currentDate()).ok());
    ui::WatchListPage page(*vault);
    page.show();
    page.reload();
    auto *table = child<QTableWidget>(&page, u"watchTable"_s);
    REQUIRE(table->rowCount() == 1);

    bool onWatchTab = false;
    bool shown = false;
    whenShown<ui::StudentRecordDialog>([&onWatchTab, &shown](ui::StudentRecordDialog *dialog) {
        shown = true;
        INFO("tab " << dialog->watchTab() << " current "
                    << child<QTabWidget>(dialog, u"recordTabs"_s)->currentIndex());
        auto *tabs = child<QTabWidget>(dialog, u"recordTabs"_s);
        onWatchTab = dialog->watchTab() >= 0 && tabs->currentIndex() == dialog->watchTab()
                     && tabs->tabText(tabs->currentIndex()).contains(u"Watch"_s);
        dialog->reject();
    });
    const QRect cell = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());  // a real double-click's first press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(shown);
    CHECK(onWatchTab);
}

TEST_CASE("ui: closing a changed record offers Save, Discard and Cancel, Save saves or keeps it open",
          "[ui][record][unsaved]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"U1"_s, u"未存"_s);
    students::StudentRepository repo(*vault);
    using Choice = ui::MessageBoxes::SaveChoice;

    ui::StudentRecordDialog dialog(*vault, id);
    dialog.show();
    child<QPlainTextEdit>(&dialog, u"psychStatus"_s)->insertPlainText(u"settling in"_s);

    ui::MessageBoxes::setNextSaveChoice(Choice::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(ui::MessageBoxes::lastText().contains(u"not saved"_s));

    // Save that fails (a watch level without a reason): the message, and the record stays open.
    auto *level = child<QComboBox>(&dialog, u"watchLevel"_s);
    level->setCurrentIndex(level->findData(u"high"_s));
    ui::MessageBoxes::setNextSaveChoice(Choice::Save);
    ui::MessageBoxes::setNextAnswer(true);  // the error message
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(ui::MessageBoxes::lastText().contains(u"was not saved"_s));
    CHECK(repo.growthRecord(id)->psychStatus.isEmpty());

    level->setCurrentIndex(0);  // not on the list after all
    ui::MessageBoxes::setNextSaveChoice(Choice::Save);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    CHECK(repo.growthRecord(id)->psychStatus == u"settling in"_s);

    ui::StudentRecordDialog again(*vault, id);
    again.show();
    child<QPlainTextEdit>(&again, u"psychStatus"_s)->insertPlainText(u" — typed and dropped"_s);
    ui::MessageBoxes::setNextSaveChoice(Choice::Discard);
    again.reject();
    CHECK_FALSE(again.isVisible());
    CHECK(repo.growthRecord(id)->psychStatus == u"settling in"_s);
}
