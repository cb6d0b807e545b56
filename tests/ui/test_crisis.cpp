// The crisis area's windows, offscreen: recording an event (the suggested level follows the
// assessment, a different level needs a reason, the watch list rises), recording a step and a
// notification that broke confidentiality, a referral refused as given without consent, the
// return slip, the lead's risk labels on the watch list, the directory, and the home desk.
// Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "crisis/CrisisEventDialog.h"
#include "crisis/CrisisEventView.h"
#include "crisis/CrisisPage.h"
#include "crisis/CrisisStepDialogs.h"
#include "crisis/DirectoryDialog.h"
#include "crisis/ReferralDialog.h"
#include "crisis/ReturnSlipDialog.h"
#include "crisis/RiskLevelsDialog.h"
#include "crisis/StepLimitsDialog.h"
#include "crisis/StudentPicker.h"
#include "core/crisis/CrisisEvents.h"
#include "core/crisis/Directory.h"
#include "core/crisis/Referrals.h"
#include "core/crisis/RiskScale.h"
#include "shell/HomePage.h"
#include "students/WatchList.h"
#include "students/WatchListPage.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// An event recorded through the core, `hoursAgo` before now.
qint64 recordTestEvent(vault::Vault &vault, qint64 studentId, int hoursAgo = 0)
{
    crisis::NewCrisisEvent e;
    e.studentId = studentId;
    e.occurredAt = clock::now().addSecs(-3600 * hoursAgo);
    e.place = u"教室"_s;
    e.description = u"课间在走廊独自哭泣，说不想活了"_s;
    e.assessment.selfHarmThoughts = crisis::Ideation::Passive;
    e.level = crisis::suggestLevel(e.assessment);
    auto id = crisis::CrisisEvents(vault).record(e);
    if (!id) FAIL(id.error().message.toStdString());
    return *id;
}

qint64 addTestInstitution(vault::Vault &vault, const QString &name)
{
    crisis::Institution i;
    i.kind = crisis::InstitutionKind::Hospital;
    i.name = name;
    i.department = u"儿童青少年心理门诊"_s;
    i.phone = u"0000-0000000"_s;
    auto id = crisis::Directory(vault).add(i);
    if (!id) FAIL(id.error().message.toStdString());
    return *id;
}

}  // namespace

TEST_CASE("ui: a crisis event recorded in the dialog: the suggestion follows the ticks, a different level needs a "
          "reason, the watch list rises",
          "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR1"_s, u"危机测试"_s);
    const crisis::RiskLabels labels;

    ui::CrisisEventDialog dialog(*vault, 0, nullptr);
    dialog.show();
    // The student is found by number and chosen with Enter.
    auto *search = child<QLineEdit>(&dialog, u"studentSearch"_s);
    typeInto(search, u"CR1"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(dialog.isVisible());  // Enter chose the student; it did not press Save
    CHECK(child<ui::StudentPicker>(&dialog, u"studentPicker"_s)->studentId() == student);

    auto *suggested = child<QLabel>(&dialog, u"suggestedLevel"_s);
    auto *level = child<QComboBox>(&dialog, u"confirmedLevel"_s);
    auto *save = child<QPushButton>(&dialog, u"saveCrisisEvent"_s);
    const QString before = suggested->text();
    CHECK(before == labels.label(dialog.suggested()));
    // Active thoughts with a plan and the means: the most severe level, and the level follows.
    child<QComboBox>(&dialog, u"selfHarmThoughts"_s)->setCurrentIndex(2);
    child<QCheckBox>(&dialog, u"hasPlan"_s)->setChecked(true);
    child<QCheckBox>(&dialog, u"hasMeans"_s)->setChecked(true);
    CHECK(dialog.suggested() == crisis::RiskLevel::Crisis);
    CHECK(suggested->text() == labels.label(crisis::RiskLevel::Crisis));
    CHECK(suggested->text() != before);
    CHECK(level->currentData().toInt() == int(crisis::RiskLevel::Crisis));
    CHECK_FALSE(save->isEnabled());  // no description yet
    child<QPlainTextEdit>(&dialog, u"crisisDescription"_s)->setPlainText(u"同学报告其在宿舍藏有药物"_s);
    CHECK(save->isEnabled());

    // A different level without a reason cannot be saved.
    level->setCurrentIndex(level->findData(int(crisis::RiskLevel::High)));
    auto *reason = child<QLineEdit>(&dialog, u"overrideReason"_s);
    CHECK(reason->isEnabled());
    CHECK_FALSE(save->isEnabled());
    save->click();
    CHECK(dialog.isVisible());
    typeInto(reason, u"班主任全程陪同，药物已收走"_s);
    REQUIRE(save->isEnabled());
    save->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.eventId() > 0);

    auto event = crisis::CrisisEvents(*vault).get(dialog.eventId());
    REQUIRE(event.ok());
    CHECK(event->level == crisis::RiskLevel::High);
    CHECK(event->suggested == crisis::RiskLevel::Crisis);
    CHECK(event->overrideReason == u"班主任全程陪同，药物已收走"_s);
    auto entry = students::WatchList(*vault).entry(student);
    REQUIRE(entry.ok());
    REQUIRE(entry->has_value());
    CHECK((*entry)->level == crisis::RiskLevel::High);
}

