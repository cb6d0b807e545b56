#include "lessons/Lessons.h"

#include "lessons/LessonRows.h"
#include "lessons/LessonsAudit.h"
#include "lessons/Semesters.h"

#include "common/Clock.h"
#include "common/CodeTable.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

const CodeTable<LessonKind> &kinds()
{
    static const CodeTable<LessonKind> table({{LessonKind::Lesson, "lesson"}, {LessonKind::ClassMeeting, "class_meeting"}});
    return table;
}

const CodeTable<LessonStatus> &statuses()
{
    static const CodeTable<LessonStatus> table({{LessonStatus::Planned, "planned"},
                                                {LessonStatus::Delivered, "delivered"},
                                                {LessonStatus::Cancelled, "cancelled"},
                                                {LessonStatus::MadeUp, "made_up"}});
    return table;
}

const CodeTable<ConflictKind> &conflictKinds()
{
    static const CodeTable<ConflictKind> table({{ConflictKind::OutsideSemester, "outside_semester"},
                                                {ConflictKind::NoSuchPeriod, "no_such_period"},
                                                {ConflictKind::NotTeachingDay, "not_teaching_day"},
                                                {ConflictKind::TeacherBusy, "teacher_busy"},
                                                {ConflictKind::ClassBusy, "class_busy"},
                                                {ConflictKind::TeacherUnavailable, "teacher_unavailable"},
                                                {ConflictKind::OverDailyMax, "over_daily_max"}});
    return table;
}

/// "2026-10-12 (week 7, Monday), period 3"
QString timeText(const Semester &semester, const LessonTime &at)
{
    //: a lesson's time: date (week N, weekday), period P
    return Tr::tr("%1 (week %2, %3), period %4")
        .arg(clock::dateToStorage(semester.dateOf(at.week, at.weekday)))
        .arg(at.week)
        .arg(QLocale().dayName(std::clamp(at.weekday, 1, 7), QLocale::LongFormat))
        .arg(at.period);
}

QString refusal(const QList<LessonConflict> &conflicts)
{
    QStringList lines;
    for (const LessonConflict &c : conflicts) lines << c.message;
    return lines.join(u'\n');
}

QString lessonDetail(const char *verb, const Lesson &l)
{
    return u"%1 lesson:%2 class=%3/%4 week=%5"_s.arg(QString::fromLatin1(verb)).arg(l.id).arg(l.cls.grade).arg(l.cls.className).arg(l.at.week);
}
}  // namespace

bool LessonTime::operator<(const LessonTime &o) const
{
    if (week != o.week) return week < o.week;
    if (weekday != o.weekday) return weekday < o.weekday;
    return period < o.period;
}

QString lessonKindCode(LessonKind kind) { return kinds().code(kind); }
std::optional<LessonKind> lessonKindFromCode(const QString &code) { return kinds().fromCode(code); }
QString lessonKindName(LessonKind kind)
{
    return kind == LessonKind::ClassMeeting ? Tr::tr("Theme class meeting") : Tr::tr("Mental-health lesson");
}

QString lessonStatusCode(LessonStatus status) { return statuses().code(status); }
std::optional<LessonStatus> lessonStatusFromCode(const QString &code) { return statuses().fromCode(code); }
QString lessonStatusName(LessonStatus status)
{
    switch (status) {
    case LessonStatus::Delivered: return Tr::tr("Delivered");
    case LessonStatus::Cancelled: return Tr::tr("Cancelled");
    case LessonStatus::MadeUp: return Tr::tr("Made up");
    case LessonStatus::Planned: break;
    }
    return Tr::tr("Planned");
}

QString conflictKindCode(ConflictKind kind) { return conflictKinds().code(kind); }

