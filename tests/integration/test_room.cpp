// The room in a real vault: open hours and duty saved whole, appointments booked against the
// counselor's appointments, lessons, group sessions and the open hours, their status audited with
// the student as target, and the week's agenda that shows everything in time order.

#include "room/Agenda.h"
#include "room/Appointments.h"
#include "room/RoomSchedule.h"

#include "audit/AuditTarget.h"
#include "cases/CaseRepository.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::room;
using namespace Qt::StringLiterals;

namespace {
// Week 2 of the test semester: Monday 2026-09-07 … Friday 2026-09-11; 2026-10-01..07 a holiday.
const QDate kMonday(2026, 9, 7);

qint64 count(vault::Vault &v, const QString &sql)
{
    auto n = v.database().scalar(sql);
    REQUIRE(n.ok());
    return n->toLongLong();
}

void exec(vault::Vault &v, const QString &sql) { REQUIRE(v.database().exec(sql).ok()); }

qint64 addSemester(vault::Vault &v)
{
    lessons::Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2027, 1, 22);
    s.week1Monday = QDate(2026, 8, 31);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    s.breaks = {{lessons::BreakKind::Holiday, QDate(2026, 10, 1), QDate(2026, 10, 7), u"国庆节"_s}};
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    RoomSchedule week;
    for (int day = 1; day <= 5; ++day) week.hours.append({day, QTime(12, 0), QTime(14, 0)});
    week.shifts = {{0, 1, QTime(12, 0), QTime(14, 0), u"值班老师"_s, test::kLeadLogin, QString()},
                   {0, 2, QTime(12, 0), QTime(14, 0), u"别的老师"_s, QString(), QString()}};
    REQUIRE(RoomSchedules(v).save(*id, week).ok());
    return *id;
}

Appointment appointment(qint64 studentId, const QDateTime &at, int minutes = 40)
{
    Appointment a;
    a.startsAt = at;
    a.minutes = minutes;
    a.requester = Requester::Student;
    a.studentId = studentId;
    a.reason = u"考试焦虑"_s;
    a.counselor = test::kLeadLogin;
    return a;
}

bool has(const QList<Conflict> &conflicts, Conflict::Kind kind)
{
    for (const Conflict &c : conflicts)
        if (c.kind == kind) return true;
    return false;
}
}  // namespace

TEST_CASE("room: open hours and duty saved whole and read back, a broken roster refused, nothing written", "[room]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = addSemester(*v);
    auto back = RoomSchedules(*v).load(semester);
    REQUIRE(back.ok());
    CHECK(back->hours.size() == 5);
    REQUIRE(back->shifts.size() == 2);
    CHECK(back->shifts[0].login == test::kLeadLogin);
    CHECK(back->shifts[0].starts == QTime(12, 0));
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'room.schedule'"_s) == 1);

    RoomSchedule broken = *back;
    broken.shifts.append({0, 1, QTime(13, 0), QTime(15, 0), u"值班老师"_s, QString(), QString()});
    auto refused = RoomSchedules(*v).save(semester, broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"值班老师"_s));
    CHECK(count(*v, u"SELECT count(*) FROM duty_shifts"_s) == 2);
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'room.schedule'"_s) == 1);
}

TEST_CASE("room: an appointment in open hours books, outside them only once the warning is accepted", "[room][appointment]")
{
    test::TempVault tv;
    auto v = tv.open();
    addSemester(*v);
    const qint64 student = test::addTestStudent(*v, u"S001"_s, u"张小明"_s);
    Appointments book(*v);

    auto inside = book.conflicts(appointment(student, QDateTime(kMonday, QTime(12, 0))));
    REQUIRE(inside.ok());
    CHECK(inside->isEmpty());

    const Appointment late = appointment(student, QDateTime(kMonday, QTime(13, 40)));  // runs past 14:00
    auto lateConflicts = book.conflicts(late);
    REQUIRE(lateConflicts.ok());
    CHECK(has(*lateConflicts, Conflict::Kind::OutsideHours));
    auto refused = book.save(late, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"outside the room's open hours"_s));
    CHECK(count(*v, u"SELECT count(*) FROM appointments"_s) == 0);
    auto accepted = book.save(late, true);
    REQUIRE(accepted.ok());

    // A holiday is no open time either.
    auto holiday = book.conflicts(appointment(student, QDateTime(QDate(2026, 10, 5), QTime(12, 0))));
    REQUIRE(holiday.ok());
    CHECK(has(*holiday, Conflict::Kind::OutsideHours));

    // Audited with the student as target; no name or reason in the detail.
    auto stmt = v->database().prepare(u"SELECT target, detail FROM audit_log WHERE action = 'appointment.save'"_s);
    REQUIRE(stmt.ok());
    REQUIRE(*stmt->step());
    CHECK(stmt->text(0) == audit::studentTarget(student));
    CHECK_FALSE(stmt->text(1).contains(u"张"_s));
    CHECK_FALSE(stmt->text(1).contains(u"考试"_s));
}

