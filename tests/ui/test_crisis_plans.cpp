// The growth record's crisis tab and its plans, offscreen: time off and the return (refused
// without its papers, nothing saved), the support plan, the safety plan's versions, and the tab
// listing all of it with the watch-list banner. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "audit/AuditTarget.h"
#include "core/crisis/Absences.h"
#include "core/crisis/CrisisAudit.h"
#include "core/crisis/CrisisEvents.h"
#include "core/crisis/PrintedDocuments.h"
#include "core/crisis/Referrals.h"
#include "core/crisis/SafetyPlans.h"
#include "core/students/WatchList.h"
#include "common/FileDialogs.h"
#include "crisis/CrisisRecordPanel.h"
#include "crisis/DocumentPreviewDialog.h"
#include "crisis/LetterheadDialog.h"
#include "core/crisis/Letterhead.h"
#include "crisis/ReferralDialog.h"
#include "crisis/SafetyPlanDialog.h"
#include "crisis/SupportPlanDialog.h"
#include "crisis/TimeOffDialog.h"
#include "unlock/ReauthDialog.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("time off: started, the return refused until its papers are in, then recorded", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"T1"_s, u"休学测试"_s);
    {
        ui::TimeOffDialog start(*vault, s);
        CHECK_FALSE(start.isAway());
        child<QDateEdit>(&start, u"timeOffFrom"_s)->setDate(clock::today().addDays(-20));
        child<QLineEdit>(&start, u"timeOffReason"_s)->setText(u"遵医嘱休养"_s);
        REQUIRE(start.save());
    }
    ui::TimeOffDialog back(*vault, s);
    REQUIRE(back.isAway());
    auto *returned = child<ui::OptionalDate>(&back, u"timeOffReturned"_s);
    returned->setDate(clock::today());
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(back.save());  // no papers: refused, said why
    CHECK(ui::MessageBoxes::lastText().contains(u"certificate"_s));
    CHECK(crisis::Absences(*vault).away()->size() == 1);
    child<ui::OptionalDate>(&back, u"timeOffCertificate"_s)->setDate(clock::today().addDays(-3));
    child<ui::OptionalDate>(&back, u"timeOffApplication"_s)->setDate(clock::today().addDays(-2));
    child<ui::OptionalDate>(&back, u"timeOffAssessmentOn"_s)->setDate(clock::today().addDays(-1));
    child<QPlainTextEdit>(&back, u"timeOffAssessment"_s)->setPlainText(u"情绪稳定"_s);
    child<QCheckBox>(&back, u"timeOffPassed"_s)->setChecked(true);
    REQUIRE(back.save());
    CHECK(crisis::Absences(*vault).away()->isEmpty());
}

TEST_CASE("support plan: goals required, saved and shown again", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"T1"_s, u"支持测试"_s);
    {
        ui::SupportPlanDialog dialog(*vault, s);
        ui::MessageBoxes::setNextAnswer(true);  // the error box is answered, not shown
        CHECK_FALSE(dialog.save());
        CHECK(ui::MessageBoxes::lastText().contains(u"goals"_s));
        child<QPlainTextEdit>(&dialog, u"supportGoals"_s)->setPlainText(u"四周内恢复正常作息"_s);
        child<QPlainTextEdit>(&dialog, u"supportTeacher"_s)->setPlainText(u"每天关注"_s);
        REQUIRE(dialog.save());
    }
    ui::SupportPlanDialog again(*vault, s);
    CHECK(child<QPlainTextEdit>(&again, u"supportGoals"_s)->toPlainText() == u"四周内恢复正常作息"_s);
    CHECK(crisis::SupportPlans(*vault).get(s)->value().teacherDoes == u"每天关注"_s);
}