TEST_CASE("ui: an event's step and a notification that broke confidentiality, with its reason", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR2"_s, u"步骤测试"_s);
    const qint64 eventId = recordTestEvent(*vault, student, 1);

    ui::CrisisEventView view(*vault, eventId);
    REQUIRE(view.loaded());
    view.show();
    whenShown<ui::StepDialog>([](ui::StepDialog *dialog) {
        auto *step = child<QComboBox>(dialog, u"stepKind"_s);
        step->setCurrentIndex(step->findData(int(crisis::CrisisStep::Intervention)));
        child<QPlainTextEdit>(dialog, u"stepNote"_s)->setPlainText(u"专人陪护，联系校医"_s);
        child<QPushButton>(dialog, u"recordStepOk"_s)->click();
    });
    view.recordStep();
    auto event = crisis::CrisisEvents(*vault).get(eventId);
    REQUIRE(event.ok());
    const auto step = event->step(crisis::CrisisStep::Intervention);
    REQUIRE(step.has_value());
    CHECK(step->person == u"Lead Counselor"_s);
    CHECK(step->note == u"专人陪护，联系校医"_s);

    bool blockedWithoutReason = false;
    whenShown<ui::NotificationDialog>([&](ui::NotificationDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"notifyPerson"_s), u"王女士"_s);
        child<QCheckBox>(dialog, u"notifyBreach"_s)->setChecked(true);
        auto *ok = child<QPushButton>(dialog, u"recordNotificationOk"_s);
        blockedWithoutReason = !ok->isEnabled();
        typeInto(child<QLineEdit>(dialog, u"notifyBreachReason"_s), u"学生有自伤计划，需监护人看护"_s);
        ok->click();
    });
    view.recordNotification();
    CHECK(blockedWithoutReason);
    event = crisis::CrisisEvents(*vault).get(eventId);
    REQUIRE(event.ok());
    REQUIRE(event->notifications.size() == 1);
    CHECK(event->notifications.first().recipient == crisis::Recipient::Guardian);
    CHECK(event->notifications.first().confidentialityBreach);
    CHECK(event->notifications.first().reason == u"学生有自伤计划，需监护人看护"_s);
    CHECK(anyVisibleWindowShows(u"学生有自伤计划"_s));
}

TEST_CASE("ui: a referral without the guardian's consent is not marked given, the core's message shows",
          "[ui][crisis][referral]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR3"_s, u"转介测试"_s);
    const qint64 hospital = addTestInstitution(*vault, u"测试市精神卫生中心"_s);

    ui::ReferralDialog dialog(*vault, ui::NewReferral{student, 0});
    REQUIRE(dialog.loaded());
    dialog.show();
    // The defaults: identity, reason and questions ticked; private notes never.
    CHECK(child<QCheckBox>(&dialog, u"disclose_identity"_s)->isChecked());
    auto *privateNotes = child<QCheckBox>(&dialog, u"disclosePrivateNotes"_s);
    CHECK_FALSE(privateNotes->isChecked());
    CHECK_FALSE(privateNotes->isEnabled());
    auto *screening = child<QPlainTextEdit>(&dialog, u"referralScreeningText"_s);
    CHECK_FALSE(screening->isEnabled());
    child<QCheckBox>(&dialog, u"disclose_screening"_s)->setChecked(true);
    CHECK(screening->isEnabled());
    CHECK_FALSE(child<QPlainTextEdit>(&dialog, u"referralQuestions"_s)->toPlainText().isEmpty());

    auto *destination = child<QComboBox>(&dialog, u"referralDestination"_s);
    destination->setCurrentIndex(destination->findData(hospital));
    child<QPlainTextEdit>(&dialog, u"referralReason"_s)->setPlainText(u"近三周失眠、拒绝上学，课堂上多次哭泣"_s);
    child<QPushButton>(&dialog, u"referralGiven"_s)->click();
    auto *error = child<QLabel>(&dialog, u"referralError"_s);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    REQUIRE(dialog.referralId() > 0);  // saved as a draft, nothing typed lost
    auto stored = crisis::Referrals(*vault).get(dialog.referralId());
    REQUIRE(stored.ok());
    CHECK(stored->status == crisis::ReferralStatus::Drafted);
    CHECK(stored->reason == u"近三周失眠、拒绝上学，课堂上多次哭泣"_s);

    // With the consent it is given, and the slip is due.
    typeInto(child<QLineEdit>(&dialog, u"consentGuardian"_s), u"李女士"_s);
    typeInto(child<QLineEdit>(&dialog, u"consentRelation"_s), u"母亲"_s);
    child<QCheckBox>(&dialog, u"consentGiven"_s)->setChecked(true);
    child<QPushButton>(&dialog, u"referralGiven"_s)->click();
    CHECK_FALSE(error->isVisible());
    stored = crisis::Referrals(*vault).get(dialog.referralId());
    REQUIRE(stored.ok());
    CHECK(stored->status == crisis::ReferralStatus::Given);
    CHECK(stored->slipDue.isValid());
}

