#pragma once
// The semester's lessons (docs/lessons.md): the planner's plan saved (planned, unpinned lessons from
// a week on replaced; hand edits, delivered, cancelled and made-up lessons kept and fixed for the
// planner), hand edits (move, add: pinned) with their conflicts computed before saving, delivery
// (delivered with materials and a reflection, cancelled, made up by a new lesson), and theme class
// meetings. Every change is one audited transaction.

#include "common/Result.h"
#include "lessons/Planner.h"
#include "lessons/Timetable.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {

enum class LessonKind { Lesson, ClassMeeting };
QString lessonKindCode(LessonKind kind);  ///< "lesson", "class_meeting"
std::optional<LessonKind> lessonKindFromCode(const QString &code);
QString lessonKindName(LessonKind kind);  ///< translated

/// planned → delivered | cancelled; a make-up lesson (makesUp set) is made_up once held.
enum class LessonStatus { Planned, Delivered, Cancelled, MadeUp };
QString lessonStatusCode(LessonStatus status);  ///< "planned", "delivered", "cancelled", "made_up"
std::optional<LessonStatus> lessonStatusFromCode(const QString &code);
QString lessonStatusName(LessonStatus status);  ///< translated

/// Where a lesson is: the school's week, weekday (1 = Monday) and period.
struct LessonTime {
    int week = 1;
    int weekday = 1;
    int period = 1;
    bool operator==(const LessonTime &o) const { return week == o.week && weekday == o.weekday && period == o.period; }
    bool operator<(const LessonTime &o) const;
};

struct Lesson {
    qint64 id = 0;
    qint64 semesterId = 0;
    ClassKey cls;
    LessonKind kind = LessonKind::Lesson;
    LessonTime at;
    qint64 teacherId = 0;  ///< 0: none (a class meeting, or the teacher was removed)
    qint64 topicId = 0;    ///< 0: none or a topic typed in
    QString topic;         ///< the topic's title as planned (kept when the library changes)
    LessonStatus status = LessonStatus::Planned;
    bool pinned = false;   ///< a hand edit: kept when the plan is rebuilt
    qint64 makesUp = 0;    ///< the cancelled lesson this one makes up, or 0
    QString materials;
    QString reflection;
    QDateTime updatedAt;
    QString updatedBy;

    /// Held: delivered or made up (what compliance counts).
    bool held() const { return status == LessonStatus::Delivered || status == LessonStatus::MadeUp; }
    /// Kept when the plan is rebuilt: anything but a planned, unpinned lesson.
    bool keptByPlanning() const { return pinned || status != LessonStatus::Planned || kind != LessonKind::Lesson; }
};

enum class ConflictKind {
    OutsideSemester,     ///< the week is not in the semester                      (blocking)
    NoSuchPeriod,        ///< the semester's day has no such period                (blocking)
    NotTeachingDay,      ///< a holiday, an exam period, a day off                 (blocking)
    TeacherBusy,         ///< the teacher already has a lesson then                (blocking)
    ClassBusy,           ///< the class already has a lesson or meeting then       (blocking)
    TeacherUnavailable,  ///< the teacher is marked unavailable then               (warning)
    OverDailyMax,        ///< the teacher would teach more than their daily max    (warning)
};
QString conflictKindCode(ConflictKind kind);

struct LessonConflict {
    ConflictKind kind = ConflictKind::TeacherBusy;
    bool blocking = true;     ///< blocking conflicts refuse the change; warnings need acceptWarnings
    qint64 otherLessonId = 0; ///< the lesson in the way (TeacherBusy, ClassBusy)
    QString message;          ///< one translated sentence naming class, time and cause
};

/// A lesson added by hand (pinned).
struct NewLesson {
    ClassKey cls;
    LessonKind kind = LessonKind::Lesson;
    LessonTime at;
    qint64 teacherId = -1;  ///< -1: the class's teacher in the timetable; 0: none
    qint64 topicId = 0;
    QString topic;
    QString materials;
};

/// The record of a lesson as a counselor keeps it (any status).
struct LessonRecord {
    qint64 topicId = 0;
    QString topic;
    QString materials;
    QString reflection;
};