namespace {

/// Answers the preview's passphrase prompt and saves the document as a PDF at `path`, then closes it.
void savePreviewAsPdf(const QString &path, QString *previewText)
{
    whenShown<ui::DocumentPreviewDialog>([path, previewText](ui::DocumentPreviewDialog *preview) {
        *previewText = child<QTextEdit>(preview, u"documentEditor"_s)->toPlainText();
        ui::FileDialogs::setNextSaveFileName(path);
        whenShown<ui::ReauthDialog>([](ui::ReauthDialog *reauth) {
            typeInto(child<QLineEdit>(reauth, u"reauthPassphrase"_s), kLeadPassphrase);
            reauth->accept();
        });
        child<QPushButton>(preview, u"documentSavePdf"_s)->click();
        waitUntil([&] { return QFile::exists(path); });
        preview->reject();
    });
}

}  // namespace

TEST_CASE("safety plan: steps required, versions kept, older ones read-only", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"P1"_s, u"计划测试"_s);
    ui::SafetyPlanDialog dialog(*vault, s, 0);
    auto *step5 = child<QPlainTextEdit>(&dialog, u"safetyStep5"_s);
    CHECK(step5->toPlainText().contains(u"12356"_s));  // a new plan starts with the hotlines
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.save());  // step 1 and 2 empty
    CHECK(crisis::SafetyPlans(*vault).versions(s)->isEmpty());
    child<QPlainTextEdit>(&dialog, u"safetyStep1"_s)->setPlainText(u"睡不着"_s);
    child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->setPlainText(u"听音乐"_s);
    child<QPushButton>(&dialog, u"safetySave"_s)->click();
    REQUIRE(crisis::SafetyPlans(*vault).versions(s)->size() == 1);
    CHECK(dialog.shownVersion() == 1);
    CHECK_FALSE(dialog.isModified());
    child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->setPlainText(u"听音乐，跑步"_s);
    child<QPushButton>(&dialog, u"safetySave"_s)->click();
    REQUIRE(crisis::SafetyPlans(*vault).versions(s)->size() == 2);
    auto *versions = child<QComboBox>(&dialog, u"safetyPlanVersions"_s);
    CHECK(versions->count() == 2);
    Q_EMIT versions->activated(1);  // the first version, read-only
    CHECK(dialog.shownVersion() == 1);
    CHECK(child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->toPlainText() == u"听音乐"_s);
    CHECK(child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&dialog, u"safetySave"_s)->isEnabled());

    // Changes, then an earlier version asked for: Save, Discard or Cancel (issue 12 item 8).
    using Choice = ui::MessageBoxes::SaveChoice;
    Q_EMIT versions->activated(0);
    child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->setPlainText(u"听音乐，跑步，找妈妈"_s);
    ui::MessageBoxes::setNextSaveChoice(Choice::Cancel);
    Q_EMIT versions->activated(1);
    CHECK(dialog.isModified());
    CHECK(child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->toPlainText() == u"听音乐，跑步，找妈妈"_s);
    CHECK(ui::MessageBoxes::lastText().contains(u"not saved"_s));
    ui::MessageBoxes::setNextSaveChoice(Choice::Save);
    Q_EMIT versions->activated(1);  // version 1: saved as version 3 first, then version 1 shown
    REQUIRE(crisis::SafetyPlans(*vault).versions(s)->size() == 3);
    CHECK(crisis::SafetyPlans(*vault).versions(s)->first().content.copingAlone == u"听音乐，跑步，找妈妈"_s);
    CHECK(dialog.shownVersion() == 1);
    CHECK(child<QPlainTextEdit>(&dialog, u"safetyStep2"_s)->toPlainText() == u"听音乐"_s);
}