TEST_CASE("ui: the return slip: a diagnosis only when the guardian chose to share it", "[ui][crisis][referral]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR4"_s, u"回执测试"_s);
    crisis::Referral draft;
    draft.studentId = student;
    draft.institutionId = addTestInstitution(*vault, u"测试医院"_s);
    draft.reason = u"持续情绪低落"_s;
    draft.consent.guardianName = u"张先生"_s;
    draft.consent.at = clock::now().addSecs(-3600);
    auto id = crisis::Referrals(*vault).create(draft);
    REQUIRE(id.ok());
    REQUIRE(crisis::Referrals(*vault).markGiven(*id, clock::now().addSecs(-60)).ok());

    ui::ReferralDialog dialog(*vault, *id);
    REQUIRE(dialog.loaded());
    dialog.show();
    bool diagnosisLocked = false;
    whenShown<ui::ReturnSlipDialog>([&](ui::ReturnSlipDialog *slip) {
        auto *diagnosis = child<QLineEdit>(slip, u"slipDiagnosis"_s);
        diagnosisLocked = !diagnosis->isEnabled();
        child<QLineEdit>(slip, u"slipDepartment"_s)->setText(u"心理门诊"_s);
        child<QCheckBox>(slip, u"slipTreatment0"_s)->setChecked(true);
        child<QCheckBox>(slip, u"slipShareDiagnosis"_s)->setChecked(true);
        REQUIRE(diagnosis->isEnabled());
        diagnosis->setText(u"监护人告知：适应障碍"_s);
        child<QPushButton>(slip, u"saveSlipButton"_s)->click();
    });
    dialog.enterSlip();
    CHECK(diagnosisLocked);
    auto stored = crisis::Referrals(*vault).get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->status == crisis::ReferralStatus::SlipReturned);
    REQUIRE(stored->slip.has_value());
    CHECK(stored->slip->outcome == crisis::VisitOutcome::Seen);
    CHECK(stored->slip->treatments.contains(crisis::Treatment::Outpatient));
    CHECK(stored->slip->diagnosis == u"监护人告知：适应障碍"_s);
    CHECK(stored->followUpOn.isValid());
}

TEST_CASE("ui: risk labels the lead renames appear on the watch list", "[ui][crisis][watch]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR5"_s, u"标签测试"_s);
    REQUIRE(students::WatchList(*vault).set(student, students::RiskLevel::Crisis, u"测试"_s, QDate::currentDate()).ok());
    {
        ui::RiskLevelsDialog dialog(*vault);
        dialog.show();
        typeInto(child<QLineEdit>(&dialog, u"riskLabel_crisis"_s), u"一级预警"_s);
        dialog.setColour(crisis::RiskLevel::Crisis, u"#aa0000"_s);
        child<QPushButton>(&dialog, u"saveRiskLevels"_s)->click();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    ui::WatchListPage page(*vault);
    page.show();
    page.reload();
    auto *table = child<QTableWidget>(&page, u"watchTable"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == u"一级预警"_s);
    CHECK(table->item(0, 2)->foreground().color() == QColor(u"#aa0000"_s));
}