struct PlanOptions {
    int fromWeek = 0;     ///< 0: the week of today (clamped to the semester)
    bool dryRun = false;  ///< plan without saving (the CLI's --dry-run, the GUI's preview)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int done, int total)> progress;
};

/// A plan built (and saved unless a dry run).
struct PlanOutcome {
    Plan plan;                 ///< the planner's result: planned lessons, gaps, loads, figures
    QList<Lesson> lessons;     ///< the new planned lessons with their topics (ids set when saved)
    int fromWeek = 1;
    int replaced = 0;          ///< planned, unpinned lessons from fromWeek on that the plan replaced
    int kept = 0;              ///< lessons fixed for the planner (hand edits, held, cancelled, meetings)
    bool saved = false;
};

class Lessons {
public:
    explicit Lessons(vault::Vault &vault) : m_vault(vault) {}

    /// Every lesson and class meeting of the semester by time.
    Result<QList<Lesson>> list(qint64 semesterId);
    /// The lessons of one week (the grid).
    Result<QList<Lesson>> inWeek(qint64 semesterId, int week);
    Result<Lesson> get(qint64 id);

    /// What stands in the way of `cls` (taught by `teacherId`, 0: none) having a lesson at `at`,
    /// ignoring lesson `ignoreId` (the one being moved). Empty: no conflict.
    Result<QList<LessonConflict>> conflicts(qint64 semesterId, const ClassKey &cls, qint64 teacherId,
                                            const LessonTime &at, qint64 ignoreId = 0);

    /// Adds a lesson or class meeting by hand (pinned). Refused (InvalidInput with the conflicts'
    /// sentences) on a blocking conflict, or on warnings unless `acceptWarnings`.
    Result<qint64> add(qint64 semesterId, const NewLesson &lesson, bool acceptWarnings = false);
    /// Moves a planned lesson (it becomes pinned); same refusals as add.
    Status move(qint64 id, const LessonTime &to, bool acceptWarnings = false);
    /// Marks a lesson held: delivered, or made up when it makes up a cancelled one.
    Status deliver(qint64 id, const LessonRecord &record);
    /// Marks a planned lesson cancelled (kept; the planner plans around it). `reason` goes in the
    /// reflection.
    Status cancel(qint64 id, const QString &reason);
    /// Back to planned (a mistaken mark), pinned.
    Status reopen(qint64 id);
    /// A new lesson making up cancelled lesson `cancelledId` at `to` (pinned, same class, teacher
    /// and topic); returns its id. Same refusals as add.
    Result<qint64> makeUp(qint64 cancelledId, const LessonTime &to, bool acceptWarnings = false);
    /// Saves topic, materials and reflection without changing the status.
    Status updateRecord(qint64 id, const LessonRecord &record);
    /// Removes a lesson added by hand or planned (not a held one: reopen it first).
    Status remove(qint64 id);
    /// Records a theme class meeting held on `day` (delivered at once, no teacher).
    Result<qint64> recordClassMeeting(qint64 semesterId, const ClassKey &cls, const QDate &day, int period,
                                      const QString &topic, const QString &notes);

    /// The planner's input for the semester from `fromWeek`: the timetable's classes, teachers and
    /// unavailability, and every lesson kept by planning as fixed.
    Result<PlannerInput> plannerInput(qint64 semesterId, int fromWeek);
    /// Runs the planner and (unless options.dryRun) saves the plan in one audited transaction
    /// (`lessons.plan`): planned, unpinned lessons from fromWeek on are replaced, everything else
    /// kept; topics are given in order per class.
    Result<PlanOutcome> plan(qint64 semesterId, const PlanOptions &options);

private:
    Status checkPlace(qint64 semesterId, const ClassKey &cls, LessonKind kind, qint64 teacherId, const LessonTime &at,
                      qint64 ignoreId, bool acceptWarnings);
    Status setStatus(qint64 id, LessonStatus status, const LessonRecord *record, const char *verb);

    vault::Vault &m_vault;
};

}  // namespace cd::lessons
