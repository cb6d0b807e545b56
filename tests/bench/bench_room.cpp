// The week agenda's budget (issue 14: under 50 ms), on the demo school (600 students, its room
// hours, duty roster and appointments) with a full semester of lessons added: 120 classes × one
// lesson a week for every week of the semester, shared by three counselors, 600 more appointments
// spread over the semester and 60 group sessions. Measured: the week agenda of one counselor and
// of the whole room, and the conflict check of one appointment. Medians of 50 runs each.

#include <catch2/catch.hpp>

#include "bench/BenchTiming.h"
#include "common/Clock.h"
#include "demo/DemoSchool.h"
#include "lessons/Semesters.h"
#include "room/Agenda.h"
#include "room/Appointments.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 50;

double medianMs(const std::function<void()> &work) { return bench::medianMs(kRuns, work); }

void fillSemester(vault::Vault &v, const lessons::Semester &sem, quint32 seed)
{
    storage::Database &db = v.database();
    const QStringList logins = {kLeadLogin, u"counselor1"_s, u"counselor2"_s};
    REQUIRE(db.exec(u"BEGIN"_s).ok());
    for (int t = 0; t < 3; ++t)
        REQUIRE(db.exec(u"INSERT INTO lesson_teachers (id, semester_id, name, login) VALUES (%1, %2, 'T%1', '%3')"_s
                            .arg(t + 1).arg(sem.id).arg(logins[t])).ok());
    auto lesson = db.prepare(u"INSERT INTO lessons (semester_id, grade, class_name, week, weekday, period, teacher_id, "
                             "topic, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'topic', '', 'lead')"_s);
    REQUIRE(lesson.ok());
    int n = 0;
    for (int grade = 7; grade <= 12; ++grade)
        for (int klass = 1; klass <= 20; ++klass, ++n)
            for (int week = sem.firstWeek(); week <= sem.weekCount(); ++week) {
                lesson->reset();
                lesson->bind(1, sem.id).bind(2, grade).bind(3, QString::number(klass)).bind(4, week)
                    .bind(5, 1 + n % 5).bind(6, 1 + (n / 5) % 8).bind(7, 1 + n % 3);
                REQUIRE(lesson->exec().ok());
            }
    QRandomGenerator rng(seed);
    auto students = db.prepare(u"SELECT id FROM students ORDER BY id"_s);
    REQUIRE(students.ok());
    auto ids = storage::collectRows(*students, [](storage::Statement &s) { return s.int64(0); });
    REQUIRE(ids.ok());
    auto appointment = db.prepare(u"INSERT INTO appointments (starts_at, minutes, requester_kind, student_id, counselor, "
                                  "created_at, created_by, updated_at) VALUES (?, 40, 'student', ?, ?, '', 'lead', '')"_s);
    REQUIRE(appointment.ok());
    const int days = static_cast<int>(sem.startsOn.daysTo(sem.endsOn));
    for (int i = 0; i < 600; ++i) {
        const QDateTime at(sem.startsOn.addDays(rng.bounded(days)), QTime(12 + static_cast<int>(rng.bounded(2)), 0));
        appointment->reset();
        appointment->bind(1, at.toString(u"yyyy-MM-ddTHH:mm"_s))
            .bind(2, ids->at(rng.bounded(static_cast<int>(ids->size()))))
            .bind(3, logins[static_cast<int>(rng.bounded(3))]);
        REQUIRE(appointment->exec().ok());
    }
    REQUIRE(db.exec(u"INSERT INTO counseling_groups (id, name, theme, leader, created_at, created_by) "
                    "VALUES (1, 'G', 'stress', 'lead', '', 'lead')"_s).ok());
    for (int i = 0; i < 60; ++i)
        REQUIRE(db.exec(u"INSERT INTO group_sessions (group_id, held_at, minutes) VALUES (1, '%1T16:00', 60)"_s
                            .arg(sem.startsOn.addDays(i * 2).toString(Qt::ISODate))).ok());
    REQUIRE(db.exec(u"COMMIT"_s).ok());
}

}  // namespace

TEST_CASE("bench: the week agenda of a counselor and of the whole room", "[bench][room]")
{
    TempVault tv;
    auto v = tv.open();
    REQUIRE(demo::populateDemo(*v, 7, kLeadPassphrase, 600).ok());
    auto sem = lessons::Semesters(*v).current(clock::today());
    REQUIRE(sem.ok());
    REQUIRE(sem->has_value());
    fillSemester(*v, **sem, 11);
    const QDate monday = (*sem)->dateOf((*sem)->firstWeek() + 5, 1);
    int items = 0;
    int roomItems = 0;
    const double mine = medianMs([&] {
        auto a = room::agenda(*v, {monday, monday.addDays(6), kLeadLogin, false});
        REQUIRE(a.ok());
        items = static_cast<int>(a->size());
    });
    const double whole = medianMs([&] {
        auto a = room::agenda(*v, {monday, monday.addDays(6), QString(), false});
        REQUIRE(a.ok());
        roomItems = static_cast<int>(a->size());
    });
    room::Appointment probe;
    probe.startsAt = QDateTime(monday.addDays(2), QTime(12, 0));
    probe.counselor = kLeadLogin;
    const double conflicts = medianMs([&] { REQUIRE(room::Appointments(*v).conflicts(probe).ok()); });
    auto lessons = v->database().scalar(u"SELECT count(*) FROM lessons"_s);
    auto appointments = v->database().scalar(u"SELECT count(*) FROM appointments"_s);
    std::printf("\nRoom agenda (%lld lessons, %lld appointments in the vault), median of %d runs:\n",
                lessons->toLongLong(), appointments->toLongLong(), kRuns);
    std::printf("  week agenda, one counselor (%d items):   %7.2f ms  (budget 50 ms)\n", items, mine);
    std::printf("  week agenda, whole room (%d items):     %7.2f ms  (budget 50 ms)\n", roomItems, whole);
    std::printf("  conflicts of one appointment:            %7.2f ms\n", conflicts);
    CHECK(items > 0);
}
