#include "room/Agenda.h"

#include "room/Appointment.h"

#include "common/Clock.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "students/Student.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::room {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Agenda)
};

using Kind = AgendaItem::Kind;

QString dayStart(const QDate &day) { return clock::dateToStorage(day) + u"T00:00"_s; }

/// `sql` with ?1 and ?2 the moments the days of `q` start and end, and `filter` (with ?3, the
/// counselor) added when the query names one.
Result<storage::Statement> rangeQuery(storage::Database &db, QString sql, const QString &filter, const AgendaQuery &q)
{
    if (!q.counselor.isEmpty()) sql += filter;
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, dayStart(q.from)).bind(2, dayStart(q.to.addDays(1)));
    if (!q.counselor.isEmpty()) stmt->bind(3, q.counselor);
    return stmt;
}

Status addAppointments(storage::Database &db, const AgendaQuery &q, QList<AgendaItem> &out)
{
    QString sql = u"SELECT a.id, a.starts_at, a.minutes, a.requester_kind, a.student_id, s.name, a.counselor, a.status "
                  "FROM appointments a LEFT JOIN students s ON s.id = a.student_id "
                  "WHERE a.starts_at >= ?1 AND a.starts_at < ?2"_s;
    if (!q.cancelled) sql += u" AND a.status <> 'cancelled'"_s;
    auto stmt = rangeQuery(db, sql, u" AND a.counselor = ?3"_s, q);
    if (!stmt) return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        AgendaItem item;
        item.kind = Kind::Appointment;
        item.id = stmt->int64(0);
        item.starts = momentFromStorage(stmt->text(1));
        item.ends = item.starts.addSecs(stmt->int64(2) * 60);
        item.requester = static_cast<int>(requesterFromCode(stmt->text(3)).value_or(Requester::Student));
        item.studentId = stmt->isNull(4) ? 0 : stmt->int64(4);
        item.studentName = stmt->text(5);
        item.who = stmt->text(6);
        item.status = stmt->text(7);
        out.append(item);
    }
    return {};
}

Status addGroupSessions(storage::Database &db, const AgendaQuery &q, QList<AgendaItem> &out)
{
    auto stmt = rangeQuery(db,
                           u"SELECT s.id, s.held_at, s.minutes, s.topic, g.id, g.name, g.leader FROM group_sessions s "
                           "JOIN counseling_groups g ON g.id = s.group_id WHERE s.held_at >= ?1 AND s.held_at < ?2"_s,
                           u" AND g.leader = ?3"_s, q);
    if (!stmt) return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        AgendaItem item;
        item.kind = Kind::GroupSession;
        item.id = stmt->int64(0);
        item.starts = momentFromStorage(stmt->text(1));
        item.ends = item.starts.addSecs(stmt->int64(2) * 60);
        item.topic = stmt->text(3);
        item.groupId = stmt->int64(4);
        item.groupName = stmt->text(5);
        item.who = stmt->text(6);
        if (item.starts.isValid()) out.append(item);
    }
    return {};
}

Status addLessons(storage::Database &db, const lessons::Semester &sem, const AgendaQuery &q, QDate from, QDate to,
                  QList<AgendaItem> &out)
{
    QString sql = u"SELECT l.id, l.grade, l.class_name, l.kind, l.week, l.weekday, l.period, l.topic, l.status, "
                  "coalesce(t.login, '') FROM lessons l LEFT JOIN lesson_teachers t ON t.id = l.teacher_id "
                  "WHERE l.semester_id = ?1 AND l.week BETWEEN ?2 AND ?3"_s;
    if (!q.counselor.isEmpty()) sql += u" AND t.login = ?4"_s;
    if (!q.cancelled) sql += u" AND l.status <> 'cancelled'"_s;
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, sem.id).bind(2, sem.weekOf(from)).bind(3, sem.weekOf(to));
    if (!q.counselor.isEmpty()) stmt->bind(4, q.counselor);
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const QDate day = sem.dateOf(static_cast<int>(stmt->int64(4)), static_cast<int>(stmt->int64(5)));
        const lessons::DayPeriod *period = sem.period(static_cast<int>(stmt->int64(6)));
        if (day < from || day > to || !period) continue;
        AgendaItem item;
        item.kind = Kind::Lesson;
        item.id = stmt->int64(0);
        item.grade = static_cast<int>(stmt->int64(1));
        item.className = stmt->text(2);
        item.classMeeting = stmt->text(3) == u"class_meeting"_s;
        item.starts = QDateTime(day, period->starts);
        item.ends = QDateTime(day, period->ends);
        item.topic = stmt->text(7);
        item.status = stmt->text(8);
        item.who = stmt->text(9);
        out.append(item);
    }
    return {};
}