TEST_CASE("room: overlapping the counselor's own appointment is refused, lessons and groups are warnings", "[room][appointment]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = addSemester(*v);
    const qint64 student = test::addTestStudent(*v, u"S001"_s, u"张小明"_s);
    Appointments book(*v);
    REQUIRE(book.save(appointment(student, QDateTime(kMonday, QTime(12, 0))), false).ok());

    const Appointment clash = appointment(student, QDateTime(kMonday, QTime(12, 30)));
    auto c = book.conflicts(clash);
    REQUIRE(c.ok());
    CHECK(has(*c, Conflict::Kind::OwnAppointment));
    auto refused = book.save(clash, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"already has an appointment at 12:00–12:40"_s));
    CHECK(count(*v, u"SELECT count(*) FROM appointments"_s) == 1);

    // Back to back is no clash; a cancelled appointment blocks nothing.
    auto next = book.save(appointment(student, QDateTime(kMonday, QTime(12, 40))), false);
    REQUIRE(next.ok());
    REQUIRE(book.setStatus(*next, AppointmentStatus::Cancelled).ok());
    REQUIRE(book.save(appointment(student, QDateTime(kMonday, QTime(12, 50)), 30), false).ok());

    // The counselor's lesson (week 2, Tuesday, period 1: 08:00–08:40) and group session.
    exec(*v, u"INSERT INTO lesson_teachers (id, semester_id, name, login) VALUES (1, %1, '王老师', 'lead')"_s.arg(semester));
    exec(*v, u"INSERT INTO lessons (semester_id, grade, class_name, week, weekday, period, teacher_id, topic, updated_at, updated_by) "
             "VALUES (%1, 8, '3', 2, 2, 1, 1, '情绪', '', 'lead')"_s.arg(semester));
    auto lesson = book.conflicts(appointment(student, QDateTime(kMonday.addDays(1), QTime(8, 20))));
    REQUIRE(lesson.ok());
    CHECK(has(*lesson, Conflict::Kind::Lesson));
    CHECK(has(*lesson, Conflict::Kind::OutsideHours));
    exec(*v, u"INSERT INTO counseling_groups (id, name, theme, leader, created_at, created_by) VALUES (1, '成长小组', 'stress', 'lead', '', 'lead')"_s);
    exec(*v, u"INSERT INTO group_sessions (group_id, held_at, minutes) VALUES (1, '2026-09-09T12:30', 60)"_s);
    auto group = book.conflicts(appointment(student, QDateTime(kMonday.addDays(2), QTime(13, 0))));
    REQUIRE(group.ok());
    CHECK(has(*group, Conflict::Kind::GroupSession));
    CHECK_FALSE(has(*group, Conflict::Kind::OutsideHours));
    REQUIRE(book.save(appointment(student, QDateTime(kMonday.addDays(2), QTime(13, 0))), true).ok());
}

TEST_CASE("room: a request needs its student or asker and a known counselor, nothing written otherwise", "[room][appointment]")
{
    test::TempVault tv;
    auto v = tv.open();
    addSemester(*v);
    Appointments book(*v);
    Appointment a = appointment(0, QDateTime(kMonday, QTime(12, 0)));
    auto noStudent = book.save(a, true);
    REQUIRE_FALSE(noStudent.ok());
    CHECK(noStudent.error().message.contains(u"needs the student"_s));
    a.requester = Requester::Parent;
    auto noName = book.save(a, true);
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().message.contains(u"parent"_s));
    a.requesterName = u"家长"_s;
    a.counselor = u"nobody"_s;
    auto unknown = book.save(a, true);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"counselor"_s));
    a.minutes = 2;
    a.counselor = test::kLeadLogin;
    REQUIRE_FALSE(book.save(a, true).ok());
    CHECK(count(*v, u"SELECT count(*) FROM appointments"_s) == 0);
    a.minutes = 30;
    REQUIRE(book.save(a, false).ok());  // a parent's request without a student
}

