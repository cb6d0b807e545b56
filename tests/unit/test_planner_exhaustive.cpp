// The planner against an exhaustive search on small generated instances (issue 14, "Tests"): a
// branch-and-bound over every way to place the lessons, written here and independent of the
// planner's model, finds the fewest missing lessons; the planner's gaps must equal it, and every
// lesson it plans must keep every rule (checked here, rule by rule).

#include "lessons/Planner.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>

#include <random>

using namespace cd;
using namespace cd::lessons;

namespace {

struct Instance {
    PlannerInput input;
    QString describe;
};

int pick(std::mt19937 &rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

Instance generate(unsigned seed)
{
    std::mt19937 rng(seed);
    Instance inst;
    PlannerInput &in = inst.input;
    Semester &s = in.semester;
    const int weeks = pick(rng, 4, 6);
    s.week1Monday = QDate(2026, 8, 31);
    s.startsOn = s.week1Monday.addDays(pick(rng, 0, 2));
    s.endsOn = s.week1Monday.addDays(7 * (weeks - 1) + pick(rng, 2, 6));
    s.schoolDays = pick(rng, 0, 3) == 0 ? 6 : 5;
    for (int p = 1; p <= 4; ++p) s.periods.append({p, QTime(8, 0).addSecs(p * 3000), QTime(8, 40).addSecs(p * 3000)});
    s.targets.windowWeeks = pick(rng, 0, 3) == 0 ? 3 : 2;
    s.targets.lessonsPerWindow = pick(rng, 0, 4) == 0 ? 2 : 1;
    for (int b = pick(rng, 0, 3) == 0 ? 2 : pick(rng, 0, 1); b > 0; --b) {
        const QDate from = s.startsOn.addDays(pick(rng, 0, 7 * weeks - 3));
        s.breaks.append({pick(rng, 0, 1) ? BreakKind::Holiday : BreakKind::Exam, from, from.addDays(pick(rng, 0, 5)),
                         QStringLiteral("B%1").arg(b)});
    }
    for (int t = pick(rng, 1, 2); t > 0; --t) {
        PlanTeacher teacher{t, QStringLiteral("T%1").arg(t), pick(rng, 1, 2), {}};
        for (int u = pick(rng, 0, 2); u > 0; --u) {
            const int first = pick(rng, 1, weeks);
            teacher.unavailable.append({pick(rng, 1, 5), pick(rng, 0, 4), first, pick(rng, first, weeks)});
        }
        in.teachers.append(teacher);
    }
    for (int c = pick(rng, 2, 4); c > 0; --c) {
        PlanClass cls;
        cls.grade = 7;
        cls.className = QString::number(c);
        cls.teacherId = pick(rng, 0, 30) == 0 ? 0 : in.teachers[pick(rng, 0, int(in.teachers.size()) - 1)].id;
        for (int k = pick(rng, 0, 12) == 0 ? 0 : pick(rng, 1, 3); k > 0; --k) {
            const int w = pick(rng, 0, 5);
            cls.slots.append({pick(rng, 1, s.schoolDays + 1 > 6 ? 6 : s.schoolDays + 1), pick(rng, 1, 4),
                              w == 0 ? SlotWeeks::Odd : w == 1 ? SlotWeeks::Even : SlotWeeks::Every});
        }
        in.classes.append(cls);
    }
    for (int f = pick(rng, 0, 3); f > 0; --f) {
        const PlanClass &cls = in.classes[pick(rng, 0, int(in.classes.size()) - 1)];
        in.fixed.append({cls.grade, cls.className, pick(rng, 1, weeks), pick(rng, 1, 5), pick(rng, 1, 4),
                         pick(rng, 0, 3) == 0 ? 0 : in.teachers[pick(rng, 0, int(in.teachers.size()) - 1)].id,
                         pick(rng, 0, 2) != 0});
    }
    in.fromWeek = pick(rng, 0, 2) == 0 ? pick(rng, 2, 3) : 1;
    // What a failure prints: enough to rebuild the school by hand.
    QStringList d;
    d << QStringLiteral("weeks %1..%2 from %3 window %4x%5 days %6")
             .arg(s.startsOn.toString(Qt::ISODate), s.endsOn.toString(Qt::ISODate))
             .arg(in.fromWeek).arg(s.targets.windowWeeks).arg(s.targets.lessonsPerWindow).arg(s.schoolDays);
    for (const SemesterBreak &b : s.breaks)
        d << QStringLiteral("break %1 %2..%3").arg(int(b.kind)).arg(b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate));
    for (const PlanTeacher &t : in.teachers) {
        d << QStringLiteral("teacher %1 max %2").arg(t.id).arg(t.maxPerDay);
        for (const PlanUnavailable &u : t.unavailable)
            d << QStringLiteral("  off d%1 p%2 w%3-%4").arg(u.weekday).arg(u.period).arg(u.firstWeek).arg(u.lastWeek);
    }
    for (const PlanClass &c : in.classes) {
        d << QStringLiteral("class %1 teacher %2").arg(c.className).arg(c.teacherId);
        for (const PlanSlot &slot : c.slots)
            d << QStringLiteral("  slot d%1 p%2 %3").arg(slot.weekday).arg(slot.period).arg(slotWeeksCode(slot.weeks));
    }
    for (const FixedLesson &f : in.fixed)
        d << QStringLiteral("fixed %1 w%2 d%3 p%4 t%5 counts %6").arg(f.className).arg(f.week).arg(f.weekday)
                 .arg(f.period).arg(f.teacherId).arg(f.counts);
    inst.describe = d.join(u'\n');
    return inst;
}

bool slotOpen(const PlanSlot &slot, int week)
{
    return slot.weeks == SlotWeeks::Every || (slot.weeks == SlotWeeks::Odd) == (week % 2 == 1);
}

const PlanTeacher *teacherOf(const PlannerInput &in, qint64 id)
{
    for (const PlanTeacher &t : in.teachers)
        if (t.id == id) return &t;
    return nullptr;
}

bool unavailable(const PlanTeacher &t, int week, int weekday, int period)
{
    for (const PlanUnavailable &u : t.unavailable)
        if (u.weekday == weekday && (u.period == 0 || u.period == period) && week >= u.firstWeek && week <= u.lastWeek)
            return true;
    return false;
}

struct Slot3 {
    int week, weekday, period;
};

/// The exhaustive search: every (class, window) picks up to its need of its usable times.
class BruteForce {
public:
    explicit BruteForce(const PlannerInput &in) : m_in(in)
    {
        const Semester &s = in.semester;
        for (const FixedLesson &f : in.fixed) {
            if (f.teacherId) {
                m_busy.insert(key(f.teacherId, f.week, f.weekday, f.period));
                ++m_day[dayKey(f.teacherId, f.week, f.weekday)];
            }
        }
        for (int c = 0; c < in.classes.size(); ++c) {
            const PlanClass &cls = in.classes[c];
            const PlanTeacher *t = teacherOf(in, cls.teacherId);
            for (const auto &[first, last] : s.windows()) {
                if (last < in.fromWeek) continue;
                bool teachable = false;  // a window of holidays and exams only requires nothing
                for (int week = first; week <= last; ++week)
                    for (int day = 1; day <= 7; ++day) teachable = teachable || s.isTeachingDay(s.dateOf(week, day));
                if (!teachable) continue;
                Need n{c, s.targets.lessonsPerWindow, {}};
                for (const FixedLesson &f : in.fixed)
                    if (f.counts && f.grade == cls.grade && f.className == cls.className && f.week >= first && f.week <= last)
                        --n.need;
                n.need = std::max(0, n.need);
                for (int week = std::max(first, in.fromWeek); week <= last && t; ++week)
                    for (const PlanSlot &slot : cls.slots) {
                        if (!slotOpen(slot, week) || !s.isTeachingDay(s.dateOf(week, slot.weekday))) continue;
                        if (unavailable(*t, week, slot.weekday, slot.period)) continue;
                        bool classBusy = false;
                        for (const FixedLesson &f : in.fixed)
                            classBusy |= f.grade == cls.grade && f.className == cls.className && f.week == week
                                         && f.weekday == slot.weekday && f.period == slot.period;
                        if (classBusy || m_busy.contains(key(t->id, week, slot.weekday, slot.period))) continue;
                        bool dup = false;
                        for (const Slot3 &o : n.times) dup |= o.week == week && o.weekday == slot.weekday && o.period == slot.period;
                        if (!dup) n.times.push_back({week, slot.weekday, slot.period});
                    }
                m_needs.push_back(n);
            }
        }
    }

