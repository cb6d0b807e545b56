// Lessons::plannerInput and Lessons::plan: the timetable and the kept lessons turned into the
// planner's input, and its plan saved with topics given in order per class (docs/lessons.md).

#include "lessons/LessonRows.h"
#include "lessons/Lessons.h"
#include "lessons/LessonsAudit.h"
#include "lessons/Semesters.h"
#include "lessons/Topics.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {

/// Whether a kept lesson counts toward its class's window for a plan from `fromWeek`: a lesson held,
/// or one still planned (a hand edit) from fromWeek on. Meetings and cancelled lessons never count.
bool countsForPlan(const Lesson &l, int fromWeek)
{
    if (l.kind != LessonKind::Lesson) return false;
    if (l.held()) return true;
    return l.status == LessonStatus::Planned && l.at.week >= fromWeek;
}

/// Whether the plan from `fromWeek` replaces `l`.
bool replacedByPlan(const Lesson &l, int fromWeek) { return !l.keptByPlanning() && l.at.week >= fromWeek; }

int clampWeek(const Semester &semester, int week)
{
    return std::clamp(week, semester.firstWeek(), std::max(semester.firstWeek(), semester.weekCount()));
}

struct Inputs {
    Semester semester;
    Timetable timetable;
    QList<Lesson> lessons;
    QList<ClassKey> classes;
};

Result<Inputs> loadInputs(vault::Vault &vault, qint64 semesterId)
{
    Inputs in;
    auto semester = Semesters(vault).get(semesterId);
    if (!semester) return semester.error();
    in.semester = *semester;
    auto timetable = Timetables(vault).load(semesterId);
    if (!timetable) return timetable.error();
    in.timetable = *timetable;
    auto lessons = loadLessons(vault.database(), semesterId, -1);
    if (!lessons) return lessons.error();
    in.lessons = *lessons;
    auto roster = rosterClasses(vault);
    if (!roster) return roster.error();
    in.classes = *roster;
    return in;
}

PlannerInput buildInput(const Inputs &in, int fromWeek)
{
    PlannerInput input;
    input.semester = in.semester;
    input.fromWeek = fromWeek;
    QSet<qint64> teacherIds;
    for (const TimetableTeacher &t : in.timetable.teachers) {
        PlanTeacher pt;
        pt.id = t.id;
        pt.name = t.name;
        pt.maxPerDay = t.maxPerDay;
        for (const Unavailability &u : in.timetable.unavailable)
            if (u.teacher == t.name) pt.unavailable.append({u.weekday, u.period, u.firstWeek, u.lastWeek});
        input.teachers.append(pt);
        teacherIds.insert(t.id);
    }
    QSet<QString> planned;
    for (const ClassKey &cls : in.classes) {
        PlanClass pc;
        pc.grade = cls.grade;
        pc.className = cls.className;
        if (const TimetableTeacher *t = in.timetable.teacher(in.timetable.teacherOf(cls))) pc.teacherId = t->id;
        for (const ClassSlot &s : in.timetable.slotsOf(cls)) pc.slots.append({s.weekday, s.period, s.weeks});
        input.classes.append(pc);
        planned.insert(u"%1/%2"_s.arg(cls.grade).arg(cls.className));
    }
    for (const Lesson &l : in.lessons) {
        if (!l.keptByPlanning() && l.at.week >= fromWeek) continue;
        if (l.status == LessonStatus::Cancelled) continue;
        const bool known = planned.contains(u"%1/%2"_s.arg(l.cls.grade).arg(l.cls.className));
        const qint64 teacher = teacherIds.contains(l.teacherId) ? l.teacherId : 0;
        if (!known && teacher == 0) continue;  // occupies nothing the plan uses
        FixedLesson f;
        f.grade = l.cls.grade;
        f.className = l.cls.className;
        f.week = l.at.week;
        f.weekday = l.at.weekday;
        f.period = l.at.period;
        f.teacherId = teacher;
        f.counts = known && countsForPlan(l, fromWeek);
        input.fixed.append(f);
    }
    return input;
}