TEST_CASE("room: a kept appointment keeps the session it led to, status changes are audited", "[room][appointment]")
{
    test::TempVault tv;
    auto v = tv.open();
    addSemester(*v);
    const qint64 student = test::addTestStudent(*v, u"S001"_s, u"张小明"_s);
    const qint64 caseId = test::addTestCase(*v, student);
    cases::Session session;
    session.caseId = caseId;
    session.heldOn = kMonday;
    session.minutes = 40;
    auto sessionId = cases::CaseRepository(*v).saveSession(session);
    REQUIRE(sessionId.ok());
    Appointments book(*v);
    auto id = book.save(appointment(student, QDateTime(kMonday, QTime(12, 0))), false);
    REQUIRE(id.ok());
    REQUIRE(book.setStatus(*id, AppointmentStatus::Kept, *sessionId).ok());
    auto back = book.get(*id);
    REQUIRE(back.ok());
    CHECK(back->status == AppointmentStatus::Kept);
    CHECK(back->sessionId == *sessionId);
    REQUIRE(book.setStatus(*id, AppointmentStatus::Missed).ok());  // the link stays
    CHECK(book.get(*id)->sessionId == *sessionId);
    const QString statusRows = u"SELECT count(*) FROM audit_log WHERE action = 'appointment.status' AND target = '%1'"_s;
    CHECK(count(*v, statusRows.arg(audit::studentTarget(student))) == 2);
}

TEST_CASE("agenda: the week shows appointments, lessons, duty on school days and group sessions in time order",
          "[room][agenda]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = addSemester(*v);
    const qint64 student = test::addTestStudent(*v, u"S001"_s, u"张小明"_s);
    REQUIRE(Appointments(*v).save(appointment(student, QDateTime(kMonday.addDays(2), QTime(12, 0))), false).ok());
    exec(*v, u"INSERT INTO lesson_teachers (id, semester_id, name, login) VALUES (1, %1, '王老师', 'lead'), "
             "(2, %1, '李老师', 'other')"_s.arg(semester));
    exec(*v, u"INSERT INTO lessons (semester_id, grade, class_name, week, weekday, period, teacher_id, topic, status, updated_at, updated_by) "
             "VALUES (%1, 8, '3', 2, 2, 2, 1, '情绪', 'planned', '', 'lead'), (%1, 7, '1', 2, 3, 1, 2, '', 'planned', '', 'lead'), "
             "(%1, 8, '4', 2, 4, 1, 1, '', 'cancelled', '', 'lead'), (%1, 8, '5', 3, 1, 1, 1, '', 'planned', '', 'lead')"_s.arg(semester));
    exec(*v, u"INSERT INTO counseling_groups (id, name, theme, leader, created_at, created_by) VALUES (1, '成长小组', 'stress', 'lead', '', 'lead')"_s);
    exec(*v, u"INSERT INTO group_sessions (group_id, held_at, minutes, topic) VALUES (1, '2026-09-10T16:00', 60, '放松')"_s);

    auto mine = agenda(*v, {kMonday, kMonday.addDays(6), test::kLeadLogin, false});
    REQUIRE(mine.ok());
    using Kind = AgendaItem::Kind;
    QList<Kind> kinds;
    for (const AgendaItem &i : *mine) kinds << i.kind;
    // Monday duty, Tuesday's lesson (period 2), Wednesday's appointment, Thursday's group.
    CHECK(kinds == QList<Kind>{Kind::Duty, Kind::Lesson, Kind::Appointment, Kind::GroupSession});
    REQUIRE(mine->size() == 4);
    CHECK(mine->at(0).starts == QDateTime(kMonday, QTime(12, 0)));
    CHECK(mine->at(1).starts == QDateTime(kMonday.addDays(1), QTime(8, 50)));
    CHECK(agendaTitle(mine->at(1), true).contains(u"情绪"_s));
    CHECK(agendaTitle(mine->at(2), true).contains(u"张小明"_s));
    CHECK_FALSE(agendaTitle(mine->at(2), false).contains(u"张小明"_s));

    // The whole room: the other teacher's lesson and the other duty shift too; the cancelled lesson
    // only on request.
    auto room = agenda(*v, {kMonday, kMonday.addDays(6), QString(), false});
    REQUIRE(room.ok());
    CHECK(room->size() == 6);
    auto withCancelled = agenda(*v, {kMonday, kMonday.addDays(6), QString(), true});
    REQUIRE(withCancelled.ok());
    CHECK(withCancelled->size() == 7);

    // No duty in the National Day holiday week.
    auto holiday = agenda(*v, {QDate(2026, 10, 1), QDate(2026, 10, 7), QString(), false});
    REQUIRE(holiday.ok());
    CHECK(holiday->isEmpty());
}
