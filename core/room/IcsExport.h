#pragma once
// A counselor's calendar as an iCalendar file (RFC 5545): their lessons, duty shifts and
// appointments in one semester, in floating local time (the school's clock), with no student's
// name, number or reason in it: an appointment is only "Appointment", a lesson names its class and
// topic. Written through the checked output file: an unwritable destination says so and nothing
// half-written is left.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::room {

struct IcsEvent {
    QString uid;  ///< stable: "lesson-12@counseldesk" …
    QDateTime starts;
    QDateTime ends;
    QString summary;
    QString category;  ///< LESSON, DUTY, APPOINTMENT
};

/// The VCALENDAR text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
/// character), TEXT values escaped.
QByteArray icsCalendar(const QList<IcsEvent> &events, const QDateTime &stampUtc, const QString &calendarName);

/// The events of `login`'s calendar in the semester (cancelled ones left out).
Result<QList<IcsEvent>> counselorEvents(vault::Vault &vault, qint64 semesterId, const QString &login);

/// Writes `login`'s calendar for the semester to `path` (a new file); audited (`calendar.export`,
/// with the counts). Returns the number of events.
Result<int> exportCalendar(vault::Vault &vault, qint64 semesterId, const QString &login, const QString &path);

}  // namespace cd::room
