// Timetable inputs, topics and hand-edited lessons in a real vault: saved whole and audited,
// refused whole with every problem named, conflicts found before saving, delivery marks.

#include "lessons/Compliance.h"
#include "lessons/Lessons.h"
#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "lessons/Topics.h"

#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

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

/// A semester of weeks 1–10 from Monday 2026-08-31, two periods, National Day off (week 5).
qint64 addSemester(vault::Vault &v, const QString &name = u"2026秋"_s, const char *from = "2026-08-31",
                   const char *to = "2026-11-06")
{
    Semester s;
    s.name = name;
    s.startsOn = d(from);
    s.endsOn = d(to);
    s.week1Monday = d(from);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    if (s.contains(d("2026-09-28"))) s.breaks = {{BreakKind::Holiday, d("2026-09-28"), d("2026-10-04"), u"国庆节"_s}};
    auto id = Semesters(v).save(s);
    REQUIRE(id.ok());
    return *id;
}

void addRoster(vault::Vault &v)
{
    test::addTestStudent(v, u"S1"_s, u"学生甲"_s, {}, 7, u"1"_s);
    test::addTestStudent(v, u"S2"_s, u"学生乙"_s, {}, 7, u"2"_s);
    test::addTestStudent(v, u"S3"_s, u"学生丙"_s, {}, 8, u"1"_s);
}

const ClassKey k71{7, u"1"_s};
const ClassKey k72{7, u"2"_s};
const ClassKey k81{8, u"1"_s};

NewLesson newLesson(const ClassKey &cls, const LessonTime &at, qint64 teacher = -1, const QString &topic = {})
{
    NewLesson l;
    l.cls = cls;
    l.at = at;
    l.teacherId = teacher;
    l.topic = topic;
    return l;
}

Timetable basicTimetable(qint64 semesterId)
{
    Timetable tt;
    tt.semesterId = semesterId;
    tt.teachers = {{0, u"王老师"_s, u"lead"_s, 2}, {0, u"李老师"_s, QString(), 4}};
    tt.assignments = {{k71, u"王老师"_s}, {k72, u"王老师"_s}, {k81, u"李老师"_s}};
    tt.unavailable = {{u"李老师"_s, 3, 0, 1, 2, u"培训"_s}};
    tt.slots = {{k71, 1, 1, SlotWeeks::Every}, {k71, 2, 2, SlotWeeks::Odd}, {k72, 1, 2, SlotWeeks::Even},
                {k81, 3, 1, SlotWeeks::Every}};
    return tt;
}
}  // namespace

TEST_CASE("timetable: saved whole, read back, teachers keep their ids, audited", "[lessons][timetable]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 sid = addSemester(*v);
    Timetables repo(*v);
    const qint64 auditBefore = count(*v, u"SELECT count(*) FROM audit_log"_s);
    REQUIRE(repo.save(basicTimetable(sid)).ok());
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'timetable.save'"_s) == 1);
    CHECK(count(*v, u"SELECT count(*) FROM audit_log"_s) == auditBefore + 1);

    auto back = repo.load(sid);
    REQUIRE(back.ok());
    REQUIRE(back->teachers.size() == 2);
    CHECK(back->teacherOf(k72) == u"王老师"_s);
    CHECK(back->classesOf(u"王老师"_s) == QList<ClassKey>{k71, k72});
    REQUIRE(back->slotsOf(k71).size() == 2);
    CHECK(back->slotsOf(k71)[1].weeks == SlotWeeks::Odd);
    CHECK(back->isUnavailable(u"李老师"_s, 2, 3, 1));
    CHECK_FALSE(back->isUnavailable(u"李老师"_s, 3, 3, 1));
    const qint64 wangId = back->teacher(u"王老师"_s)->id;

    // A lesson taught by 王老师 keeps its teacher when the timetable is saved again with a rename.
    auto lessonId = Lessons(*v).add(sid, newLesson(k71, {1, 1, 1}));
    REQUIRE(lessonId.ok());
    Timetable edited = *back;
    for (TimetableTeacher &t : edited.teachers)
        if (t.name == u"王老师"_s) t.name = u"王老师（心理）"_s;
    for (ClassAssignment &a : edited.assignments)
        if (a.teacher == u"王老师"_s) a.teacher = u"王老师（心理）"_s;
    REQUIRE(repo.save(edited).ok());
    auto again = repo.load(sid);
    REQUIRE(again.ok());
    CHECK(again->teacher(u"王老师（心理）"_s)->id == wangId);
    CHECK(Lessons(*v).get(*lessonId)->teacherId == wangId);
}

