// The planner's budget (issue 14): plan 120 classes × 20 weeks with 3 counselors in under 1 s.
// A seeded synthetic school: grades 7–12, each class 3–5 open slots (some odd/even weeks), National
// Day week, a mid-term exam week and the final exam week, each counselor away a few half-days and
// teaching at most 8, 6 or 4 a day, a few kept lessons. Prints the median of five rounds for
// 120 and 200 classes (and 200 with two lessons a window), with the model's size and the gaps left.

#include "lessons/Planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace cd;
using namespace cd::lessons;
using namespace Qt::StringLiterals;

namespace {

PlannerInput school(int classes, int lessonsPerWindow, int maxPerDay, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    PlannerInput in;
    Semester &s = in.semester;
    s.name = u"Bench"_s;
    s.week1Monday = QDate(2026, 8, 31);
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = s.week1Monday.addDays(7 * 19 + 4);  // 20 weeks
    s.targets.lessonsPerWindow = lessonsPerWindow;
    s.breaks = {{BreakKind::Holiday, QDate(2026, 10, 1), QDate(2026, 10, 7), u"国庆节"_s},
                {BreakKind::Exam, s.dateOf(10, 1), s.dateOf(10, 5), u"期中考试"_s},
                {BreakKind::Exam, s.dateOf(20, 1), s.dateOf(20, 5), u"期末考试"_s}};
    for (int p = 1; p <= 8; ++p) s.periods.append({p, QTime(8, 0).addSecs(p * 3000), QTime(8, 40).addSecs(p * 3000)});
    for (int t = 1; t <= 3; ++t) {
        PlanTeacher teacher{t, u"老师%1"_s.arg(t), maxPerDay, {}};
        for (int u = pick(1, 3); u > 0; --u) {
            const int first = pick(1, 18);
            teacher.unavailable.append({pick(1, 5), 0, first, first + pick(0, 2)});
        }
        in.teachers.append(teacher);
    }
    for (int c = 0; c < classes; ++c) {
        PlanClass cls;
        cls.grade = 7 + c % 6;
        cls.className = QString::number(c / 6 + 1);
        cls.teacherId = c % 3 + 1;
        for (int k = pick(3, 5); k > 0; --k) {
            const int w = pick(0, 9);
            cls.slots.append({pick(1, 5), pick(1, 8), w == 0 ? SlotWeeks::Odd : w == 1 ? SlotWeeks::Even : SlotWeeks::Every});
        }
        in.classes.append(cls);
        if (c % 10 == 0)  // a delivered lesson in week 1 or 2
            in.fixed.append({cls.grade, cls.className, pick(1, 2), cls.slots[0].weekday, cls.slots[0].period,
                             cls.teacherId, true});
    }
    return in;
}

void run(int classes, int lessonsPerWindow, int maxPerDay)
{
    const PlannerInput in = school(classes, lessonsPerWindow, maxPerDay, 20261206);
    std::vector<qint64> times;
    Plan last;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        Result<Plan> plan = planLessons(in);
        times.push_back(timer.nsecsElapsed() / 1000);
        if (!plan.ok()) {
            std::printf("failed: %s\n", qPrintable(plan.error().message));
            return;
        }
        last = *plan;
    }
    std::sort(times.begin(), times.end());
    int maxWeek = 0;
    for (const TeacherLoad &l : last.loads) maxWeek = std::max(maxWeek, l.maxPerWeek);
    std::printf("%3d classes × 20 weeks, %d a window, ≤ %d a day: %7.1f ms median (min %.1f, max %.1f); %d lessons, %d gaps "
                "(%d missing), %d variables in %d parts, busiest teacher week %d\n",
                classes, lessonsPerWindow, maxPerDay, times[2] / 1000.0, times.front() / 1000.0, times.back() / 1000.0,
                int(last.lessons.size()), int(last.gaps.size()), last.missingTotal, last.variables, last.parts,
                maxWeek);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // 40 classes a counselor need 20 lessons a week, 40 in a window whose other week is an exam:
    // 8 a day leave room, 6 and 4 a day force gaps (the harder case for the solver).
    run(120, 1, 8);
    run(120, 1, 6);
    run(120, 1, 4);
    run(200, 1, 8);
    run(200, 2, 8);
    return 0;
}
