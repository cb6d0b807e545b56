// A case's life in the growth record (issue 12 items 7 and 8): a session's risk never silently
// disagrees with the watch list, an emergency case for a child under 14 with the consent recorded
// afterwards, and closing with an outcome from a fixed list.

#include "ui/UiTestSupport.h"

#include "cases/CaseDialogs.h"
#include "cases/CaseRepository.h"
#include "cases/CasesPanel.h"
#include "cases/OpenCaseDialog.h"
#include "cases/SessionEditor.h"
#include "common/AreaRegistry.h"
#include "common/MessageBoxes.h"
#include "students/StudentRecordDialog.h"
#include "students/WatchList.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
/// Writes a session rated `risk` through the editor, answering the watch-list question with `choice`.
bool writeSession(ui::CasesPanel &panel, const QString &risk, int choice, bool *asked = nullptr)
{
    bool accepted = false;
    whenShown<ui::SessionEditor>([&](ui::SessionEditor *editor) {
        editor->field(u"presenting"_s)->insertPlainText(u"talked about the week"_s);
        auto *combo = child<QComboBox>(editor, u"sessionRisk"_s);
        combo->setCurrentIndex(combo->findData(risk));
        const QString before = ui::MessageBoxes::lastText();
        ui::MessageBoxes::setNextChoice(choice);
        accepted = editor->save();
        if (asked) *asked = ui::MessageBoxes::lastText() != before;
        editor->done(QDialog::Rejected);
    });
    panel.newSession();
    return accepted;
}
}  // namespace

TEST_CASE("ui: a session rated differently from the watch list asks to raise, lower or keep the level",
          "[ui][cases][risk]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"R1"_s, u"风险"_s, QDate::currentDate().addYears(-15));
    const qint64 caseId = addTestCase(*vault, id);
    students::WatchList list(*vault);
    REQUIRE(list.set(id, students::RiskLevel::High, u"withdrawn"_s, QDate::currentDate().addDays(5)).ok());
    ui::CasesPanel panel(*vault, id, QDate::currentDate().addYears(-15));
    panel.show();
    panel.selectCase(caseId);
    const auto level = [&] { return (*list.entry(id))->level; };

    // Higher, raised: one transaction with the session, in the watch-list history.
    REQUIRE(writeSession(panel, u"crisis"_s, 0));
    CHECK(ui::MessageBoxes::lastText().contains(u"higher"_s));
    CHECK(level() == students::RiskLevel::Crisis);
    CHECK((*list.entry(id))->nextReview == QDate::currentDate().addDays(5));  // the review date kept
    CHECK(list.history(id)->size() == 2);

    // Lower, kept: the session is saved, the list stays.
    REQUIRE(writeSession(panel, u"low"_s, 1));
    CHECK(ui::MessageBoxes::lastText().contains(u"lower"_s));
    CHECK(level() == students::RiskLevel::Crisis);
    CHECK(panel.sessionCount() == 2);

    // Lower, lowered.
    REQUIRE(writeSession(panel, u"medium"_s, 0));
    CHECK(level() == students::RiskLevel::Medium);

    // Back to the session: nothing saved.
    CHECK_FALSE(writeSession(panel, u"high"_s, 2));
    CHECK(panel.sessionCount() == 3);
    CHECK(level() == students::RiskLevel::Medium);

    // The same level, or no concern noted: no question.
    bool asked = true;
    REQUIRE(writeSession(panel, u"medium"_s, 0, &asked));
    CHECK_FALSE(asked);
    REQUIRE(writeSession(panel, QString(), 0, &asked));
    CHECK_FALSE(asked);
    CHECK(list.history(id)->size() == 3);

    // Not on the list: offered to put the student on it.
    REQUIRE(list.remove(id, u"better"_s).ok());
    REQUIRE(writeSession(panel, u"high"_s, 0));
    CHECK(ui::MessageBoxes::lastText().contains(u"not on the watch list"_s));
    REQUIRE(list.entry(id)->has_value());
    CHECK(level() == students::RiskLevel::High);
}

