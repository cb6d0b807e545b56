#pragma once
// An appointment in the counseling room (预约): who asked (a student, a teacher or a parent), the
// student concerned, the counselor, when and how long, and what came of it. A value type with its
// stored codes and translated names.

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd::room {

enum class Requester { Student, Teacher, Parent };
enum class AppointmentStatus { Booked, Kept, Missed, Cancelled };

QString requesterCode(Requester kind);
std::optional<Requester> requesterFromCode(const QString &code);
/// "Student" / "Teacher" / "Parent" (translated).
QString requesterName(Requester kind);
QString statusCode(AppointmentStatus status);
std::optional<AppointmentStatus> statusFromCode(const QString &code);
/// "Booked" / "Kept" / "Missed" / "Cancelled" (translated).
QString statusName(AppointmentStatus status);

struct Appointment {
    qint64 id = 0;
    QDateTime startsAt;  ///< local time, minutes precision
    int minutes = 40;    ///< 5–480
    Requester requester = Requester::Student;
    qint64 studentId = 0;  ///< required for a student's request, optional otherwise (0: none)
    QString requesterName; ///< the teacher or parent who asked (free text)
    QString reason;
    QString counselor;  ///< a vault user's login
    AppointmentStatus status = AppointmentStatus::Booked;
    qint64 sessionId = 0;  ///< the session written when it was kept (0: none)

    QDateTime endsAt() const { return startsAt.addSecs(qint64(minutes) * 60); }
    bool overlaps(const QDateTime &from, const QDateTime &to) const { return startsAt < to && from < endsAt(); }
};

/// 'yyyy-MM-ddTHH:mm', the form moments of the calendar are stored in (local time).
QString momentToStorage(const QDateTime &at);
QDateTime momentFromStorage(const QString &text);

}  // namespace cd::room
