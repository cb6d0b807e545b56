#pragma once
// Appointments in the vault: booked into the room's open hours, checked against the counselor's
// other appointments (refused), lessons and group sessions and the open hours (a warning the
// counselor may accept), their status kept, missed or cancelled, and the session a kept one led
// to. Every change is audited with the student as target; the detail names no one.

#include "common/Result.h"
#include "room/Appointment.h"

#include <QList>

namespace cd::vault {
class Vault;
}

namespace cd::room {

struct Conflict {
    enum class Kind { OwnAppointment, OutsideHours, Lesson, GroupSession };
    Kind kind = Kind::OutsideHours;
    QString text;  ///< translated: what clashes and when
    /// Overlapping the counselor's own appointment cannot be booked; the others are warnings.
    bool refused() const { return kind == Kind::OwnAppointment; }
};

class Appointments {
public:
    explicit Appointments(vault::Vault &vault) : m_vault(vault) {}

    Result<Appointment> get(qint64 id);
    /// What `appointment` clashes with (nothing when it is cancelled): the counselor's other
    /// appointments, their lessons and group sessions, time outside the room's open hours.
    Result<QList<Conflict>> conflicts(const Appointment &appointment);
    /// Inserts (id 0) or updates. InvalidInput naming every problem (missing student or name,
    /// length, unknown counselor, overlapping one of the counselor's appointments) and, unless
    /// `acceptWarnings`, every other conflict; nothing written then. Returns the id. Audited.
    Result<qint64> save(const Appointment &appointment, bool acceptWarnings);
    /// Marks it kept, missed, cancelled (or booked again); `sessionId` links the session written
    /// for a kept one (0 keeps the link as it is). Audited.
    Status setStatus(qint64 id, AppointmentStatus status, qint64 sessionId = 0);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::room
