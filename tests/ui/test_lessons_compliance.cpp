// The Lessons page's compliance view, offscreen: a class behind the lesson rule comes first and in
// red with its missing lessons; the grade's sums and the chart's bars are the report's. Synthetic
// data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Semesters.h"
#include "core/lessons/Timetable.h"
#include "lessons/ComplianceView.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("compliance view: the class behind first and in red, grade sums and chart from the report", "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"测试甲"_s, {}, 8, u"1"_s);
    addTestStudent(*vault, u"S2"_s, u"测试乙"_s, {}, 8, u"2"_s);
    lessons::Semester s;
    s.name = u"Autumn"_s;
    s.startsOn = QDate(2026, 8, 31);
    s.week1Monday = s.startsOn;
    s.endsOn = s.startsOn.addDays(4 * 7 - 3);  // two windows of two weeks
    for (int i = 0; i < 6; ++i) s.periods.append({i + 1, QTime(8, 0).addSecs(i * 3000), QTime(8, 40).addSecs(i * 3000)});
    s.id = *lessons::Semesters(*vault).save(s);
    lessons::Timetable t;
    t.semesterId = s.id;
    t.teachers.append({0, u"王老师"_s, {}, 4});
    t.assignments.append({{8, u"1"_s}, u"王老师"_s});
    t.assignments.append({{8, u"2"_s}, u"王老师"_s});
    REQUIRE(lessons::Timetables(*vault).save(t).ok());
    lessons::Lessons repo(*vault);
    for (int week : {1, 3}) {  // 初二(1)班 gets its lesson in each window; 初二(2)班 none
        auto id = repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {week, 2, 2}, -1, 0, u"情绪"_s, {}});
        REQUIRE(id.ok());
        REQUIRE(repo.deliver(*id, {0, u"情绪"_s, {}, {}}).ok());
    }
    clock::setNowForTesting(QDateTime(QDate(2026, 10, 5), QTime(9, 0)));  // after the semester

    ui::ComplianceView view(*vault);
    view.resize(900, 700);
    view.show();
    view.setSemester(s);
    clock::setNowForTesting({});
    auto *classes = view.classTable();
    REQUIRE(classes->rowCount() == 2);
    CHECK(classes->item(0, 0)->text() == lessons::ClassKey{8, u"2"_s}.displayName());  // behind: first
    CHECK(classes->item(0, 2)->data(Qt::DisplayRole).toInt() == 2);                      // required so far
    CHECK(classes->item(0, 3)->data(Qt::DisplayRole).toInt() == 0);                      // delivered
    CHECK(classes->item(0, 5)->data(Qt::DisplayRole).toInt() == 2);                      // missing
    CHECK(classes->item(0, 0)->foreground().color() == ui::behindColour());
    CHECK(classes->item(1, 3)->data(Qt::DisplayRole).toInt() == 2);
    CHECK(classes->item(1, 0)->foreground().color() != ui::behindColour());

    auto *grades = view.gradeTable();
    REQUIRE(grades->rowCount() == 1);
    CHECK(grades->item(0, 2)->data(Qt::DisplayRole).toInt() == 1);  // classes behind
    CHECK(grades->item(0, 3)->data(Qt::DisplayRole).toInt() == 4);  // required so far
    CHECK(grades->item(0, 4)->data(Qt::DisplayRole).toInt() == 2);  // delivered
    CHECK(child<QLabel>(&view, u"complianceSummary"_s)->text().contains(u"1 of 2"_s));

    if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty())
        view.grab().save(shots + u"/compliance-view.png"_s);
    auto series = view.chart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto sets = qobject_cast<QBarSeries *>(series.first())->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0]->at(0) == 4);  // required
    CHECK(sets[1]->at(0) == 2);  // delivered
}
