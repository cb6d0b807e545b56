// Lesson compliance budget (issue 14): the compliance view of a 120-class school (20 weeks, 3
// counselors, 40 students a class) under 100 ms. A seeded synthetic school: every class with a
// lesson in each two-week window, most of the past ones delivered, some cancelled or missing.
// Prints the median of the rounds of (a) Compliance::report (load semester, timetable, lessons,
// roster classes; compute) and (b) computeCompliance alone.

#include <catch2/catch.hpp>

#include "lessons/Compliance.h"
#include "lessons/Lessons.h"
#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "students/StudentsAudit.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {

constexpr int kGrades = 6;           // grades 7–12
constexpr int kClassesPerGrade = 20;  // 120 classes
constexpr int kStudentsPerClass = 40;
const int kRounds = qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") : 20;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Semester benchSemester()
{
    Semester s;
    s.name = u"bench"_s;
    s.startsOn = QDate(2026, 8, 31);
    s.week1Monday = s.startsOn;
    s.endsOn = s.startsOn.addDays(7 * 20 - 3);  // Friday of week 20
    for (int p = 1; p <= 8; ++p) s.periods.append({p, QTime(7 + p, 0), QTime(7 + p, 40)});
    s.breaks = {{BreakKind::Holiday, QDate(2026, 10, 1), QDate(2026, 10, 7), u"国庆节"_s},
                {BreakKind::Exam, s.dateOf(10, 1), s.dateOf(10, 5), u"期中考试"_s}};
    return s;
}

}  // namespace

TEST_CASE("bench: lesson compliance of a 120-class school", "[bench][lessons]")
{
    test::TempVault tv;
    auto v = tv.open();
    QRandomGenerator rng(20261206);

    students::StudentRepository repo(*v);
    REQUIRE(v->recordChange(audit::action::RosterImported, QString(), u"added=4800 bench"_s, [&]() -> Status {
        int n = 0;
        for (int g = 0; g < kGrades; ++g)
            for (int c = 1; c <= kClassesPerGrade; ++c)
                for (int i = 0; i < kStudentsPerClass; ++i) {
                    students::Student s;
                    s.studentNo = u"B%1"_s.arg(++n, 6, 10, QLatin1Char('0'));
                    s.name = u"学生%1"_s.arg(n);
                    s.grade = 7 + g;
                    s.klass = QString::number(c);
                    auto id = repo.save(s);
                    if (!id) return id.error();
                }
        return {};
    }).ok());

    auto semesterId = Semesters(*v).save(benchSemester());
    REQUIRE(semesterId.ok());
    const Semester semester = *Semesters(*v).get(*semesterId);
    auto classes = rosterClasses(*v);
    REQUIRE(classes.ok());
    REQUIRE(classes->size() == kGrades * kClassesPerGrade);

    Timetable tt;
    tt.semesterId = *semesterId;
    tt.teachers = {{0, u"王老师"_s, QString(), 6}, {0, u"李老师"_s, QString(), 6}, {0, u"张老师"_s, QString(), 6}};
    for (int i = 0; i < classes->size(); ++i) {
        tt.assignments.append({(*classes)[i], tt.teachers[i % 3].name});
        for (int k = 0; k < 4; ++k) tt.slots.append({(*classes)[i], 1 + k, 1 + (i + k) % 8, SlotWeeks::Every});
    }
    REQUIRE(Timetables(*v).save(tt).ok());
    auto saved = Timetables(*v).load(*semesterId);
    REQUIRE(saved.ok());

    // A lesson per class and window; before week 12 mostly delivered. Bench data: inserted directly.
    const QDate asOf = semester.dateOf(12, 3);
    int lessonsInserted = 0;
    {
        storage::Database &db = v->database();
        storage::Transaction tx(db);
        auto stmt = db.prepare(u"INSERT INTO lessons (semester_id, grade, class_name, week, weekday, period, teacher_id, "
                               "topic, status, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 'bench')"_s);
        REQUIRE(stmt.ok());
        for (int i = 0; i < classes->size(); ++i) {
            const ClassKey &cls = (*classes)[i];
            const qint64 teacher = saved->teacher(saved->teacherOf(cls))->id;
            for (const auto &[first, last] : semester.windows()) {
                const int week = first + rng.bounded(last - first + 1);
                const int weekday = 1 + rng.bounded(5);
                const bool past = semester.dateOf(week, weekday) <= asOf;
                const int roll = rng.bounded(20);
                if (past && roll == 0) continue;  // missing
                const QString status = !past ? u"planned"_s : (roll == 1 ? u"cancelled"_s : u"delivered"_s);
                stmt->reset();
                stmt->bind(1, *semesterId).bind(2, cls.grade).bind(3, cls.className).bind(4, week).bind(5, weekday);
                stmt->bind(6, 1 + rng.bounded(8)).bind(7, teacher).bind(8, u"topic"_s).bind(9, status);
                REQUIRE(stmt->exec().ok());
                ++lessonsInserted;
            }
        }
        REQUIRE(tx.commit().ok());
    }

    Compliance compliance(*v);
    std::vector<double> whole;
    std::vector<double> pure;
    ComplianceReport last;
    auto lessons = Lessons(*v).list(*semesterId);
    REQUIRE(lessons.ok());
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer t;
        t.start();
        auto report = compliance.report(*semesterId, asOf);
        whole.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        REQUIRE(report.ok());
        last = *report;
        t.restart();
        const ComplianceReport r = computeCompliance(semester, *classes, *lessons, *saved, asOf);
        pure.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        REQUIRE(r.school.classes == last.school.classes);
    }
    CHECK(last.school.classes == kGrades * kClassesPerGrade);
    std::printf("\nLesson compliance, %d classes, %d lessons, %d windows ended (median of %d rounds):\n",
                static_cast<int>(classes->size()), lessonsInserted, last.windowsEnded, kRounds);
    std::printf("  Compliance::report (load + compute)  %8.2f ms   (budget 100 ms)\n", median(whole));
    std::printf("  computeCompliance alone              %8.2f ms\n", median(pure));
    std::printf("  classes behind: %d, lessons missing: %d\n", last.school.classesBehind, last.school.missing);
}