    int minimumGaps()
    {
        m_best = 0;
        for (const Need &n : m_needs) m_best += n.need;
        search(0, 0);
        return m_best;
    }

private:
    struct Need {
        int cls;
        int need;
        std::vector<Slot3> times;
    };
    static qint64 key(qint64 t, int w, int d, int p) { return ((t * 100 + w) * 8 + d) * 20 + p; }
    static qint64 dayKey(qint64 t, int w, int d) { return (t * 100 + w) * 8 + d; }

    // Unit i onwards, `gaps` so far; prunes when it cannot beat the best.
    void search(int i, int gaps)
    {
        if (gaps >= m_best) return;
        if (i == int(m_needs.size())) {
            m_best = gaps;
            return;
        }
        choose(i, 0, 0, gaps);
    }
    // Unit i takes up to its need among its times from index `from`, `taken` so far.
    void choose(int i, int from, int taken, int gaps)
    {
        const Need &n = m_needs[i];
        const qint64 teacher = m_in.classes[n.cls].teacherId;
        const PlanTeacher *t = teacherOf(m_in, teacher);
        if (taken < n.need)
            for (int k = from; k < int(n.times.size()); ++k) {
                const Slot3 &x = n.times[k];
                const qint64 busy = key(teacher, x.week, x.weekday, x.period);
                const qint64 day = dayKey(teacher, x.week, x.weekday);
                if (m_busy.contains(busy) || m_day.value(day) >= t->maxPerDay) continue;
                m_busy.insert(busy);
                ++m_day[day];
                choose(i, k + 1, taken + 1, gaps);
                m_busy.remove(busy);
                --m_day[day];
            }
        search(i + 1, gaps + n.need - taken);
    }

