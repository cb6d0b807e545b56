// Group counseling and school events on a seeded synthetic school (no budget in issue 14; figures
// for docs/benchmarks.md): 3,000 students, 60 groups of 12 members with 16 sessions each (11,520
// attendance marks), 200 school events in a semester. Medians of CD_BENCH_ROUNDS (default 9) rounds of:
//   (a) the groups list with member and session counts;
//   (b) one group's members and sessions with attendance (the page's detail);
//   (c) a student's group attendance (the growth record's tab);
//   (d) a semester's events listed and counted against its targets;
//   (e) saving a session with 12 attendance marks (13 signed audit rows, one transaction).

#include <catch2/catch.hpp>

#include "common/Clock.h"
#include "groups/Groups.h"
#include "groups/SchoolEvents.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStudents = 3000;
constexpr int kGroups = 60;
constexpr int kMembers = 12;
constexpr int kSessions = 16;
constexpr int kEvents = 200;
const int kRounds = qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") : 9;

void exec(storage::Database &db, const QString &sql, const QVariantList &args)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.ok());
    for (int i = 0; i < args.size(); ++i) stmt->bind(i + 1, args[i]);
    REQUIRE(stmt->exec().ok());
}

/// Students, groups, members, sessions and marks written directly (the reads are measured).
void seed(vault::Vault &v, qint64 semesterId)
{
    storage::Database &db = v.database();
    QRandomGenerator rng(14);
    REQUIRE(db.exec(u"BEGIN"_s).ok());
    const QString now = clock::toStorage(clock::now());
    for (int i = 1; i <= kStudents; ++i)
        exec(db, u"INSERT INTO students (id, student_no, name, grade, class_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
             {i, u"B%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"学生%1"_s.arg(i), 7 + i % 3, QString::number(1 + i % 20), now, now});
    qint64 session = 0;
    for (int g = 1; g <= kGroups; ++g) {
        exec(db, u"INSERT INTO counseling_groups (id, semester_id, name, theme, leader, created_at, created_by) VALUES (?, ?, ?, 'emotions', 'lead', ?, 'lead')"_s,
             {g, semesterId, u"小组%1"_s.arg(g), now});
        QList<qint64> members;
        while (members.size() < kMembers) {
            const qint64 s = 1 + rng.bounded(kStudents);
            if (members.contains(s)) continue;
            members << s;
            exec(db, u"INSERT INTO group_members (group_id, student_id, joined_on) VALUES (?, ?, '2026-09-14')"_s, {g, s});
        }
        for (int n = 0; n < kSessions; ++n) {
            ++session;
            exec(db, u"INSERT INTO group_sessions (id, group_id, held_at, topic) VALUES (?, ?, ?, ?)"_s,
                 {session, g, clock::toStorage(QDateTime(QDate(2026, 9, 16).addDays(7 * n), QTime(15, 40))), u"第%1次"_s.arg(n + 1)});
            for (qint64 s : members)
                exec(db, u"INSERT INTO group_attendance (session_id, student_id, present) VALUES (?, ?, ?)"_s,
                     {session, s, rng.bounded(10) < 9 ? 1 : 0});
        }
    }
    const char *kinds[] = {"activity", "family", "training"};
    for (int e = 0; e < kEvents; ++e)
        exec(db, u"INSERT INTO school_events (semester_id, kind, held_on, topic, head_count, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'lead')"_s,
             {semesterId, QString::fromLatin1(kinds[e % 3]), clock::dateToStorage(QDate(2026, 9, 1).addDays(e % 140)),
              u"活动%1"_s.arg(e), 50 + e, now});
    REQUIRE(db.exec(u"COMMIT"_s).ok());
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeIt(const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int r = 0; r < kRounds; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

}  // namespace

TEST_CASE("bench: group counseling and school events", "[bench][groups]")
{
    TempVault tv;
    auto v = tv.open();
    lessons::Semester semester;
    semester.name = u"2026秋"_s;
    semester.startsOn = QDate(2026, 9, 1);
    semester.endsOn = QDate(2027, 1, 22);
    semester.week1Monday = QDate(2026, 8, 31);
    auto semesterId = lessons::Semesters(*v).save(semester);
    REQUIRE(semesterId.ok());
    semester.id = *semesterId;
    seed(*v, semester.id);

    groups::Groups repo(*v);
    groups::SchoolEvents events(*v);
    const double list = timeIt([&]() { REQUIRE(repo.list()->size() == kGroups); });
    const double detail = timeIt([&]() {
        REQUIRE(repo.members(kGroups / 2)->size() == kMembers);
        REQUIRE(repo.sessions(kGroups / 2)->size() == kSessions);
    });
    auto someone = v->database().scalar(u"SELECT student_id FROM group_members LIMIT 1"_s);
    REQUIRE(someone.ok());
    const qint64 student = someone->toLongLong();
    const double record = timeIt([&]() { REQUIRE_FALSE(repo.attendanceOf(student)->isEmpty()); });
    const double tally = timeIt([&]() {
        auto all = events.list(semester.id);
        REQUIRE(all->size() == kEvents);
        REQUIRE(groups::tallyEvents(semester, *all, QDate(2027, 1, 22)).familyHeld > 0);
    });
    auto members = repo.members(1);
    REQUIRE(members.ok());
    int round = 0;
    const double save = timeIt([&]() {
        groups::GroupSession s;
        s.groupId = 1;
        s.heldAt = QDateTime(QDate(2027, 1, 5).addDays(round++), QTime(15, 40));
        for (const groups::GroupMember &m : *members) s.attendance.append({m.studentId, true, QString()});
        REQUIRE(repo.saveSession(s).ok());
    });

    std::printf("\nGroups and events (%d students, %d groups x %d members x %d sessions, %d events; median of %d)\n",
                kStudents, kGroups, kMembers, kSessions, kEvents, kRounds);
    std::printf("  (a) groups list with counts          %8.2f ms\n", list);
    std::printf("  (b) one group's members and sessions %8.2f ms\n", detail);
    std::printf("  (c) a student's group attendance     %8.2f ms\n", record);
    std::printf("  (d) semester events + tally          %8.2f ms\n", tally);
    std::printf("  (e) save a session, 12 marks         %8.2f ms\n", save);
}