TEST_CASE("timetable: bad input refused whole with each problem named, nothing saved", "[lessons][timetable]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 sid = addSemester(*v);
    Timetables repo(*v);
    REQUIRE(repo.save(basicTimetable(sid)).ok());
    const qint64 auditBefore = count(*v, u"SELECT count(*) FROM audit_log"_s);

    Timetable bad = basicTimetable(sid);
    bad.assignments.append({k71, u"李老师"_s});             // a class assigned twice
    bad.assignments.append({ClassKey{9, u"5"_s}, u"李老师"_s});  // not on the roster
    bad.slots.append({k72, 6, 1, SlotWeeks::Every});        // Saturday: not a school day
    bad.slots.append({k72, 2, 5, SlotWeeks::Every});        // period 5: the day has two
    bad.slots.append({k71, 1, 1, SlotWeeks::Odd});          // duplicate slot
    bad.unavailable.append({u"王老师"_s, 1, 0, 9, 14, QString()});  // weeks past the semester
    bad.unavailable.append({u"赵老师"_s, 1, 0, 1, 1, QString()});   // unknown teacher
    auto st = repo.save(bad);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidInput);
    const QStringList lines = st.error().message.split(u'\n');
    CHECK(lines.size() == 7);
    CHECK(st.error().message.contains(u"assigned to a teacher twice"_s));
    CHECK(st.error().message.contains(u"not a class on the roster"_s));
    CHECK(st.error().message.contains(u"not a school day"_s));
    CHECK(st.error().message.contains(u"period 5"_s));
    CHECK(st.error().message.contains(u"twice. Remove one"_s));
    CHECK(st.error().message.contains(u"weeks 9–14 lies outside the semester (weeks 1–10)"_s));
    CHECK(st.error().message.contains(u"赵老师"_s));
    CHECK(count(*v, u"SELECT count(*) FROM audit_log"_s) == auditBefore);
    CHECK(count(*v, u"SELECT count(*) FROM class_slots"_s) == 4);
    CHECK(count(*v, u"SELECT count(*) FROM teacher_classes"_s) == 3);
}

TEST_CASE("timetable: copied from the previous semester for review", "[lessons][timetable]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 autumn = addSemester(*v);
    const qint64 spring = addSemester(*v, u"2027春"_s, "2027-03-01", "2027-06-25");
    REQUIRE(Timetables(*v).save(basicTimetable(autumn)).ok());
    auto copy = Timetables(*v).copiedFrom(autumn, spring);
    REQUIRE(copy.ok());
    CHECK(copy->semesterId == spring);
    CHECK(copy->teachers.size() == 2);
    CHECK(copy->teachers[0].id == 0);
    CHECK(copy->assignments.size() == 3);
    CHECK(copy->slots.size() == 4);
    CHECK(copy->unavailable.isEmpty());
    CHECK(count(*v, u"SELECT count(*) FROM lesson_teachers"_s) == 2);  // not saved
    REQUIRE(Timetables(*v).save(*copy).ok());
    CHECK(count(*v, u"SELECT count(*) FROM lesson_teachers"_s) == 4);
}