TEST_CASE("ui: a child under 14 in crisis gets an emergency case, the consent is recorded afterwards",
          "[ui][cases][consent]")
{
    TempVault tv;
    auto vault = tv.open();
    const QDate born = QDate::currentDate().addYears(-12);
    const qint64 id = addTestStudent(*vault, u"C9"_s, u"急需"_s, born);
    ui::CasesPanel panel(*vault, id, born);
    panel.show();

    whenShown<ui::OpenCaseDialog>([](ui::OpenCaseDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        child<QCheckBox>(dialog, u"emergencyCase"_s)->setChecked(true);
        CHECK_FALSE(ok->isEnabled());  // the reason is required
        typeInto(child<QLineEdit>(dialog, u"emergencyReason"_s), u"Talked of ending her life"_s);
        CHECK(ok->isEnabled());
        ok->click();
    });
    panel.openCase();
    REQUIRE(panel.caseCount() == 1);
    auto *info = child<QLabel>(&panel, u"caseInfo"_s);
    CHECK(info->text().contains(u"Consent pending"_s));
    CHECK(info->text().contains(u"Talked of ending her life"_s));
    CHECK(child<QListWidget>(&panel, u"caseList"_s)->item(0)->text().contains(u"consent pending"_s));
    auto *record = child<QPushButton>(&panel, u"recordConsentButton"_s);
    CHECK(record->isVisible());

    // The home desk lists it.
    QStringList desk;
    for (const auto &section : ui::AreaRegistry::instance().deskSections())
        for (const auto &item : section.items(*vault)) desk << item.text;
    CHECK(desk.filter(u"急需"_s).filter(u"consent"_s).size() == 1);

    {
        ui::StudentRecordDialog dialog(*vault, id);  // said above every tab
        dialog.show();
        CHECK(child<QLabel>(&dialog, u"consentPendingNotice"_s)->isVisible());
    }

    whenShown<ui::ConsentDialog>([](ui::ConsentDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"consentGuardian"_s), u"Father, in person"_s);
        dialog->accept();
    });
    record->click();
    CHECK_FALSE(record->isVisible());
    CHECK(info->text().contains(u"Father, in person"_s));
    CHECK_FALSE(child<QListWidget>(&panel, u"caseList"_s)->item(0)->text().contains(u"consent pending"_s));
    desk.clear();
    for (const auto &section : ui::AreaRegistry::instance().deskSections())
        for (const auto &item : section.items(*vault)) desk << item.text;
    CHECK(desk.filter(u"急需"_s).isEmpty());
    ui::StudentRecordDialog dialog(*vault, id);
    dialog.show();
    CHECK_FALSE(child<QLabel>(&dialog, u"consentPendingNotice"_s)->isVisible());
    CHECK(vault->audit().latest(audit::action::CaseConsent)->has_value());
    CHECK(vault->audit().latest(audit::action::CaseEmergency)->has_value());
}

TEST_CASE("ui: closing a case asks how it ended, from a list, with an optional note", "[ui][cases][outcome]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 id = addTestStudent(*vault, u"X1"_s, u"结案"_s, QDate::currentDate().addYears(-15));
    const qint64 caseId = addTestCase(*vault, id);
    ui::CasesPanel panel(*vault, id, QDate::currentDate().addYears(-15));
    panel.show();
    panel.selectCase(caseId);

    whenShown<ui::CloseCaseDialog>([](ui::CloseCaseDialog *dialog) {
        auto *ok = child<QPushButton>(dialog, u"closeCaseOk"_s);
        CHECK_FALSE(ok->isEnabled());  // an outcome must be chosen
        auto *outcome = child<QComboBox>(dialog, u"caseOutcome"_s);
        CHECK(outcome->count() == 6);  // the prompt and five outcomes
        outcome->setCurrentIndex(outcome->findData(u"referred"_s));
        child<QPlainTextEdit>(dialog, u"caseOutcomeNote"_s)->insertPlainText(u"district centre"_s);
        ok->click();
    });
    panel.closeCase();
    auto stored = cases::CaseRepository(*vault).getCase(caseId);
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->open);
    CHECK(cases::decodeOutcome(stored->outcome).outcome == cases::CaseOutcome::Referred);
    const QString item = child<QListWidget>(&panel, u"caseList"_s)->item(0)->text();
    CHECK(item.contains(cases::outcomeName(cases::CaseOutcome::Referred)));
    const QString info = child<QLabel>(&panel, u"caseInfo"_s)->text();
    CHECK(info.contains(u"district centre"_s));
}