QList<LessonConflict> findConflicts(const Semester &semester, const Timetable &timetable, const QList<Lesson> &weekLessons,
                                    const ClassKey &cls, LessonKind kind, qint64 teacherId, const LessonTime &at,
                                    qint64 ignoreId)
{
    QList<LessonConflict> out;
    const QString who = cls.displayName();
    const QString when = timeText(semester, at);
    const QDate day = semester.dateOf(at.week, at.weekday);
    if (!semester.contains(day)) {
        out.append({ConflictKind::OutsideSemester, true, 0,
                    Tr::tr("%1: %2 is not in the semester. Choose a week of the semester.").arg(who, when)});
        return out;
    }
    if (!semester.period(at.period))
        out.append({ConflictKind::NoSuchPeriod, true, 0,
                    Tr::tr("%1: the school day has no period %2. Choose one of its periods.").arg(who).arg(at.period)});
    const bool open = kind == LessonKind::ClassMeeting ? semester.isSchoolDay(day) : semester.isTeachingDay(day);
    if (!open) {
        const auto br = semester.breakOn(day);
        const QString cause = br ? (br->label.isEmpty() ? breakKindName(br->kind) : br->label) : Tr::tr("not a school day");
        out.append({ConflictKind::NotTeachingDay, true, 0,
                    Tr::tr("%1: %2 is not a teaching day (%3). Choose another day.").arg(who, when, cause)});
    }
    const TimetableTeacher *teacher = timetable.teacherById(teacherId);
    int teacherThatDay = 0;
    for (const Lesson &l : weekLessons) {
        if (l.id == ignoreId || l.status == LessonStatus::Cancelled || l.at.week != at.week) continue;
        if (teacherId != 0 && l.teacherId == teacherId && l.at.weekday == at.weekday) {
            ++teacherThatDay;
            if (l.at.period == at.period && teacher)
                out.append({ConflictKind::TeacherBusy, true, l.id,
                             Tr::tr("%1 already teaches %2 at %3. Choose another time.")
                                 .arg(teacher->name, l.cls.displayName(), when)});
        }
        if (l.cls == cls && l.at.weekday == at.weekday && l.at.period == at.period)
            out.append({ConflictKind::ClassBusy, true, l.id,
                        Tr::tr("%1 already has %2 at %3. Choose another time.")
                            .arg(who, lessonKindName(l.kind).toLower(), when)});
    }
    if (teacher) {
        if (timetable.isUnavailable(teacher->name, at.week, at.weekday, at.period))
            out.append({ConflictKind::TeacherUnavailable, false, 0,
                        Tr::tr("%1 is marked unavailable at %2.").arg(teacher->name, when)});
        if (teacherThatDay + 1 > teacher->maxPerDay)
            out.append({ConflictKind::OverDailyMax, false, 0,
                        Tr::tr("%1 would teach %2 lessons that day, more than their most (%3).")
                            .arg(teacher->name)
                            .arg(teacherThatDay + 1)
                            .arg(teacher->maxPerDay)});
    }
    return out;
}

Result<QList<Lesson>> Lessons::list(qint64 semesterId) { return loadLessons(m_vault.database(), semesterId, -1); }

Result<QList<Lesson>> Lessons::inWeek(qint64 semesterId, int week) { return loadLessons(m_vault.database(), semesterId, week); }

Result<Lesson> Lessons::get(qint64 id) { return loadLesson(m_vault.database(), id); }

Result<QList<LessonConflict>> Lessons::conflicts(qint64 semesterId, const ClassKey &cls, qint64 teacherId,
                                                 const LessonTime &at, qint64 ignoreId)
{
    auto semester = Semesters(m_vault).get(semesterId);
    if (!semester) return semester.error();
    auto timetable = Timetables(m_vault).load(semesterId);
    if (!timetable) return timetable.error();
    auto week = inWeek(semesterId, at.week);
    if (!week) return week.error();
    return findConflicts(*semester, *timetable, *week, cls, LessonKind::Lesson, teacherId, at, ignoreId);
}

