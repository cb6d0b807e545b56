#pragma once
// The room's week (item 8 of docs/room.md): its open hours per weekday and who is on duty when,
// per semester, saved whole and audited; and the checks against the semester: open hours outside
// class periods against the target, open time nobody covers, one person's overlapping shifts,
// shifts outside the school days.

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {
struct Semester;
}

namespace cd::room {

/// The room open on `weekday` (1 = Monday … 7) from `starts` to `ends`.
struct OpenHours {
    int weekday = 1;
    QTime starts;
    QTime ends;
};

/// Someone on duty in the room on `weekday` from `starts` to `ends`.
struct DutyShift {
    qint64 id = 0;
    int weekday = 1;
    QTime starts;
    QTime ends;
    QString person;  ///< the name on the door's roster
    QString login;   ///< the vault user, when the person is one (their agenda and .ics show it)
    QString note;
};

struct RoomSchedule {
    QList<OpenHours> hours;   ///< by weekday, then time
    QList<DutyShift> shifts;  ///< by weekday, then time
};

/// Problems that stop a save, one translated sentence each: an end not after its start, a weekday
/// out of range, overlapping open hours, a person on two overlapping shifts, an empty name.
QStringList scheduleProblems(const RoomSchedule &schedule);

/// What the room is held to, for the Duty roster dialog and the check after a save.
struct ScheduleCheck {
    int openMinutesOutsideClass = 0;  ///< per week, on the semester's school days
    int targetHours = 10;
    QStringList warnings;  ///< translated: below target, uncovered open time, shifts outside the school days
    bool meetsTarget() const { return openMinutesOutsideClass >= targetHours * 60; }
};
ScheduleCheck checkSchedule(const lessons::Semester &semester, const RoomSchedule &schedule);

class RoomSchedules {
public:
    explicit RoomSchedules(vault::Vault &vault) : m_vault(vault) {}
    Result<RoomSchedule> load(qint64 semesterId);
    /// Replaces the semester's open hours and shifts; InvalidInput naming every problem of
    /// `scheduleProblems`, nothing written. Audited (`room.schedule`).
    Status save(qint64 semesterId, const RoomSchedule &schedule);

private:
    vault::Vault &m_vault;
};

/// "Monday" … "Sunday" (translated).
QString weekdayName(int weekday);

}  // namespace cd::room
