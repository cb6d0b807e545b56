#include "room/RoomSchedule.h"

#include "room/RoomAudit.h"

#include "lessons/Semester.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::room {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RoomSchedule)
};

QString hhmm(const QTime &t) { return t.toString(u"HH:mm"_s); }
int minuteOf(const QTime &t) { return t.hour() * 60 + t.minute(); }

using Interval = std::pair<int, int>;  // minutes of the day, [first, second)

/// `intervals` merged and sorted.
QList<Interval> merged(QList<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    QList<Interval> out;
    for (const Interval &i : intervals) {
        if (!out.isEmpty() && i.first <= out.last().second)
            out.last().second = std::max(out.last().second, i.second);
        else
            out.append(i);
    }
    return out;
}

/// The parts of `from` not covered by `minus` (both merged).
QList<Interval> subtract(const QList<Interval> &from, const QList<Interval> &minus)
{
    QList<Interval> out;
    for (Interval piece : from) {
        for (const Interval &m : minus) {
            if (m.second <= piece.first || m.first >= piece.second) continue;
            if (m.first > piece.first) out.append({piece.first, m.first});
            piece.first = std::max(piece.first, m.second);
            if (piece.first >= piece.second) break;
        }
        if (piece.first < piece.second) out.append(piece);
    }
    return out;
}

int total(const QList<Interval> &intervals)
{
    int sum = 0;
    for (const Interval &i : intervals) sum += i.second - i.first;
    return sum;
}

/// Two stretches of one weekday that overlap (each ending after it starts).
template <typename Stretch>
bool overlap(const Stretch &a, const Stretch &b)
{
    return a.weekday == b.weekday && a.starts < b.ends && b.starts < a.ends && a.ends > a.starts && b.ends > b.starts;
}

QString clock(int minute) { return hhmm(QTime(minute / 60, minute % 60)); }
}  // namespace

QString weekdayName(int weekday)
{
    switch (weekday) {
    case 1: return Tr::tr("Monday");
    case 2: return Tr::tr("Tuesday");
    case 3: return Tr::tr("Wednesday");
    case 4: return Tr::tr("Thursday");
    case 5: return Tr::tr("Friday");
    case 6: return Tr::tr("Saturday");
    case 7: return Tr::tr("Sunday");
    }
    return QString();
}

QStringList scheduleProblems(const RoomSchedule &schedule)
{
    QStringList problems;
    for (const OpenHours &h : schedule.hours) {
        if (h.weekday < 1 || h.weekday > 7 || !h.starts.isValid() || !h.ends.isValid())
            problems << Tr::tr("Open hours need a weekday and a start and end time.");
        else if (h.ends <= h.starts)
            problems << Tr::tr("The open hours on %1 from %2 end before they start: put the end after the start.")
                            .arg(weekdayName(h.weekday), hhmm(h.starts));
    }
    for (qsizetype i = 0; i < schedule.hours.size(); ++i)
        for (qsizetype j = i + 1; j < schedule.hours.size(); ++j) {
            const OpenHours &a = schedule.hours[i];
            const OpenHours &b = schedule.hours[j];
            if (overlap(a, b))
                problems << Tr::tr("The open hours on %1 at %2 and at %3 overlap: join them into one or move one.")
                                .arg(weekdayName(a.weekday), hhmm(a.starts), hhmm(b.starts));
        }
    for (const DutyShift &s : schedule.shifts) {
        if (s.person.trimmed().isEmpty())
            problems << Tr::tr("A duty shift on %1 names nobody: enter who is on duty.").arg(weekdayName(s.weekday));
        if (s.weekday < 1 || s.weekday > 7 || !s.starts.isValid() || !s.ends.isValid())
            problems << Tr::tr("A duty shift needs a weekday and a start and end time.");
        else if (s.ends <= s.starts)
            problems << Tr::tr("The duty shift on %1 from %2 ends before it starts: put the end after the start.")
                            .arg(weekdayName(s.weekday), hhmm(s.starts));
    }
    for (qsizetype i = 0; i < schedule.shifts.size(); ++i)
        for (qsizetype j = i + 1; j < schedule.shifts.size(); ++j) {
            const DutyShift &a = schedule.shifts[i];
            const DutyShift &b = schedule.shifts[j];
            if (a.person.trimmed() == b.person.trimmed() && overlap(a, b))
                problems << Tr::tr("%1 has two overlapping duty shifts on %2 (%3 and %4): remove one or change its times.")
                                .arg(a.person.trimmed(), weekdayName(a.weekday), hhmm(a.starts), hhmm(b.starts));
        }
    return problems;
}