Status Lessons::checkPlace(qint64 semesterId, const ClassKey &cls, LessonKind kind, qint64 teacherId,
                           const LessonTime &at, qint64 ignoreId, bool acceptWarnings)
{
    auto semester = Semesters(m_vault).get(semesterId);
    if (!semester) return semester.error();
    auto timetable = Timetables(m_vault).load(semesterId);
    if (!timetable) return timetable.error();
    auto week = inWeek(semesterId, at.week);
    if (!week) return week.error();
    QList<LessonConflict> found = findConflicts(*semester, *timetable, *week, cls, kind, teacherId, at, ignoreId);
    if (acceptWarnings) found.removeIf([](const LessonConflict &c) { return !c.blocking; });
    if (!found.isEmpty()) return makeError(ErrorCode::InvalidInput, refusal(found));
    return {};
}

Result<qint64> Lessons::add(qint64 semesterId, const NewLesson &lesson, bool acceptWarnings)
{
    qint64 teacherId = lesson.teacherId;
    if (teacherId < 0) {
        teacherId = 0;
        if (lesson.kind == LessonKind::Lesson) {
            auto timetable = Timetables(m_vault).load(semesterId);
            if (!timetable) return timetable.error();
            if (const TimetableTeacher *t = timetable->teacher(timetable->teacherOf(lesson.cls))) teacherId = t->id;
        }
    }
    CD_TRY(checkPlace(semesterId, lesson.cls, lesson.kind, teacherId, lesson.at, 0, acceptWarnings));
    Lesson row;
    row.semesterId = semesterId;
    row.cls = lesson.cls;
    row.kind = lesson.kind;
    row.at = lesson.at;
    row.teacherId = teacherId;
    row.topicId = lesson.topicId;
    row.topic = lesson.topic.trimmed();
    row.materials = lesson.materials.trimmed();
    row.pinned = true;
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::LessonAdded, [&](vault::Vault::AuditRow &audit) -> Status {
        auto inserted = insertLesson(m_vault, row);
        if (!inserted) return inserted.error();
        id = *inserted;
        row.id = id;
        audit.detail = lessonDetail("add", row);
        return {};
    }));
    return id;
}

Status Lessons::move(qint64 id, const LessonTime &to, bool acceptWarnings)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    if (lesson->status != LessonStatus::Planned)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Only a planned lesson can be moved; this one is %1. Reopen it first.")
                             .arg(lessonStatusName(lesson->status).toLower()));
    CD_TRY(checkPlace(lesson->semesterId, lesson->cls, lesson->kind, lesson->teacherId, to, id, acceptWarnings));
    return m_vault.recordChange(audit::action::LessonMoved, QString(), lessonDetail("move", *lesson), [&]() -> Status {
        auto stmt = m_vault.database().prepare(u"UPDATE lessons SET week = ?, weekday = ?, period = ?, pinned = 1, "
                                               "updated_at = ?, updated_by = ? WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, to.week).bind(2, to.weekday).bind(3, to.period);
        stmt->bind(4, clock::toStorage(clock::now())).bind(5, m_vault.currentUser().login).bind(6, id);
        return stmt->exec();
    });
}

Status Lessons::setStatus(qint64 id, LessonStatus status, const LessonRecord *record, const char *verb)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    Lesson changed = *lesson;
    changed.status = status;
    if (record) {
        changed.topicId = record->topicId;
        changed.topic = record->topic.trimmed();
        changed.materials = record->materials.trimmed();
        changed.reflection = record->reflection.trimmed();
    }
    if (status != lesson->status) changed.pinned = true;
    return m_vault.recordChange(audit::action::LessonChanged, QString(), lessonDetail(verb, changed) + u" status="_s + lessonStatusCode(status),
                                [&]() -> Status { return updateLesson(m_vault, changed); });
}

Status Lessons::deliver(qint64 id, const LessonRecord &record)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    if (lesson->status == LessonStatus::Cancelled)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A cancelled lesson cannot be marked delivered. Reopen it, or add a make-up lesson."));
    return setStatus(id, lesson->makesUp != 0 ? LessonStatus::MadeUp : LessonStatus::Delivered, &record, "deliver");
}

