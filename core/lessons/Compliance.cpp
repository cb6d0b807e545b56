#include "lessons/Compliance.h"

#include "lessons/LessonRows.h"
#include "lessons/Semesters.h"

#include "vault/Vault.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {

QString keyOf(const ClassKey &cls) { return QString::number(cls.grade) + u'/' + cls.className; }

QList<WindowCompliance> windowsOf(const Semester &semester, const QDate &asOf)
{
    QList<WindowCompliance> out;
    for (const auto &[first, last] : semester.windows()) {
        WindowCompliance w;
        w.firstWeek = first;
        w.lastWeek = last;
        w.lastDay = std::min(semester.dateOf(last, 7), semester.endsOn);
        w.ended = w.lastDay <= asOf;
        w.teachable = semester.hasTeachingDay(first, last);
        w.required = w.ended && w.teachable ? semester.targets.lessonsPerWindow : 0;
        out.append(w);
    }
    return out;
}

void addTo(GradeCompliance &g, const ClassCompliance &c)
{
    ++g.classes;
    g.classesBehind += c.isBehind() ? 1 : 0;
    g.requiredSoFar += c.requiredSoFar;
    g.delivered += c.delivered;
    g.behindWindows += c.behindWindows;
    g.missing += c.missing;
    g.plannedAhead += c.plannedAhead;
    g.unrecorded += c.unrecorded;
    g.meetingsHeld += c.meetingsHeld;
    g.meetingsTarget += c.meetingsTarget;
    g.classesWithoutMeeting += c.meetingsShort() ? 1 : 0;
}

}  // namespace

ComplianceReport computeCompliance(const Semester &semester, const QList<ClassKey> &classes,
                                   const QList<Lesson> &lessons, const Timetable &timetable, const QDate &asOf)
{
    ComplianceReport report;
    report.semesterId = semester.id;
    report.asOf = asOf;
    const QList<WindowCompliance> windows = windowsOf(semester, asOf);
    for (const WindowCompliance &w : windows) report.windowsEnded += w.ended ? 1 : 0;
    const int firstWeek = semester.firstWeek();
    QList<int> windowOfWeek;  // index by week - firstWeek
    for (int i = 0; i < windows.size(); ++i)
        for (int wk = windows[i].firstWeek; wk <= windows[i].lastWeek; ++wk) windowOfWeek.append(i);

    QHash<QString, int> index;
    report.classes.reserve(classes.size());
    for (const ClassKey &cls : classes) {
        if (index.contains(keyOf(cls))) continue;
        ClassCompliance c;
        c.cls = cls;
        c.teacher = timetable.teacherOf(cls);
        c.meetingsTarget = semester.targets.meetingsPerClass;
        c.windows = windows;
        index.insert(keyOf(cls), static_cast<int>(report.classes.size()));
        report.classes.append(c);
    }
    for (const Lesson &l : lessons) {
        const auto it = index.constFind(keyOf(l.cls));
        if (it == index.cend()) continue;
        ClassCompliance &c = report.classes[it.value()];
        const bool past = semester.dateOf(l.at.week, l.at.weekday) <= asOf;
        if (l.kind == LessonKind::ClassMeeting) {
            if (l.held() && past) ++c.meetingsHeld;
            continue;
        }
        const int w = l.at.week - firstWeek;
        WindowCompliance *window = w >= 0 && w < windowOfWeek.size() ? &c.windows[windowOfWeek[w]] : nullptr;
        switch (l.status) {
        case LessonStatus::Delivered:
        case LessonStatus::MadeUp:
            if (!past) break;  // marked ahead of its day: not counted before it
            ++c.delivered;
            if (window) ++window->held;
            break;
        case LessonStatus::Planned:
            if (past)
                ++c.unrecorded;
            else
                ++c.plannedAhead;
            if (window) ++window->planned;
            break;
        case LessonStatus::Cancelled: ++c.cancelled; break;
        }
    }
    QHash<int, int> gradeIndex;
    for (ClassCompliance &c : report.classes) {
        for (const WindowCompliance &w : c.windows) {
            c.requiredSoFar += w.required;
            if (w.isShort()) {
                ++c.behindWindows;
                c.missing += w.required - w.held;
            }
        }
        if (!gradeIndex.contains(c.cls.grade)) {
            gradeIndex.insert(c.cls.grade, static_cast<int>(report.grades.size()));
            report.grades.append(GradeCompliance{});
            report.grades.last().grade = c.cls.grade;
        }
        addTo(report.grades[gradeIndex.value(c.cls.grade)], c);
        addTo(report.school, c);
    }
    std::sort(report.grades.begin(), report.grades.end(),
              [](const GradeCompliance &a, const GradeCompliance &b) { return a.grade < b.grade; });
    std::stable_sort(report.classes.begin(), report.classes.end(), [](const ClassCompliance &a, const ClassCompliance &b) {
        if (a.missing != b.missing) return a.missing > b.missing;
        return a.cls < b.cls;
    });
    return report;
}

Result<ComplianceReport> Compliance::report(qint64 semesterId, const QDate &asOf) { return build(semesterId, asOf, nullptr); }

Result<ComplianceReport> Compliance::preview(qint64 semesterId, const QDate &asOf, const PlanOutcome &plan)
{
    return build(semesterId, asOf, &plan);
}

Result<ComplianceReport> Compliance::build(qint64 semesterId, const QDate &asOf, const PlanOutcome *plan)
{
    auto semester = Semesters(m_vault).get(semesterId);
    if (!semester) return semester.error();
    auto timetable = Timetables(m_vault).load(semesterId);
    if (!timetable) return timetable.error();
    auto lessons = loadLessons(m_vault.database(), semesterId, -1);
    if (!lessons) return lessons.error();
    if (plan) {
        lessons->removeIf([&](const Lesson &l) { return replacedByPlan(l, plan->fromWeek); });
        lessons->append(plan->lessons);
    }
    auto roster = rosterClasses(m_vault);
    if (!roster) return roster.error();
    QList<ClassKey> classes = *roster;
    QSet<QString> seen;
    for (const ClassKey &c : classes) seen.insert(keyOf(c));
    const auto addClass = [&](const ClassKey &c) {
        if (!seen.contains(keyOf(c))) {
            seen.insert(keyOf(c));
            classes.append(c);
        }
    };
    for (const ClassAssignment &a : timetable->assignments) addClass(a.cls);
    for (const Lesson &l : *lessons) addClass(l.cls);
    std::sort(classes.begin(), classes.end());
    return computeCompliance(*semester, classes, *lessons, *timetable, asOf);
}

}  // namespace cd::lessons
