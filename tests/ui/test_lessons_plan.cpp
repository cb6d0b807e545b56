// The Lessons page's planner, offscreen: Build plan runs the planner on the saved timetable inputs,
// the preview shows the lessons, each teacher's load and every gap with its reason before anything
// is saved, and Save writes the plan. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Semesters.h"
#include "core/lessons/Timetable.h"
#include "lessons/PlanDialog.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("plan: built, previewed with its load and every gap's reason, saved only on Save", "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"测试甲"_s, {}, 8, u"1"_s);
    addTestStudent(*vault, u"S2"_s, u"测试乙"_s, {}, 8, u"2"_s);
    addTestStudent(*vault, u"S3"_s, u"测试丙"_s, {}, 9, u"1"_s);
    lessons::Semester s;
    s.name = u"Autumn"_s;
    s.startsOn = QDate(2026, 8, 31);
    s.week1Monday = s.startsOn;
    s.endsOn = s.startsOn.addDays(8 * 7 - 3);  // 8 weeks: 4 windows of 2
    for (int i = 0; i < 6; ++i) s.periods.append({i + 1, QTime(8, 0).addSecs(i * 3000), QTime(8, 40).addSecs(i * 3000)});
    s.id = *lessons::Semesters(*vault).save(s);
    lessons::Timetable t;
    t.semesterId = s.id;
    t.teachers.append({0, u"王老师"_s, {}, 4});
    for (const lessons::ClassKey &cls : {lessons::ClassKey{8, u"1"_s}, lessons::ClassKey{8, u"2"_s}, lessons::ClassKey{9, u"1"_s}})
        t.assignments.append({cls, u"王老师"_s});
    t.slots.append({{8, u"1"_s}, 1, 1, lessons::SlotWeeks::Every});
    t.slots.append({{8, u"2"_s}, 2, 3, lessons::SlotWeeks::Odd});  // grade 9's class has no slot at all
    REQUIRE(lessons::Timetables(*vault).save(t).ok());
    clock::setNowForTesting(QDateTime(QDate(2026, 8, 20), QTime(9, 0)));  // before the semester: plan it all

    ui::PlanDialog dialog(*vault, s);
    dialog.show();
    CHECK(child<QSpinBox>(&dialog, u"planFromWeek"_s)->value() == 1);
    CHECK_FALSE(child<QPushButton>(&dialog, u"savePlan"_s)->isEnabled());
    child<QPushButton>(&dialog, u"buildPlan"_s)->click();
    REQUIRE(waitUntil([&]() { return dialog.hasPlan(); }));
    clock::setNowForTesting({});

    CHECK(dialog.plan()->lessons.size() == 8);  // two classes × four windows
    CHECK(child<QLabel>(&dialog, u"planSummary"_s)->text().contains(u"8 lesson"_s));
    auto *loads = child<QTableWidget>(&dialog, u"planLoads"_s);
    REQUIRE(loads->rowCount() == 1);
    CHECK(loads->item(0, 0)->text() == u"王老师"_s);
    CHECK(loads->item(0, 1)->data(Qt::DisplayRole).toInt() == 8);
    auto *gaps = child<QTableWidget>(&dialog, u"planGaps"_s);
    REQUIRE(gaps->rowCount() == 4);  // grade 9's class in each window
    for (int r = 0; r < gaps->rowCount(); ++r) {
        CHECK(gaps->item(r, 0)->text() == lessons::ClassKey{9, u"1"_s}.displayName());
        CHECK(gaps->item(r, 3)->text().contains(u"no open slot"_s));
    }
    CHECK(lessons::Lessons(*vault).list(s.id)->isEmpty());  // a preview: nothing saved yet
    if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + u"/plan-preview.png"_s);

    child<QPushButton>(&dialog, u"savePlan"_s)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = lessons::Lessons(*vault).list(s.id);
    REQUIRE(saved.ok());
    CHECK(saved->size() == 8);
}