/// The new lessons with topics: per class, the grade's topics in order, skipping those its kept
/// lessons already have, then again from the start.
QList<Lesson> withTopics(const Inputs &in, const Plan &plan, int fromWeek, const QHash<int, QList<Topic>> &topics,
                         qint64 semesterId)
{
    QHash<QString, QSet<qint64>> used;
    QHash<QString, QSet<QString>> usedTitles;
    for (const Lesson &l : in.lessons) {
        if (l.kind != LessonKind::Lesson || replacedByPlan(l, fromWeek)) continue;
        const QString key = u"%1/%2"_s.arg(l.cls.grade).arg(l.cls.className);
        if (l.topicId) used[key].insert(l.topicId);
        if (!l.topic.isEmpty()) usedTitles[key].insert(l.topic);
    }
    QList<PlannedLesson> sorted = plan.lessons;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PlannedLesson &a, const PlannedLesson &b) {
        return std::tie(a.grade, a.className, a.week, a.weekday, a.period) <
               std::tie(b.grade, b.className, b.week, b.weekday, b.period);
    });
    QList<Lesson> out;
    QHash<QString, int> next;
    for (const PlannedLesson &p : sorted) {
        Lesson l;
        l.semesterId = semesterId;
        l.cls = ClassKey{p.grade, p.className};
        l.at = LessonTime{p.week, p.weekday, p.period};
        l.teacherId = p.teacherId;
        const QString key = u"%1/%2"_s.arg(p.grade).arg(p.className);
        const QList<Topic> list = topics.value(p.grade);
        if (!list.isEmpty()) {
            QList<Topic> fresh;
            for (const Topic &t : list)
                if (!(t.id && used[key].contains(t.id)) && !usedTitles[key].contains(t.title)) fresh.append(t);
            int &i = next[key];
            const Topic &t = i < fresh.size() ? fresh[i] : list[(i - fresh.size()) % list.size()];
            ++i;
            l.topicId = t.id;
            l.topic = t.title;
            l.materials = t.materials;
        }
        out.append(l);
    }
    return out;
}

}  // namespace

Result<PlannerInput> Lessons::plannerInput(qint64 semesterId, int fromWeek)
{
    auto in = loadInputs(m_vault, semesterId);
    if (!in) return in.error();
    return buildInput(*in, clampWeek(in->semester, fromWeek));
}

Result<PlanOutcome> Lessons::plan(qint64 semesterId, const PlanOptions &options)
{
    if (!options.dryRun) {
        auto seeded = Topics(m_vault).seedDefaultsIfEmpty();
        if (!seeded) return seeded.error();
    }
    auto in = loadInputs(m_vault, semesterId);
    if (!in) return in.error();
    PlanOutcome outcome;
    outcome.fromWeek =
        clampWeek(in->semester, options.fromWeek > 0 ? options.fromWeek : in->semester.weekOf(clock::today()));
    PlannerInput input = buildInput(*in, outcome.fromWeek);
    input.cancel = options.cancel;
    input.progress = options.progress;
    auto plan = planLessons(input);
    if (!plan) return plan.error();
    outcome.plan = *plan;

    QHash<int, QList<Topic>> topics;
    auto library = Topics(m_vault).list();
    if (!library) return library.error();
    const QList<Topic> all = library->isEmpty() ? defaultTopics() : *library;
    for (const ClassKey &cls : in->classes) {
        if (topics.contains(cls.grade)) continue;
        QList<Topic> own;
        QList<Topic> every;
        for (const Topic &t : all) {
            if (!t.active) continue;
            if (t.grade == cls.grade) own.append(t);
            if (t.grade == 0) every.append(t);
        }
        topics.insert(cls.grade, own + every);
    }
    outcome.lessons = withTopics(*in, outcome.plan, outcome.fromWeek, topics, semesterId);
    QList<qint64> replaced;
    for (const Lesson &l : in->lessons) {
        if (replacedByPlan(l, outcome.fromWeek))
            replaced.append(l.id);
        else
            ++outcome.kept;
    }
    outcome.replaced = static_cast<int>(replaced.size());
    if (options.dryRun) return outcome;

    const QString detail = u"plan semester=%1 from_week=%2 lessons=%3 replaced=%4 missing=%5"_s.arg(in->semester.name)
                               .arg(outcome.fromWeek)
                               .arg(outcome.lessons.size())
                               .arg(outcome.replaced)
                               .arg(outcome.plan.missingTotal);
    CD_TRY(m_vault.recordChange(audit::action::LessonPlanSaved, QString(), detail, [&]() -> Status {
        auto del = m_vault.database().prepare(u"DELETE FROM lessons WHERE id = ?"_s);
        if (!del) return del.error();
        for (qint64 id : replaced) {
            del->reset();
            CD_TRY(del->bind(1, id).exec());
        }
        for (Lesson &l : outcome.lessons) {
            auto id = insertLesson(m_vault, l);
            if (!id) return id.error();
            l.id = *id;
        }
        return {};
    }));
    outcome.saved = true;
    return outcome;
}

}  // namespace cd::lessons
