#include "room/Appointment.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::room {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Appointments)
};

const CodeTable<Requester> &requesters()
{
    static const CodeTable<Requester> table = {
        {Requester::Student, "student"}, {Requester::Teacher, "teacher"}, {Requester::Parent, "parent"}};
    return table;
}

const CodeTable<AppointmentStatus> &statuses()
{
    static const CodeTable<AppointmentStatus> table = {{AppointmentStatus::Booked, "booked"},
                                                       {AppointmentStatus::Kept, "kept"},
                                                       {AppointmentStatus::Missed, "missed"},
                                                       {AppointmentStatus::Cancelled, "cancelled"}};
    return table;
}
}  // namespace

QString requesterCode(Requester kind) { return requesters().code(kind); }
std::optional<Requester> requesterFromCode(const QString &code) { return requesters().fromCode(code); }
QString statusCode(AppointmentStatus status) { return statuses().code(status); }
std::optional<AppointmentStatus> statusFromCode(const QString &code) { return statuses().fromCode(code); }

QString requesterName(Requester kind)
{
    switch (kind) {
    case Requester::Student: return Tr::tr("Student");
    case Requester::Teacher: return Tr::tr("Teacher");
    case Requester::Parent: return Tr::tr("Parent");
    }
    return QString();
}

QString statusName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked: return Tr::tr("Booked");
    case AppointmentStatus::Kept: return Tr::tr("Kept");
    case AppointmentStatus::Missed: return Tr::tr("Missed");
    case AppointmentStatus::Cancelled: return Tr::tr("Cancelled");
    }
    return QString();
}

QString momentToStorage(const QDateTime &at) { return at.toString(u"yyyy-MM-ddTHH:mm"_s); }

QDateTime momentFromStorage(const QString &text) { return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s); }

}  // namespace cd::room
