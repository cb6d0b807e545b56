#include "room/Appointments.h"

#include "room/Agenda.h"
#include "room/RoomAudit.h"
#include "room/RoomSchedule.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::room {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Appointments)
};

QString hhmm(const QDateTime &t) { return t.toString(u"HH:mm"_s); }

Appointment readAppointment(storage::Statement &s)
{
    Appointment a;
    a.id = s.int64(0);
    a.startsAt = momentFromStorage(s.text(1));
    a.minutes = static_cast<int>(s.int64(2));
    a.requester = requesterFromCode(s.text(3)).value_or(Requester::Student);
    a.studentId = s.isNull(4) ? 0 : s.int64(4);
    a.requesterName = s.text(5);
    a.reason = s.text(6);
    a.counselor = s.text(7);
    a.status = statusFromCode(s.text(8)).value_or(AppointmentStatus::Booked);
    a.sessionId = s.isNull(9) ? 0 : s.int64(9);
    return a;
}

QString target(qint64 studentId) { return studentId > 0 ? audit::studentTarget(studentId) : QString(); }
}  // namespace

Result<Appointment> Appointments::get(qint64 id)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT id, starts_at, minutes, requester_kind, student_id, requester, reason, counselor, status, session_id "
        "FROM appointments WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto rows = storage::collectRows(*stmt, readAppointment);
    if (!rows) return rows.error();
    if (rows->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("That appointment no longer exists."));
    return rows->first();
}

Result<QList<Conflict>> Appointments::conflicts(const Appointment &a)
{
    QList<Conflict> out;
    if (a.status == AppointmentStatus::Cancelled || !a.startsAt.isValid()) return out;
    const QDateTime ends = a.endsAt();
    auto items = agenda(m_vault, {a.startsAt.date(), ends.date(), a.counselor, false});
    if (!items) return items.error();
    for (const AgendaItem &item : *items) {
        if (!(item.starts < ends && a.startsAt < item.ends)) continue;
        const QString when = hhmm(item.starts) + u'–' + hhmm(item.ends);
        switch (item.kind) {
        case AgendaItem::Kind::Appointment:
            if (item.id != a.id)
                out.append({Conflict::Kind::OwnAppointment,
                            Tr::tr("The counselor already has an appointment at %1: choose another time.").arg(when)});
            break;
        case AgendaItem::Kind::Lesson:
            out.append({Conflict::Kind::Lesson, Tr::tr("The counselor teaches at %1 (%2).").arg(when, agendaTitle(item, false))});
            break;
        case AgendaItem::Kind::GroupSession:
            out.append({Conflict::Kind::GroupSession,
                        Tr::tr("The counselor leads a group session at %1 (%2).").arg(when, agendaTitle(item, false))});
            break;
        case AgendaItem::Kind::Duty: break;
        }
    }
    // Inside one stretch of the room's open hours on a school day of a semester.
    bool inside = false;
    auto semesters = lessons::Semesters(m_vault).list();
    if (!semesters) return semesters.error();
    for (const lessons::Semester &sem : *semesters) {
        if (!sem.isSchoolDay(a.startsAt.date()) || ends.date() != a.startsAt.date()) continue;
        auto schedule = RoomSchedules(m_vault).load(sem.id);
        if (!schedule) return schedule.error();
        for (const OpenHours &h : schedule->hours)
            inside = inside || (h.weekday == a.startsAt.date().dayOfWeek() && h.starts <= a.startsAt.time() &&
                                ends.time() <= h.ends);
    }
    if (!inside)
        out.append({Conflict::Kind::OutsideHours,
                    Tr::tr("%1 to %2 is outside the room's open hours.").arg(hhmm(a.startsAt), hhmm(ends))});
    return out;
}