    const PlannerInput &m_in;
    std::vector<Need> m_needs;
    QSet<qint64> m_busy;
    QHash<qint64, int> m_day;
    int m_best = 0;
};

/// Every rule, checked on the planner's lessons; returns the missing lessons the plan leaves.
int checkPlan(const PlannerInput &in, const Plan &plan)
{
    const Semester &s = in.semester;
    QHash<QString, int> teacherTime, classTime, teacherDay;
    for (const FixedLesson &f : in.fixed)
        if (f.teacherId) ++teacherDay[QStringLiteral("%1@%2/%3").arg(f.teacherId).arg(f.week).arg(f.weekday)];
    QSet<QString> fixedTeacherTimes, fixedClassTimes;
    for (const FixedLesson &f : in.fixed) {
        const QString when = QStringLiteral("%1/%2/%3").arg(f.week).arg(f.weekday).arg(f.period);
        if (f.teacherId) fixedTeacherTimes.insert(QString::number(f.teacherId) + u'@' + when);
        fixedClassTimes.insert(f.className + u'@' + when);
    }
    QHash<QString, int> plannedDay;
    for (const PlannedLesson &l : plan.lessons) {
        const PlanClass *cls = nullptr;
        for (const PlanClass &c : in.classes)
            if (c.grade == l.grade && c.className == l.className) cls = &c;
        REQUIRE(cls);
        REQUIRE(l.teacherId == cls->teacherId);
        const PlanTeacher *t = teacherOf(in, l.teacherId);
        REQUIRE(t);
        bool inSlot = false;
        for (const PlanSlot &slot : cls->slots)
            inSlot |= slot.weekday == l.weekday && slot.period == l.period && slotOpen(slot, l.week);
        REQUIRE(inSlot);
        REQUIRE(l.week >= in.fromWeek);
        REQUIRE(s.isTeachingDay(s.dateOf(l.week, l.weekday)));
        REQUIRE_FALSE(unavailable(*t, l.week, l.weekday, l.period));
        const QString when = QStringLiteral("%1/%2/%3").arg(l.week).arg(l.weekday).arg(l.period);
        REQUIRE_FALSE(fixedTeacherTimes.contains(QString::number(l.teacherId) + u'@' + when));
        REQUIRE_FALSE(fixedClassTimes.contains(l.className + u'@' + when));
        REQUIRE(++teacherTime[QString::number(l.teacherId) + u'@' + when] == 1);
        REQUIRE(++classTime[l.className + u'@' + when] == 1);
        const QString day = QStringLiteral("%1@%2/%3").arg(l.teacherId).arg(l.week).arg(l.weekday);
        ++plannedDay[day];
        REQUIRE(teacherDay.value(day) + plannedDay.value(day) <= t->maxPerDay);
    }
    int missing = 0;
    for (const PlanClass &cls : in.classes)
        for (const auto &[first, last] : s.windows()) {
            if (last < in.fromWeek) continue;
            int have = 0, planned = 0;
            for (const FixedLesson &f : in.fixed)
                if (f.counts && f.className == cls.className && f.week >= first && f.week <= last) ++have;
            for (const PlannedLesson &l : plan.lessons)
                if (l.className == cls.className && l.week >= first && l.week <= last) ++planned;
            bool teachable = false;  // a window of holidays and exams only requires nothing
            for (int week = first; week <= last; ++week)
                for (int day = 1; day <= 7; ++day) teachable = teachable || s.isTeachingDay(s.dateOf(week, day));
            const int need = teachable ? std::max(0, s.targets.lessonsPerWindow - have) : 0;
            REQUIRE(planned <= need);  // exactly the requirement, never more
            int reported = 0;
            for (const PlanGap &g : plan.gaps)
                if (g.className == cls.className && g.firstWeek == first) {
                    REQUIRE(g.lastWeek == last);
                    REQUIRE_FALSE(g.message.isEmpty());
                    reported = g.missing;
                }
            REQUIRE(reported == need - planned);
            missing += need - planned;
        }
    REQUIRE(missing == plan.missingTotal);
    return missing;
}

}  // namespace

TEST_CASE("planner: on 600 small generated schools the gaps are the fewest an exhaustive search finds",
          "[lessons][planner]")
{
    int withGaps = 0, full = 0, capacity = 0;
    const unsigned only = qEnvironmentVariableIntValue("CD_PLANNER_SEED");
    for (unsigned seed = only ? only : 1; seed <= (only ? only : 600u); ++seed) {
        const Instance inst = generate(seed);
        INFO("seed " << seed << "\n" << inst.describe.toStdString());
        const Result<Plan> plan = planLessons(inst.input);
        REQUIRE(plan.ok());
        const int missing = checkPlan(inst.input, *plan);
        BruteForce brute(inst.input);
        REQUIRE(missing == brute.minimumGaps());
        (missing ? withGaps : full) += 1;
        for (const PlanGap &g : plan->gaps) capacity += g.reason == GapReason::Capacity;
    }
    // The generator must exercise both sides: schools with a full plan and schools without one.
    INFO(full << " full, " << withGaps << " with gaps, " << capacity << " capacity gaps");
    CHECK(withGaps > 100);
    CHECK(full > 100);
    CHECK(capacity > 20);  // gaps only the search can prove: the teacher's times taken by others
}