ScheduleCheck checkSchedule(const lessons::Semester &semester, const RoomSchedule &schedule)
{
    ScheduleCheck check;
    check.targetHours = semester.targets.openHoursPerWeek;
    QList<Interval> classes;
    for (const lessons::DayPeriod &p : semester.periods) classes.append({minuteOf(p.starts), minuteOf(p.ends)});
    classes = merged(classes);
    for (int day = 1; day <= 7; ++day) {
        QList<Interval> open;
        QList<Interval> covered;
        for (const OpenHours &h : schedule.hours)
            if (h.weekday == day && h.ends > h.starts) open.append({minuteOf(h.starts), minuteOf(h.ends)});
        for (const DutyShift &s : schedule.shifts)
            if (s.weekday == day && s.ends > s.starts) covered.append({minuteOf(s.starts), minuteOf(s.ends)});
        open = merged(open);
        if (day <= semester.schoolDays) check.openMinutesOutsideClass += total(subtract(open, classes));
        for (const Interval &gap : subtract(open, merged(covered)))
            check.warnings << Tr::tr("Nobody is on duty on %1 from %2 to %3 while the room is open: add a shift.")
                                  .arg(weekdayName(day), clock(gap.first), clock(gap.second));
    }
    for (const DutyShift &s : schedule.shifts)
        if (s.weekday > semester.schoolDays)
            check.warnings << Tr::tr("%1's shift on %2 is not on a school day of this semester.")
                                  .arg(s.person.trimmed(), weekdayName(s.weekday));
    if (!check.meetsTarget())
        check.warnings.prepend(Tr::tr("The room is open %1 h %2 min a week outside class; the target is %3 h: add open hours.")
                                   .arg(check.openMinutesOutsideClass / 60)
                                   .arg(check.openMinutesOutsideClass % 60)
                                   .arg(check.targetHours));
    return check;
}

Result<RoomSchedule> RoomSchedules::load(qint64 semesterId)
{
    storage::Database &db = m_vault.database();
    auto hours = db.prepare(u"SELECT weekday, starts_at, ends_at FROM room_hours WHERE semester_id = ? "
                            "ORDER BY weekday, starts_at"_s);
    if (!hours) return hours.error();
    hours->bind(1, semesterId);
    auto h = storage::collectRows(*hours, [](storage::Statement &s) {
        return OpenHours{static_cast<int>(s.int64(0)), QTime::fromString(s.text(1), u"HH:mm"_s),
                         QTime::fromString(s.text(2), u"HH:mm"_s)};
    });
    if (!h) return h.error();
    auto shifts = db.prepare(u"SELECT id, weekday, starts_at, ends_at, person, login, note FROM duty_shifts "
                             "WHERE semester_id = ? ORDER BY weekday, starts_at, id"_s);
    if (!shifts) return shifts.error();
    shifts->bind(1, semesterId);
    auto d = storage::collectRows(*shifts, [](storage::Statement &s) {
        return DutyShift{s.int64(0), static_cast<int>(s.int64(1)), QTime::fromString(s.text(2), u"HH:mm"_s),
                         QTime::fromString(s.text(3), u"HH:mm"_s), s.text(4), s.text(5), s.text(6)};
    });
    if (!d) return d.error();
    return RoomSchedule{*h, *d};
}

Status RoomSchedules::save(qint64 semesterId, const RoomSchedule &schedule)
{
    const QStringList problems = scheduleProblems(schedule);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    auto exists = m_vault.database().prepare(u"SELECT name FROM semesters WHERE id = ?"_s);
    if (!exists) return exists.error();
    exists->bind(1, semesterId);
    auto found = exists->step();
    if (!found) return found.error();
    if (!*found) return makeError(ErrorCode::NotFound, Tr::tr("That semester no longer exists."));
    const QString detail = u"semester=%1 hours=%2 shifts=%3"_s.arg(exists->text(0))
                               .arg(schedule.hours.size())
                               .arg(schedule.shifts.size());
    return m_vault.recordChange(audit::action::RoomScheduleSaved, QString(), detail, [&]() -> Status {
        storage::Database &db = m_vault.database();
        for (const QString &table : {u"room_hours"_s, u"duty_shifts"_s}) {
            auto clear = db.prepare(u"DELETE FROM "_s + table + u" WHERE semester_id = ?"_s);
            if (!clear) return clear.error();
            CD_TRY(clear->bind(1, semesterId).exec());
        }
        auto addHours = db.prepare(u"INSERT INTO room_hours (semester_id, weekday, starts_at, ends_at) VALUES (?, ?, ?, ?)"_s);
        if (!addHours) return addHours.error();
        for (const OpenHours &h : schedule.hours) {
            addHours->reset();
            addHours->bind(1, semesterId).bind(2, h.weekday).bind(3, hhmm(h.starts)).bind(4, hhmm(h.ends));
            CD_TRY(addHours->exec());
        }
        auto addShift = db.prepare(u"INSERT INTO duty_shifts (semester_id, weekday, starts_at, ends_at, person, login, note) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!addShift) return addShift.error();
        for (const DutyShift &s : schedule.shifts) {
            addShift->reset();
            addShift->bind(1, semesterId)
                .bind(2, s.weekday)
                .bind(3, hhmm(s.starts))
                .bind(4, hhmm(s.ends))
                .bind(5, s.person.trimmed())
                .bind(6, s.login.trimmed())
                .bind(7, s.note.trimmed());
            CD_TRY(addShift->exec());
        }
        return {};
    });
}

}  // namespace cd::room