TEST_CASE("topics: seeded once in order per grade band, edited, reordered, retired", "[lessons][topics]")
{
    test::TempVault tv;
    auto v = tv.open();
    Topics topics(*v);
    auto seeded = topics.seedDefaultsIfEmpty();
    REQUIRE(seeded.ok());
    CHECK(*seeded == defaultTopics().size());
    CHECK(*topics.seedDefaultsIfEmpty() == 0);
    auto nine = topics.forGrade(9);
    REQUIRE(nine.ok());
    REQUIRE(nine->size() >= 3);
    CHECK(nine->first().grade == 9);
    CHECK(nine->first().title.contains(u"zhongkao"_s));
    CHECK(nine->last().grade == 0);  // the every-grade topics come after the grade's own
    auto twelve = topics.forGrade(12);
    bool examStress = false;
    for (const Topic &t : *twelve) examStress = examStress || t.title.contains(u"gaokao"_s);
    CHECK(examStress);

    auto added = topics.add(Topic{0, 9, 0, u"我的情绪日记"_s, u"Emotions"_s, u"日记本"_s, true});
    REQUIRE(added.ok());
    nine = topics.forGrade(9);
    CHECK((*nine)[nine->size() - 2].title == u"我的情绪日记"_s);
    REQUIRE(topics.rename(*added, u"情绪日记"_s).ok());
    QList<qint64> order;
    for (const Topic &t : *nine)
        if (t.grade == 9) order.prepend(t.id);
    REQUIRE(topics.reorder(9, order).ok());
    CHECK(topics.forGrade(9)->first().title == u"情绪日记"_s);
    CHECK_FALSE(topics.reorder(9, order.mid(1)).ok());
    REQUIRE(topics.setActive(*added, false).ok());
    CHECK(topics.forGrade(9)->first().title != u"情绪日记"_s);
    CHECK_FALSE(topics.add(Topic{0, 9, 0, u"  "_s, QString(), QString(), true}).ok());
}

TEST_CASE("lessons: conflicts found at once - blocking refused, warnings only when accepted", "[lessons][conflicts]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 sid = addSemester(*v);
    REQUIRE(Timetables(*v).save(basicTimetable(sid)).ok());
    Lessons lessons(*v);
    auto first = lessons.add(sid, newLesson(k71, {2, 1, 1}));
    REQUIRE(first.ok());
    const qint64 wang = lessons.get(*first)->teacherId;
    REQUIRE(wang > 0);

    auto none = lessons.conflicts(sid, k72, wang, {2, 1, 2});
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    auto busy = lessons.conflicts(sid, k72, wang, {2, 1, 1});
    REQUIRE(busy.ok());
    REQUIRE(busy->size() == 1);
    CHECK(busy->first().kind == ConflictKind::TeacherBusy);
    CHECK(busy->first().otherLessonId == *first);
    CHECK(busy->first().message.contains(u"王老师"_s));

    auto classBusy = lessons.conflicts(sid, k71, 0, {2, 1, 1});
    REQUIRE(classBusy->size() == 1);
    CHECK(classBusy->first().kind == ConflictKind::ClassBusy);

    auto holiday = lessons.conflicts(sid, k72, wang, {5, 2, 1});
    REQUIRE(holiday->size() == 1);
    CHECK(holiday->first().kind == ConflictKind::NotTeachingDay);
    CHECK(holiday->first().message.contains(u"国庆节"_s));
    CHECK(lessons.conflicts(sid, k72, wang, {2, 6, 1})->first().kind == ConflictKind::NotTeachingDay);
    CHECK(lessons.conflicts(sid, k72, wang, {11, 1, 1})->first().kind == ConflictKind::OutsideSemester);
    CHECK(lessons.conflicts(sid, k72, wang, {2, 2, 3})->first().kind == ConflictKind::NoSuchPeriod);

    const qint64 li = Timetables(*v).load(sid)->teacher(u"李老师"_s)->id;
    auto away = lessons.conflicts(sid, k81, li, {2, 3, 2});
    REQUIRE(away->size() == 1);
    CHECK(away->first().kind == ConflictKind::TeacherUnavailable);
    CHECK_FALSE(away->first().blocking);

    // 王老师 teaches at most 2 a day: a third that Monday is a warning.
    REQUIRE(lessons.add(sid, newLesson(k72, {2, 1, 2})).ok());
    auto third = lessons.conflicts(sid, ClassKey{8, u"1"_s}, wang, {2, 1, 1}, *first);
    REQUIRE(third.ok());
    CHECK(third->isEmpty());  // ignoring the lesson being moved, two that day
    const qint64 before = count(*v, u"SELECT count(*) FROM lessons"_s);
    REQUIRE(lessons.add(sid, newLesson(k81, {3, 1, 1}, wang)).ok());
    REQUIRE(lessons.add(sid, newLesson(k71, {3, 1, 2}, wang)).ok());
    auto refused = lessons.add(sid, newLesson(k72, {2, 1, 1}));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(count(*v, u"SELECT count(*) FROM lessons"_s) == before + 2);

    auto over = lessons.conflicts(sid, k72, wang, {3, 1, 1});
    bool overMax = false;
    for (const LessonConflict &c : *over) overMax = overMax || c.kind == ConflictKind::OverDailyMax;
    CHECK(overMax);
    REQUIRE(lessons.move(*first, {2, 3, 2}).ok());  // Wednesday: free
    CHECK(lessons.get(*first)->pinned);
    CHECK(lessons.get(*first)->at == LessonTime{2, 3, 2});
    CHECK_FALSE(lessons.move(*first, {5, 1, 1}).ok());
    CHECK(lessons.get(*first)->at == LessonTime{2, 3, 2});
}

