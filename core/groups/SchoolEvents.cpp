#include "groups/SchoolEvents.h"

#include "groups/GroupsAudit.h"

#include "common/Clock.h"
#include "lessons/Semester.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::groups {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SchoolEvents)
};

QString eventRef(qint64 id) { return u"event:"_s + QString::number(id); }

SchoolEvent readEvent(storage::Statement &s)
{
    SchoolEvent e;
    e.id = s.int64(0);
    e.semesterId = s.int64(1);
    e.kind = eventKindFromCode(s.text(2)).value_or(EventKind::Activity);
    e.format = s.text(3);
    e.heldOn = clock::dateFromStorage(s.text(4));
    e.topic = s.text(5);
    e.audience = s.text(6);
    e.headCount = static_cast<int>(s.int64(7));
    e.minutes = static_cast<int>(s.int64(8));
    e.note = s.text(9);
    return e;
}

}  // namespace

QStringList schoolEventProblems(const SchoolEvent &event, const lessons::Semester &semester)
{
    QStringList problems;
    if (event.topic.trimmed().isEmpty()) problems << Tr::tr("The event has no topic: write what it was about.");
    if (!event.heldOn.isValid())
        problems << Tr::tr("The event has no date: enter the day it was held.");
    else if (!semester.contains(event.heldOn))
        problems << Tr::tr("%1 is outside the semester %2 (%3 to %4): enter a date in the semester, or choose "
                           "the semester it belongs to.")
                        .arg(event.heldOn.toString(Qt::ISODate), semester.name, semester.startsOn.toString(Qt::ISODate),
                             semester.endsOn.toString(Qt::ISODate));
    if (event.headCount < 0)
        problems << Tr::tr("The head count cannot be negative (%1): enter how many people came, or 0.").arg(event.headCount);
    if (event.minutes < 0 || event.minutes > 24 * 60)
        problems << Tr::tr("The length must be between 0 and 1440 minutes, not %1: correct it.").arg(event.minutes);
    return problems;
}

int EventTally::monthsShort() const
{
    int n = 0;
    for (const MonthActivities &m : months) n += (m.started && m.held < activitiesPerMonth) ? 1 : 0;
    return n;
}

QStringList EventTally::missing() const
{
    QStringList out;
    if (familyHeld < familyTarget)
        out << Tr::tr("Family-education events: %1 needed this semester, %2 held.").arg(familyTarget).arg(familyHeld);
    if (trainingsHeld < trainingsTarget)
        out << Tr::tr("Teacher trainings: %1 needed this semester, %2 held.").arg(trainingsTarget).arg(trainingsHeld);
    for (const MonthActivities &m : months) {
        if (!m.started || m.held >= activitiesPerMonth) continue;
        //: %1 a month as 2026-10
        out << Tr::tr("Whole-school activities in %1: %2 needed, %3 held.")
                   .arg(m.month.toString(u"yyyy-MM"_s))
                   .arg(activitiesPerMonth)
                   .arg(m.held);
    }
    return out;
}

EventTally tallyEvents(const lessons::Semester &semester, const QList<SchoolEvent> &events, const QDate &today)
{
    EventTally t;
    t.familyTarget = semester.targets.familyEvents;
    t.trainingsTarget = semester.targets.teacherTrainings;
    t.activitiesPerMonth = semester.targets.activitiesPerMonth;
    if (semester.startsOn.isValid() && semester.endsOn.isValid()) {
        for (QDate m(semester.startsOn.year(), semester.startsOn.month(), 1); m <= semester.endsOn; m = m.addMonths(1))
            t.months.append({m, 0, m <= today});
    }
    for (const SchoolEvent &e : events) {
        if (!e.heldOn.isValid() || e.heldOn > today || !semester.contains(e.heldOn)) continue;
        switch (e.kind) {
        case EventKind::Family: ++t.familyHeld; break;
        case EventKind::Training:
            ++t.trainingsHeld;
            t.trainingMinutes += e.minutes;
            break;
        case EventKind::Activity:
            for (MonthActivities &m : t.months)
                if (m.month.year() == e.heldOn.year() && m.month.month() == e.heldOn.month()) ++m.held;
            break;
        }
    }
    return t;
}

Result<QList<SchoolEvent>> SchoolEvents::list(qint64 semesterId)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT id, semester_id, kind, format, held_on, topic, audience, head_count, minutes, note FROM school_events "
        "WHERE semester_id = ? ORDER BY held_on, id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, semesterId);
    return storage::collectRows(*stmt, readEvent);
}

Result<qint64> SchoolEvents::save(const SchoolEvent &event)
{
    auto semester = lessons::Semesters(m_vault).get(event.semesterId);
    if (!semester) return semester.error();
    const QStringList problems = schoolEventProblems(event, *semester);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    if (event.id != 0) {
        auto check = m_vault.database().prepare(u"SELECT 1 FROM school_events WHERE id = ?"_s);
        if (!check) return check.error();
        check->bind(1, event.id);
        auto found = check->step();
        if (!found) return found.error();
        if (!*found) return makeError(ErrorCode::NotFound, Tr::tr("That school event no longer exists."));
    }
    qint64 id = event.id;
    CD_TRY(m_vault.recordChange(audit::action::SchoolEventSaved, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        auto stmt = db.prepare(event.id == 0
                                   ? u"INSERT INTO school_events (semester_id, kind, format, held_on, topic, audience, "
                                     "head_count, minutes, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                                   : u"UPDATE school_events SET semester_id = ?, kind = ?, format = ?, held_on = ?, topic = ?, "
                                     "audience = ?, head_count = ?, minutes = ?, note = ?, updated_at = ?, updated_by = ? "
                                     "WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, event.semesterId)
            .bind(2, eventKindCode(event.kind))
            .bind(3, event.format.trimmed())
            .bind(4, clock::dateToStorage(event.heldOn))
            .bind(5, event.topic.trimmed())
            .bind(6, event.audience.trimmed())
            .bind(7, event.headCount)
            .bind(8, event.minutes)
            .bind(9, event.note.trimmed())
            .bind(10, clock::toStorage(clock::now()))
            .bind(11, m_vault.currentUser().login);
        if (event.id != 0) stmt->bind(12, event.id);
        CD_TRY(stmt->exec());
        if (event.id == 0) id = db.lastInsertRowId();
        row.detail = (event.id == 0 ? u"add "_s : u"edit "_s) + eventRef(id) + u" kind="_s + eventKindCode(event.kind);
        return {};
    }));
    return id;
}

Status SchoolEvents::remove(qint64 eventId)
{
    auto stmt = m_vault.database().prepare(u"SELECT kind FROM school_events WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, eventId);
    auto found = stmt->step();
    if (!found) return found.error();
    if (!*found) return makeError(ErrorCode::NotFound, Tr::tr("That school event no longer exists."));
    const QString kind = stmt->text(0);
    return m_vault.recordChange(audit::action::SchoolEventRemoved, QString(), eventRef(eventId) + u" kind="_s + kind,
                                [&]() -> Status {
                                    auto del = m_vault.database().prepare(u"DELETE FROM school_events WHERE id = ?"_s);
                                    if (!del) return del.error();
                                    return del->bind(1, eventId).exec();
                                });
}

}  // namespace cd::groups
