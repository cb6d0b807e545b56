// Adding a lesson by hand and recording a theme class meeting from the week grid (issue 14,
// item 5): a taken time is refused with its conflict, a free one saved as a hand edit; a class
// meeting is recorded as held. Synthetic data only.

#include "ui/UiTestSupport.h"

#include "core/lessons/Lessons.h"
#include "core/lessons/Timetable.h"
#include "lessons/AddLessonDialog.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("add lesson: a taken time is refused with its conflict, a free one saved, a class meeting recorded held",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    const TestSemester ts = addTestSemester(*vault);
    const lessons::Semester &s = ts.semester;
    lessons::Lessons repo(*vault);
    REQUIRE(repo.add(s.id, {{8, u"1"_s}, lessons::LessonKind::Lesson, {2, 1, 1}, -1, 0, u"认识情绪"_s, {}}).ok());

    ui::AddLessonDialog dialog(*vault, s, ts.timetable, 2);
    dialog.show();
    auto *period = child<QComboBox>(&dialog, u"addLessonPeriod"_s);
    auto *conflicts = child<QLabel>(&dialog, u"addLessonConflicts"_s);
    auto *error = child<QLabel>(&dialog, u"addLessonError"_s);
    // Week 2, Monday, period 1: the class has its lesson then.
    CHECK(child<QSpinBox>(&dialog, u"addLessonWeek"_s)->value() == 2);
    CHECK_FALSE(conflicts->text().isEmpty());
    CHECK_FALSE(conflicts->text().startsWith(u"Free"_s));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK(repo.list(s.id)->size() == 1);

    // Period 3 is free: saved, a hand edit with its topic.
    period->setCurrentIndex(period->findData(3));
    CHECK(conflicts->text().startsWith(u"Free"_s));
    typeInto(child<QLineEdit>(&dialog, u"addLessonTopic"_s), u"学习方法"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto all = repo.list(s.id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    bool found = false;
    for (const lessons::Lesson &l : *all)
        if (l.at == lessons::LessonTime{2, 1, 3}) {
            found = true;
            CHECK(l.pinned);
            CHECK(l.topic == u"学习方法"_s);
        }
    CHECK(found);

    // A theme class meeting, recorded as held.
    ui::AddLessonDialog meeting(*vault, s, ts.timetable, 3);
    meeting.show();
    auto *kind = child<QComboBox>(&meeting, u"addLessonKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(lessons::LessonKind::ClassMeeting)));
    typeInto(child<QLineEdit>(&meeting, u"addLessonTopic"_s), u"班会：情绪管理"_s);
    meeting.accept();
    CHECK(meeting.result() == QDialog::Accepted);
    all = repo.list(s.id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    bool held = false;
    for (const lessons::Lesson &l : *all)
        if (l.kind == lessons::LessonKind::ClassMeeting) held = l.held() && l.topic.contains(u"情绪管理"_s);
    CHECK(held);
}