TEST_CASE("lessons: warnings accepted on request", "[lessons][conflicts]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 sid = addSemester(*v);
    REQUIRE(Timetables(*v).save(basicTimetable(sid)).ok());
    Lessons lessons(*v);
    auto refused = lessons.add(sid, newLesson(k81, {1, 3, 1}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"unavailable"_s));
    auto accepted = lessons.add(sid, newLesson(k81, {1, 3, 1}), true);
    REQUIRE(accepted.ok());
}

TEST_CASE("lessons: delivered, cancelled and made up - meetings - compliance from the vault", "[lessons][delivery]")
{
    test::TempVault tv;
    auto v = tv.open();
    addRoster(*v);
    const qint64 sid = addSemester(*v);
    REQUIRE(Timetables(*v).save(basicTimetable(sid)).ok());
    Lessons lessons(*v);
    auto a = lessons.add(sid, newLesson(k71, {1, 1, 1}, -1, u"认识情绪"_s));
    auto b = lessons.add(sid, newLesson(k72, {2, 1, 2}));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(lessons.deliver(*a, LessonRecord{0, u"认识情绪"_s, u"情绪卡片"_s, u"学生参与积极"_s}).ok());
    auto delivered = lessons.get(*a);
    CHECK(delivered->status == LessonStatus::Delivered);
    CHECK(delivered->materials == u"情绪卡片"_s);
    CHECK(delivered->reflection == u"学生参与积极"_s);
    CHECK_FALSE(lessons.cancel(*a, QString()).ok());
    CHECK_FALSE(lessons.remove(*a).ok());
    CHECK_FALSE(lessons.makeUp(*b, {3, 1, 2}).ok());  // not cancelled

    REQUIRE(lessons.cancel(*b, u"运动会"_s).ok());
    CHECK(lessons.get(*b)->status == LessonStatus::Cancelled);
    CHECK_FALSE(lessons.deliver(*b, {}).ok());
    auto m = lessons.makeUp(*b, {3, 2, 2});
    REQUIRE(m.ok());
    CHECK(lessons.get(*m)->makesUp == *b);
    CHECK_FALSE(lessons.makeUp(*b, {3, 4, 2}).ok());  // one make-up per cancelled lesson
    REQUIRE(lessons.deliver(*m, {}).ok());
    CHECK(lessons.get(*m)->status == LessonStatus::MadeUp);

    auto meeting = lessons.recordClassMeeting(sid, k71, d("2026-09-09"), 2, u"感恩教师"_s, u"班主任主持"_s);
    REQUIRE(meeting.ok());
    CHECK(lessons.get(*meeting)->kind == LessonKind::ClassMeeting);
    CHECK(lessons.get(*meeting)->at == LessonTime{2, 3, 2});
    CHECK_FALSE(lessons.recordClassMeeting(sid, k71, d("2027-01-05"), 1, u"x"_s, {}).ok());
    CHECK_FALSE(lessons.recordClassMeeting(sid, k71, d("2026-09-09"), 1, u" "_s, {}).ok());

    // Weeks 1–2 and 3–4 ended on 2026-09-27: 7(1) held in window 1 only; 7(2)'s make-up is in
    // window 2 (its cancelled lesson was in window 1); 8(1) has nothing.
    auto report = Compliance(*v).report(sid, d("2026-09-27"));
    REQUIRE(report.ok());
    CHECK(report->school.classes == 3);
    CHECK(report->school.requiredSoFar == 6);
    CHECK(report->school.delivered == 2);
    CHECK(report->school.missing == 4);
    CHECK(report->school.meetingsHeld == 1);
    CHECK(report->classes.first().cls == k81);
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action LIKE 'lesson.%'"_s) == 7);
}
