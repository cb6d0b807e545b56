// The planner's plan saved in a real vault: a dry run writes nothing, saving replaces only planned
// lessons not edited by hand, hand edits and held lessons are kept and fixed, topics in order per
// class, gaps explained, the compliance preview and the audit detail in words.

#include "lessons/Compliance.h"
#include "lessons/Lessons.h"
#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "lessons/Topics.h"

#include "registry/AuditDetail.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

qint64 count(vault::Vault &v, const QString &sql)
{
    auto n = v.database().scalar(sql);
    REQUIRE(n.ok());
    return n->toLongLong();
}

const ClassKey k71{7, u"1"_s};
const ClassKey k72{7, u"2"_s};
const ClassKey k81{8, u"1"_s};

/// Weeks 1–10 from 2026-08-31 (windows 1–2 … 9–10), National Day in week 5. 王老师 (two a day)
/// teaches 7(1) (Monday 1 every week, Tuesday 2 odd weeks) and 7(2) (Monday 2 even weeks); 李老师
/// teaches 8(1) (Wednesday 1) but is away on Wednesdays in weeks 1–2.
qint64 addSchool(vault::Vault &v)
{
    test::addTestStudent(v, u"S1"_s, u"学生甲"_s, {}, 7, u"1"_s);
    test::addTestStudent(v, u"S2"_s, u"学生乙"_s, {}, 7, u"2"_s);
    test::addTestStudent(v, u"S3"_s, u"学生丙"_s, {}, 8, u"1"_s);
    Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = d("2026-08-31");
    s.endsOn = d("2026-11-06");
    s.week1Monday = s.startsOn;
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    s.breaks = {{BreakKind::Holiday, d("2026-09-28"), d("2026-10-04"), u"国庆节"_s}};
    auto id = Semesters(v).save(s);
    REQUIRE(id.ok());
    Timetable tt;
    tt.semesterId = *id;
    tt.teachers = {{0, u"王老师"_s, QString(), 2}, {0, u"李老师"_s, QString(), 4}};
    tt.assignments = {{k71, u"王老师"_s}, {k72, u"王老师"_s}, {k81, u"李老师"_s}};
    tt.unavailable = {{u"李老师"_s, 3, 0, 1, 2, QString()}};
    tt.slots = {{k71, 1, 1, SlotWeeks::Every}, {k71, 2, 2, SlotWeeks::Odd}, {k72, 1, 2, SlotWeeks::Even},
                {k81, 3, 1, SlotWeeks::Every}};
    REQUIRE(Timetables(v).save(tt).ok());
    return *id;
}

QList<Lesson> ofClass(const QList<Lesson> &all, const ClassKey &cls)
{
    QList<Lesson> out;
    for (const Lesson &l : all)
        if (l.cls == cls && l.kind == LessonKind::Lesson) out.append(l);
    return out;
}
}  // namespace

TEST_CASE("lesson plan: a dry run writes nothing and explains the gap", "[lessons][plan]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 sid = addSchool(*v);
    const qint64 auditBefore = count(*v, u"SELECT count(*) FROM audit_log"_s);
    PlanOptions options;
    options.fromWeek = 1;
    options.dryRun = true;
    auto outcome = Lessons(*v).plan(sid, options);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->saved);
    CHECK(outcome->lessons.size() == 14);  // 5 + 5 windows, 8(1) misses weeks 1–2
    REQUIRE(outcome->plan.gaps.size() == 1);
    CHECK(outcome->plan.gaps[0].grade == 8);
    CHECK(outcome->plan.gaps[0].firstWeek == 1);
    CHECK(outcome->plan.gaps[0].reason == GapReason::TeacherUnavailable);
    CHECK(count(*v, u"SELECT count(*) FROM lessons"_s) == 0);
    CHECK(count(*v, u"SELECT count(*) FROM lesson_topics"_s) == 0);
    CHECK(count(*v, u"SELECT count(*) FROM audit_log"_s) == auditBefore);
    // The preview counts the planned lessons ahead without any being saved.
    auto preview = Compliance(*v).preview(sid, d("2026-08-30"), *outcome);
    REQUIRE(preview.ok());
    CHECK(preview->school.plannedAhead == 14);
    CHECK(Compliance(*v).report(sid, d("2026-08-30"))->school.plannedAhead == 0);
}

TEST_CASE("lesson plan: saved with topics in order, rebuilt keeping hand edits and held lessons", "[lessons][plan]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 sid = addSchool(*v);
    Lessons lessons(*v);
    PlanOptions options;
    options.fromWeek = 1;
    auto first = lessons.plan(sid, options);
    REQUIRE(first.ok());
    CHECK(first->saved);
    CHECK(first->replaced == 0);
    CHECK(count(*v, u"SELECT count(*) FROM lessons"_s) == 14);
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'lessons.plan'"_s) == 1);

    // Topics: the grade's own first, in order, none repeated before the list is used up.
    auto topics = Topics(*v).forGrade(7);
    REQUIRE(topics.ok());
    REQUIRE(topics->size() >= 4);
    auto all = lessons.list(sid);
    REQUIRE(all.ok());
    const QList<Lesson> seven = ofClass(*all, k71);
    REQUIRE(seven.size() == 5);
    for (int i = 0; i < 4; ++i) CHECK(seven[i].topic == (*topics)[i].title);
    CHECK(seven[4].topic == (*topics)[0].title);

    // A hand edit (moved to Tuesday of week 3) and a delivered lesson survive a rebuild.
    const Lesson moved = seven[1];
    REQUIRE(moved.at.week >= 3);
    REQUIRE(lessons.move(moved.id, {3, 2, 2}).ok());
    const Lesson held = ofClass(*all, k72)[0];
    REQUIRE(lessons.deliver(held.id, {held.topicId, held.topic, u"卡片"_s, u"很好"_s}).ok());
    auto second = lessons.plan(sid, options);
    REQUIRE(second.ok());
    CHECK(second->replaced == 12);
    CHECK(second->kept == 2);
    all = lessons.list(sid);
    CHECK(all->size() == 14);  // the moved lesson fills its window: nothing added there
    CHECK(lessons.get(moved.id)->at == LessonTime{3, 2, 2});
    CHECK(lessons.get(moved.id)->pinned);
    CHECK(lessons.get(held.id)->status == LessonStatus::Delivered);
    // 7(1)'s new lessons take the topics its kept lesson has not had.
    QSet<QString> titles;
    for (const Lesson &l : ofClass(*all, k71)) titles.insert(l.topic);
    CHECK(titles.size() == 4);

    // From week 7 on: only the planned, unpinned lessons of weeks 7–10 are replaced.
    QSet<qint64> before;
    for (const Lesson &l : *all)
        if (l.at.week < 7) before.insert(l.id);
    options.fromWeek = 7;
    auto third = lessons.plan(sid, options);
    REQUIRE(third.ok());
    CHECK(third->replaced == 6);
    all = lessons.list(sid);
    QSet<qint64> after;
    for (const Lesson &l : *all)
        if (l.at.week < 7) after.insert(l.id);
    CHECK(after == before);
    CHECK(all->size() == 14);

    // The audit row's detail reads in words.
    auto detail = v->database().scalar(u"SELECT detail FROM audit_log WHERE action = 'lessons.plan' ORDER BY seq DESC LIMIT 1"_s);
    REQUIRE(detail.ok());
    const QString text = registry::auditDetailText(detail->toString());
    CHECK(text.contains(u"plan built"_s));
    CHECK(text.contains(u"from week: 7"_s));
    CHECK(text.contains(u"lessons missing: 0"_s));
}