Status Lessons::cancel(qint64 id, const QString &reason)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    if (lesson->held())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A lesson already held cannot be cancelled. Reopen it first."));
    LessonRecord record{lesson->topicId, lesson->topic, lesson->materials, reason.trimmed()};
    return setStatus(id, LessonStatus::Cancelled, &record, "cancel");
}

Status Lessons::reopen(qint64 id) { return setStatus(id, LessonStatus::Planned, nullptr, "reopen"); }

Result<qint64> Lessons::makeUp(qint64 cancelledId, const LessonTime &to, bool acceptWarnings)
{
    auto cancelled = get(cancelledId);
    if (!cancelled) return cancelled.error();
    if (cancelled->status != LessonStatus::Cancelled)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Only a cancelled lesson can be made up. Cancel it first."));
    auto all = list(cancelled->semesterId);
    if (!all) return all.error();
    for (const Lesson &l : *all)
        if (l.makesUp == cancelledId)
            return makeError(ErrorCode::AlreadyExists,
                             Tr::tr("This lesson already has a make-up lesson (week %1). Move that one instead.").arg(l.at.week));
    CD_TRY(checkPlace(cancelled->semesterId, cancelled->cls, LessonKind::Lesson, cancelled->teacherId, to, 0, acceptWarnings));
    Lesson row = *cancelled;
    row.id = 0;
    row.at = to;
    row.status = LessonStatus::Planned;
    row.pinned = true;
    row.makesUp = cancelledId;
    row.reflection.clear();
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::LessonAdded, [&](vault::Vault::AuditRow &audit) -> Status {
        auto inserted = insertLesson(m_vault, row);
        if (!inserted) return inserted.error();
        id = *inserted;
        row.id = id;
        audit.detail = lessonDetail("makeup", row) + u" lesson:%1"_s.arg(cancelledId);
        return {};
    }));
    return id;
}

Status Lessons::updateRecord(qint64 id, const LessonRecord &record)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    return setStatus(id, lesson->status, &record, "edit");
}

Status Lessons::remove(qint64 id)
{
    auto lesson = get(id);
    if (!lesson) return lesson.error();
    if (lesson->held())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A lesson already held cannot be removed. Reopen it first."));
    return m_vault.recordChange(audit::action::LessonRemoved, QString(), lessonDetail("remove", *lesson), [&]() -> Status {
        auto stmt = m_vault.database().prepare(u"DELETE FROM lessons WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        return stmt->bind(1, id).exec();
    });
}

Result<qint64> Lessons::recordClassMeeting(qint64 semesterId, const ClassKey &cls, const QDate &day, int period,
                                           const QString &topic, const QString &notes)
{
    auto semester = Semesters(m_vault).get(semesterId);
    if (!semester) return semester.error();
    if (!semester->contains(day))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not in the semester %2. Choose a day of the semester.")
                             .arg(clock::dateToStorage(day), semester->name));
    if (!semester->period(period))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The school day has no period %1. Choose one of its periods.").arg(period));
    if (topic.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A theme class meeting needs its topic. Type the topic."));
    Lesson row;
    row.semesterId = semesterId;
    row.cls = cls;
    row.kind = LessonKind::ClassMeeting;
    row.at = {semester->weekOf(day), day.dayOfWeek(), period};
    row.topic = topic.trimmed();
    row.reflection = notes.trimmed();
    row.status = LessonStatus::Delivered;
    row.pinned = true;
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::LessonAdded, [&](vault::Vault::AuditRow &audit) -> Status {
        auto inserted = insertLesson(m_vault, row);
        if (!inserted) return inserted.error();
        id = *inserted;
        row.id = id;
        audit.detail = lessonDetail("meeting", row);
        return {};
    }));
    return id;
}

}  // namespace cd::lessons