Result<qint64> Appointments::save(const Appointment &a, bool acceptWarnings)
{
    QStringList problems;
    if (!a.startsAt.isValid()) problems << Tr::tr("Choose the appointment's day and time.");
    if (a.minutes < 5 || a.minutes > 480) problems << Tr::tr("An appointment lasts from 5 minutes to 8 hours: change its length.");
    if (a.requester == Requester::Student && a.studentId <= 0)
        problems << Tr::tr("A student's request needs the student: choose them from the roster.");
    if (a.requester == Requester::Teacher && a.requesterName.trimmed().isEmpty())
        problems << Tr::tr("Enter the name of the teacher who asked for the talk.");
    if (a.requester == Requester::Parent && a.requesterName.trimmed().isEmpty())
        problems << Tr::tr("Enter the name of the parent who asked for the talk.");
    auto users = m_vault.users();
    if (!users) return users.error();
    bool known = false;
    for (const vault::UserInfo &u : *users) known = known || (u.login == a.counselor && u.active);
    if (!known) problems << Tr::tr("Choose the counselor from the vault's users.");
    if (a.studentId > 0) {
        auto stmt = m_vault.database().prepare(u"SELECT count(*) FROM students WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, a.studentId);
        auto row = stmt->step();
        if (!row) return row.error();
        if (stmt->int64(0) == 0) problems << Tr::tr("That student is no longer in the roster.");
    }
    if (problems.isEmpty()) {
        auto clashes = conflicts(a);
        if (!clashes) return clashes.error();
        for (const Conflict &c : *clashes)
            if (c.refused() || !acceptWarnings) problems << c.text;
    }
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    qint64 oldStudent = 0;
    if (a.id != 0) {
        auto old = get(a.id);
        if (!old) return old.error();
        oldStudent = old->studentId;
    }

    qint64 id = a.id;
    CD_TRY(m_vault.recordChange(audit::action::AppointmentSaved, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        auto stmt = db.prepare(
            a.id == 0 ? u"INSERT INTO appointments (starts_at, minutes, requester_kind, student_id, requester, reason, "
                        "counselor, status, created_at, created_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)"_s
                      : u"UPDATE appointments SET starts_at = ?1, minutes = ?2, requester_kind = ?3, student_id = ?4, "
                        "requester = ?5, reason = ?6, counselor = ?7, status = ?8, updated_at = ?9 WHERE id = ?11"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, momentToStorage(a.startsAt))
            .bind(2, a.minutes)
            .bind(3, requesterCode(a.requester))
            .bind(5, a.requester == Requester::Student ? QString() : a.requesterName.trimmed())
            .bind(6, a.reason.trimmed())
            .bind(7, a.counselor)
            .bind(8, statusCode(a.status))
            .bind(9, clock::toStorage(clock::now()));
        if (a.studentId > 0)
            stmt->bind(4, a.studentId);
        else
            stmt->bindNull(4);
        if (a.id == 0)
            stmt->bind(10, m_vault.currentUser().login);
        else
            stmt->bind(11, a.id);
        CD_TRY(stmt->exec());
        if (a.id == 0) id = db.lastInsertRowId();
        row.target = target(a.studentId > 0 ? a.studentId : oldStudent);
        row.detail = (a.id == 0 ? u"add"_s : u"edit"_s) + u" appointment=%1 status=%2"_s.arg(id).arg(statusCode(a.status));
        return {};
    }));
    return id;
}

Status Appointments::setStatus(qint64 id, AppointmentStatus status, qint64 sessionId)
{
    auto old = get(id);
    if (!old) return old.error();
    const QString detail = u"appointment=%1 status=%2"_s.arg(id).arg(statusCode(status));
    return m_vault.recordChange(audit::action::AppointmentStatus, target(old->studentId), detail, [&]() -> Status {
        auto stmt = m_vault.database().prepare(
            u"UPDATE appointments SET status = ?1, session_id = coalesce(?2, session_id), updated_at = ?3 WHERE id = ?4"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, statusCode(status)).bind(3, clock::toStorage(clock::now())).bind(4, id);
        if (sessionId > 0)
            stmt->bind(2, sessionId);
        else
            stmt->bindNull(2);
        return stmt->exec();
    });
}

}  // namespace cd::room