TEST_CASE("the growth record's crisis tab: banner, events, referrals, plans, and a printed plan kept", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"P1"_s, u"档案测试"_s);
    crisis::NewCrisisEvent e;
    e.studentId = s;
    e.occurredAt = clock::now().addSecs(-3600);
    e.description = u"同学报告其情绪低落"_s;
    e.assessment.selfHarmThoughts = crisis::Ideation::Active;
    e.level = crisis::suggestLevel(e.assessment);
    REQUIRE(crisis::CrisisEvents(*vault).record(e).ok());
    crisis::Referral r;
    r.studentId = s;
    REQUIRE(crisis::Referrals(*vault).create(r).ok());
    crisis::SafetyPlanContent plan;
    plan.warningSigns = u"睡不着"_s;
    plan.copingAlone = u"听音乐"_s;
    plan.professionals = u"12356"_s;
    REQUIRE(crisis::SafetyPlans(*vault).save(s, 0, plan, clock::today().addDays(7)).ok());

    ui::CrisisRecordPanel panel(*vault, s);
    panel.show();
    auto *banner = child<QLabel>(&panel, u"crisisBanner"_s);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(crisis::RiskScale(*vault).load()->label(crisis::RiskLevel::High)));
    CHECK(child<QTableWidget>(&panel, u"recordCrisisEvents"_s)->rowCount() == 1);
    CHECK(child<QTableWidget>(&panel, u"recordReferrals"_s)->rowCount() == 1);
    CHECK(child<QLabel>(&panel, u"recordSafetyPlan"_s)->text().contains(u"1"_s));
    CHECK(child<QTableWidget>(&panel, u"recordPrinted"_s)->rowCount() == 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    QString previewText;
    savePreviewAsPdf(path, &previewText);
    child<QPushButton>(&panel, u"recordPrintSafety"_s)->click();
    CHECK(previewText.contains(u"睡不着"_s));
    CHECK(QFile::exists(path));
    CHECK(child<QTableWidget>(&panel, u"recordPrinted"_s)->rowCount() == 1);
    auto row = vault->audit().latest(audit::action::DocumentPrinted);
    REQUIRE(row->has_value());
    CHECK((*row)->target == audit::studentTarget(s));
}

TEST_CASE("referral dialog: each document prints from its Print menu, saved first", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 s = addTestStudent(*vault, u"P1"_s, u"转介打印"_s);
    crisis::Referral r;
    r.studentId = s;
    r.reason = u"情绪低落两个月"_s;
    auto id = crisis::Referrals(*vault).create(r);
    REQUIRE(id.ok());
    ui::ReferralDialog dialog(*vault, *id);
    dialog.show();
    auto *print = child<QPushButton>(&dialog, u"referralPrint"_s);
    REQUIRE(print->isEnabled());
    QAction *letter = print->menu()->findChild<QAction *>(u"print_hospital_letter"_s);
    REQUIRE(letter);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"letter.pdf"_s);
    QString previewText;
    savePreviewAsPdf(path, &previewText);
    letter->trigger();
    CHECK(previewText.contains(u"情绪低落两个月"_s));
    CHECK(QFile::exists(path));
    auto kept = crisis::PrintedDocuments(*vault).latestForReferral(*id, crisis::DocumentKind::HospitalLetter);
    REQUIRE(kept->has_value());
}

TEST_CASE("letterhead: a file that is not an image is refused, a PNG is kept, the lead saves", "[ui][crisis]")
{
    TempVault tv;
    auto vault = tv.open();
    QTemporaryDir dir;
    const QString text = dir.filePath(u"logo.png"_s);  // named .png, is text
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an image");
    }
    const QString png = dir.filePath(u"real.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    REQUIRE(image.save(png));

    ui::LetterheadDialog dialog(*vault);
    ui::FileDialogs::setNextOpenFileName(text);
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.chooseLogo());
    CHECK(ui::MessageBoxes::lastText().contains(u"PNG"_s));
    ui::FileDialogs::setNextOpenFileName(dir.filePath(u"missing.png"_s));
    ui::MessageBoxes::setNextAnswer(true);
    CHECK_FALSE(dialog.chooseLogo());
    ui::FileDialogs::setNextOpenFileName(png);
    REQUIRE(dialog.chooseLogo());
    typeInto(child<QLineEdit>(&dialog, u"letterheadRoom"_s), u"心理辅导室"_s);
    REQUIRE(dialog.save());
    auto saved = crisis::LetterheadStore(*vault).load();
    REQUIRE(saved.ok());
    CHECK(saved->room == u"心理辅导室"_s);
    CHECK(saved->logo.startsWith("\x89PNG"));
}