TEST_CASE("ui: the directory: add an institution, retire it, bring it back", "[ui][crisis][directory]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::DirectoryDialog dialog(*vault);
    dialog.show();
    whenShown<ui::InstitutionDialog>([](ui::InstitutionDialog *entry) {
        typeInto(child<QLineEdit>(entry, u"institutionName"_s), u"测试区公安分局"_s);
        typeInto(child<QLineEdit>(entry, u"institutionPhone"_s), u"110"_s);
        child<QPushButton>(entry, u"saveInstitution"_s)->click();
    });
    dialog.addEntry();
    QTableView *view = dialog.view();
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(anyVisibleWindowShows(u"测试区公安分局"_s));
    view->selectRow(0);
    dialog.toggleSelected();
    CHECK(view->model()->rowCount() == 0);  // retired: hidden
    child<QCheckBox>(&dialog, u"showRetired"_s)->setChecked(true);
    REQUIRE(view->model()->rowCount() == 1);
    view->selectRow(0);
    CHECK(child<QPushButton>(&dialog, u"retireInstitution"_s)->text().remove(u'&') == u"Bring back"_s);
    dialog.toggleSelected();
    auto list = crisis::Directory(*vault).list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().active);
}

TEST_CASE("ui: the home desk shows an overdue crisis step in red and opens its event", "[ui][crisis][home]")
{
    TempVault tv;
    auto vault = tv.open();
    {
        ui::HomePage empty(*vault);
        empty.show();
        CHECK(child<QWidget>(&empty, u"homeFirstSteps"_s)->isVisible());
        CHECK(child<QPushButton>(&empty, u"homeImportRoster"_s)->isVisible());
    }
    const qint64 student = addTestStudent(*vault, u"CR6"_s, u"桌面测试"_s);
    recordTestEvent(*vault, student, 3);  // the leader should have been told within 30 minutes

    ui::HomePage home(*vault);
    home.show();
    home.reload();
    CHECK_FALSE(child<QWidget>(&home, u"homeFirstSteps"_s)->isVisible());
    QTreeWidget *desk = home.desk();
    const QString stepName = crisis::stepName(crisis::CrisisStep::LeaderReported);
    QTreeWidgetItem *overdue = nullptr;
    for (int s = 0; s < desk->topLevelItemCount(); ++s)
        for (int i = 0; i < desk->topLevelItem(s)->childCount(); ++i)
            if (desk->topLevelItem(s)->child(i)->text(0).contains(stepName)) overdue = desk->topLevelItem(s)->child(i);
    REQUIRE(overdue != nullptr);
    CHECK(overdue->text(0).contains(u"桌面测试"_s));
    CHECK(overdue->foreground(0).color() == QColor(0xc6, 0x28, 0x28));
    bool opened = false;
    whenShown<ui::CrisisEventView>([&](ui::CrisisEventView *view) {
        opened = child<QLabel>(view, u"crisisHeader"_s)->text().contains(u"桌面测试"_s);
        view->reject();
    });
    home.openItem(overdue);
    CHECK(opened);
}

TEST_CASE("ui: the crisis page lists open events and referrals, the lead's step limits save", "[ui][crisis][page]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"CR7"_s, u"页面测试"_s);
    recordTestEvent(*vault, student, 0);
    crisis::Referral draft;
    draft.studentId = student;
    draft.reason = u"持续失眠"_s;
    REQUIRE(crisis::Referrals(*vault).create(draft).ok());

    ui::CrisisPage page(*vault);
    page.show();
    page.reload();
    QAbstractItemModelTester events(page.eventsView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester referrals(page.referralsView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.eventsView()->model()->rowCount() == 1);
    CHECK(page.referralsView()->model()->rowCount() == 1);
    CHECK(anyVisibleWindowShows(u"页面测试"_s));
    typeInto(child<QLineEdit>(&page, u"eventsFilter"_s), u"nobody"_s);
    CHECK(page.eventsView()->model()->rowCount() == 0);

    ui::StepLimitsDialog limits(*vault);
    limits.show();
    limits.setMinutes(crisis::CrisisStep::LeaderReported, 15);
    limits.accept();
    REQUIRE(limits.result() == QDialog::Accepted);
    auto stored = crisis::CrisisEvents(*vault).stepLimits();
    REQUIRE(stored.ok());
    bool found = false;
    for (const crisis::StepLimit &l : *stored)
        if (l.step == crisis::CrisisStep::LeaderReported) found = l.minutes == 15;
    CHECK(found);
}
