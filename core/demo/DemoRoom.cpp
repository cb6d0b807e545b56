#include "demo/DemoRoom.h"

#include "lessons/Semesters.h"
#include "room/Appointments.h"
#include "room/RoomSchedule.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

room::RoomSchedule demoSchedule(const QList<vault::UserInfo> &staff)
{
    // Open at lunchtime every school day (11:40–14:00) and after the last period on Wednesday and
    // Friday: 13 h 40 min a week outside class. Two shifts a day, taken in turn.
    room::RoomSchedule schedule;
    for (int day = 1; day <= 5; ++day) schedule.hours.append({day, QTime(11, 40), QTime(14, 0)});
    schedule.hours.append({3, QTime(17, 30), QTime(18, 30)});
    schedule.hours.append({5, QTime(17, 30), QTime(18, 30)});
    int turn = 0;
    for (const room::OpenHours &h : schedule.hours) {
        const QTime middle = h.starts.addSecs(h.starts.secsTo(h.ends) / 2);
        for (auto [from, to] : {std::pair{h.starts, middle}, std::pair{middle, h.ends}}) {
            const vault::UserInfo &who = staff[turn++ % staff.size()];
            schedule.shifts.append({0, h.weekday, from, to, who.displayName, who.login, QString()});
        }
    }
    return schedule;
}
}  // namespace

Status populateDemoRoom(vault::Vault &vault, quint32 seed, qint64 semesterId, const QDate &today)
{
    auto users = vault.users();
    if (!users) return users.error();
    QList<vault::UserInfo> staff;
    for (const vault::UserInfo &u : *users)
        if (u.active) staff.append(u);
    if (staff.isEmpty()) return {};
    CD_TRY(room::RoomSchedules(vault).save(semesterId, demoSchedule(staff)));

    auto semester = lessons::Semesters(vault).get(semesterId);
    if (!semester) return semester.error();
    auto ids = vault.database().prepare(u"SELECT id FROM students WHERE status = 'active' ORDER BY id"_s);
    if (!ids) return ids.error();
    auto students = storage::collectRows(*ids, [](storage::Statement &s) { return s.int64(0); });
    if (!students) return students.error();
    if (students->isEmpty()) return {};

    const QStringList reasons = {Tr::tr("Worried about the coming exams"), Tr::tr("Trouble with a friend"),
                                 Tr::tr("Sleeping badly"), Tr::tr("Wants to talk about home"),
                                 Tr::tr("Teacher noticed the student withdrawn in class"),
                                 Tr::tr("Parent asks how to talk about phone use")};
    QRandomGenerator rng(seed ^ 0xa990u);
    room::Appointments appointments(vault);
    for (QDate day = today.addDays(-28); day <= today.addDays(14); day = day.addDays(1)) {
        if (!semester->isSchoolDay(day)) continue;
        for (const vault::UserInfo &counselor : staff) {
            if (rng.bounded(100) >= 45) continue;
            room::Appointment a;
            a.startsAt = QDateTime(day, rng.bounded(2) == 0 ? QTime(12, 0) : QTime(13, 0));
            a.minutes = 40;
            a.counselor = counselor.login;
            const int kind = static_cast<int>(rng.bounded(100));
            a.requester = kind < 70 ? room::Requester::Student : kind < 85 ? room::Requester::Teacher : room::Requester::Parent;
            a.studentId = students->at(rng.bounded(static_cast<int>(students->size())));
            if (a.requester == room::Requester::Teacher) a.requesterName = Tr::tr("Class teacher");
            if (a.requester == room::Requester::Parent) a.requesterName = Tr::tr("Mother");
            a.reason = reasons[static_cast<int>(rng.bounded(static_cast<int>(reasons.size())))];
            auto id = appointments.save(a, true);
            if (!id) return id.error();
            if (day < today)
                CD_TRY(appointments.setStatus(*id, rng.bounded(100) < 80 ? room::AppointmentStatus::Kept
                                                                        : room::AppointmentStatus::Missed));
        }
    }
    return {};
}

}  // namespace cd::demo