Status addDuty(storage::Database &db, const lessons::Semester &sem, const AgendaQuery &q, QDate from, QDate to,
               QList<AgendaItem> &out)
{
    QString sql = u"SELECT id, weekday, starts_at, ends_at, person, login FROM duty_shifts WHERE semester_id = ?1"_s;
    if (!q.counselor.isEmpty()) sql += u" AND login = ?2"_s;
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, sem.id);
    if (!q.counselor.isEmpty()) stmt->bind(2, q.counselor);
    auto shifts = storage::collectRows(*stmt, [](storage::Statement &s) {
        AgendaItem item;
        item.kind = Kind::Duty;
        item.id = s.int64(0);
        item.grade = static_cast<int>(s.int64(1));  // the weekday, until placed on a day
        item.starts = QDateTime(QDate(2000, 1, 1), QTime::fromString(s.text(2), u"HH:mm"_s));
        item.ends = QDateTime(QDate(2000, 1, 1), QTime::fromString(s.text(3), u"HH:mm"_s));
        item.person = s.text(4);
        item.who = s.text(5).isEmpty() ? s.text(4) : s.text(5);
        return item;
    });
    if (!shifts) return shifts.error();
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (!sem.isSchoolDay(day)) continue;
        for (AgendaItem item : *shifts) {
            if (item.grade != day.dayOfWeek()) continue;
            item.grade = 0;
            item.starts = QDateTime(day, item.starts.time());
            item.ends = QDateTime(day, item.ends.time());
            out.append(item);
        }
    }
    return {};
}
}  // namespace

Result<QList<AgendaItem>> agenda(vault::Vault &vault, const AgendaQuery &query)
{
    QList<AgendaItem> out;
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from) return out;
    storage::Database &db = vault.database();
    CD_TRY(addAppointments(db, query, out));
    CD_TRY(addGroupSessions(db, query, out));
    auto semesters = lessons::Semesters(vault).list();
    if (!semesters) return semesters.error();
    for (const lessons::Semester &sem : *semesters) {
        const QDate from = std::max(query.from, sem.startsOn);
        const QDate to = std::min(query.to, sem.endsOn);
        if (from > to) continue;
        CD_TRY(addLessons(db, sem, query, from, to, out));
        CD_TRY(addDuty(db, sem, query, from, to, out));
    }
    std::stable_sort(out.begin(), out.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.starts != b.starts) return a.starts < b.starts;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return out;
}

QString agendaTitle(const AgendaItem &item, bool withStudent)
{
    switch (item.kind) {
    case Kind::Appointment: {
        if (!withStudent) return Tr::tr("Appointment");
        const QString kind = requesterName(static_cast<Requester>(item.requester));
        if (item.studentName.isEmpty()) return Tr::tr("Appointment (%1)").arg(kind);
        return Tr::tr("Appointment: %1 (%2)").arg(item.studentName, kind);
    }
    case Kind::Lesson: {
        const QString klass = students::className(item.grade, item.className);
        if (item.classMeeting)
            return item.topic.isEmpty() ? Tr::tr("Theme class meeting %1").arg(klass)
                                        : Tr::tr("Theme class meeting %1: %2").arg(klass, item.topic);
        return item.topic.isEmpty() ? Tr::tr("Lesson %1").arg(klass) : Tr::tr("Lesson %1: %2").arg(klass, item.topic);
    }
    case Kind::Duty: return Tr::tr("Duty: %1").arg(item.person);
    case Kind::GroupSession:
        return item.topic.isEmpty() ? Tr::tr("Group %1").arg(item.groupName)
                                    : Tr::tr("Group %1: %2").arg(item.groupName, item.topic);
    }
    return QString();
}

}  // namespace cd::room
