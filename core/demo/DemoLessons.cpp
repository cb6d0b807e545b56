#include "demo/DemoLessons.h"

#include "demo/DemoCalendar.h"
#include "demo/DemoSchool.h"
#include "lessons/Lessons.h"
#include "lessons/Semesters.h"
#include "lessons/Timetable.h"
#include "lessons/Topics.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

const char *const kMaterials[] = {
    QT_TRANSLATE_NOOP("Demo", "Slides and a short video"),
    QT_TRANSLATE_NOOP("Demo", "Emotion cards, worksheet"),
    QT_TRANSLATE_NOOP("Demo", "Role-play scenarios"),
    QT_TRANSLATE_NOOP("Demo", "Group game, reflection sheet"),
};

const char *const kReflections[] = {
    QT_TRANSLATE_NOOP("Demo", "The class joined in well; the role-play ran long."),
    QT_TRANSLATE_NOOP("Demo", "Quiet start, livelier in the group work."),
    QT_TRANSLATE_NOOP("Demo", "Several students asked to talk afterwards."),
    QT_TRANSLATE_NOOP("Demo", "Good discussion; next time leave more time for sharing."),
};

const char *const kCancelReasons[] = {
    QT_TRANSLATE_NOOP("Demo", "Sports day"),
    QT_TRANSLATE_NOOP("Demo", "Class taken for a school assembly"),
};

const char *const kTraining = QT_TRANSLATE_NOOP("Demo", "District training");

const char *const kMeetingTopics[] = {
    QT_TRANSLATE_NOOP("Demo", "Getting along in our class"),
    QT_TRANSLATE_NOOP("Demo", "Saying no to bullying"),
    QT_TRANSLATE_NOOP("Demo", "Caring for our mental health"),
};

QString tr(const char *text) { return QCoreApplication::translate("Demo", text); }

template <std::size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return tr(list[rng.bounded(static_cast<int>(N))]);
}

lessons::Timetable demoTimetable(vault::Vault &vault, quint32 seed, const lessons::Semester &semester,
                                 const QList<lessons::ClassKey> &classes)
{
    QRandomGenerator rng(seed ^ 0x1e55u);
    lessons::Timetable tt;
    tt.semesterId = semester.id;
    for (const DemoStaff &member : demoStaff(seed)) tt.teachers.append({0, member.displayName, member.login, 3});
    if (tt.teachers.isEmpty())
        tt.teachers.append({0, vault.currentUser().displayName, vault.currentUser().login, 3});
    const int periods = static_cast<int>(semester.periods.size());
    for (int i = 0; i < classes.size(); ++i) {
        const lessons::ClassKey &cls = classes[i];
        tt.assignments.append({cls, tt.teachers[i % tt.teachers.size()].name});
        const int wanted = 3 + rng.bounded(2);
        QSet<int> taken;
        while (taken.size() < wanted) {
            const int weekday = 1 + rng.bounded(std::min(semester.schoolDays, 5));
            const int period = 1 + rng.bounded(std::max(1, periods));
            if (taken.contains(weekday * 100 + period)) continue;
            taken.insert(weekday * 100 + period);
            const int parity = rng.bounded(6);
            tt.slots.append({cls, weekday, period,
                             parity == 0 ? lessons::SlotWeeks::Odd
                                         : (parity == 1 ? lessons::SlotWeeks::Even : lessons::SlotWeeks::Every)});
        }
    }
    // The second counselor is away for a training one afternoon in week 6.
    if (tt.teachers.size() > 1 && semester.weekCount() >= 6)
        tt.unavailable.append({tt.teachers[1].name, 3, 0, 6, 6, tr(kTraining)});
    return tt;
}

/// A free time for a make-up of `lesson`: one of its class's slots in the weeks after it and before
/// `today`, with no conflict.
std::optional<lessons::LessonTime> makeUpTime(lessons::Lessons &lessons, const lessons::Semester &semester,
                                              const lessons::Timetable &tt, const lessons::Lesson &lesson,
                                              const QDate &today)
{
    for (int week = lesson.at.week + 1; week <= lesson.at.week + 2; ++week)
        for (const lessons::ClassSlot &slot : tt.slotsOf(lesson.cls)) {
            const lessons::LessonTime at{week, slot.weekday, slot.period};
            if (semester.dateOf(week, slot.weekday) >= today) continue;
            auto conflicts = lessons.conflicts(semester.id, lesson.cls, lesson.teacherId, at);
            if (conflicts && conflicts->isEmpty()) return at;
        }
    return std::nullopt;
}

}  // namespace

Status populateDemoLessons(vault::Vault &vault, quint32 seed, const QDate &today)
{
    auto semester = lessons::Semesters(vault).byName(demoSemester(today, 0).name);
    if (!semester) return semester.error();
    auto classes = lessons::rosterClasses(vault);
    if (!classes) return classes.error();
    if (classes->isEmpty()) return {};
    auto seeded = lessons::Topics(vault).seedDefaultsIfEmpty();
    if (!seeded) return seeded.error();
    const lessons::Timetable tt = demoTimetable(vault, seed, *semester, *classes);
    CD_TRY(lessons::Timetables(vault).save(tt));
    auto saved = lessons::Timetables(vault).load(semester->id);
    if (!saved) return saved.error();

    lessons::Lessons lessons(vault);
    lessons::PlanOptions options;
    options.fromWeek = semester->firstWeek();
    auto plan = lessons.plan(semester->id, options);
    if (!plan) return plan.error();

    // What happened before today: most lessons delivered, a few cancelled (half of them made up).
    QRandomGenerator rng(seed ^ 0xde11u);
    auto all = lessons.list(semester->id);
    if (!all) return all.error();
    for (const lessons::Lesson &l : *all) {
        if (semester->dateOf(l.at.week, l.at.weekday) >= today || l.status != lessons::LessonStatus::Planned) continue;
        if (rng.bounded(14) != 0) {
            CD_TRY(lessons.deliver(l.id, {l.topicId, l.topic, pick(rng, kMaterials), pick(rng, kReflections)}));
            continue;
        }
        CD_TRY(lessons.cancel(l.id, pick(rng, kCancelReasons)));
        if (rng.bounded(2) == 0) continue;
        if (const auto at = makeUpTime(lessons, *semester, *saved, l, today)) {
            auto made = lessons.makeUp(l.id, *at);
            if (!made) return made.error();
            CD_TRY(lessons.deliver(*made, {l.topicId, l.topic, pick(rng, kMaterials), pick(rng, kReflections)}));
        }
    }

    // A theme class meeting for most classes: Friday's last period in weeks 3–6, where that has passed.
    const int last = semester->periods.isEmpty() ? 1 : semester->periods.last().period;
    for (int i = 0; i < classes->size(); ++i) {
        if (i % 5 == 4) continue;
        const QDate day = semester->dateOf(3 + i % 4, 5);
        if (day >= today || !semester->isSchoolDay(day)) continue;
        auto meeting = lessons.recordClassMeeting(semester->id, (*classes)[i], day, last, pick(rng, kMeetingTopics),
                                                  QString());
        if (!meeting) return meeting.error();
    }
    return {};
}

}  // namespace cd::demo
