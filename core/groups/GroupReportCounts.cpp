#include "groups/GroupReportCounts.h"

#include "disclosure/Withheld.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::groups {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupReportCounts)
};

/// A cell in no table, known to be ≥ 0: turns "at most" into an equality the engine can use.
int hiddenCell(disclosure::CountTables &t, const QString &row, const QString &column, qint64 value)
{
    return t.addHidden(row, column, value);
}
}  // namespace

QString GroupReportCounts::text(int cell) const
{
    return withheld(cell) ? disclosure::withheldMark() : QString::number(tables.cells().at(cell).value);
}

QString GroupReportCounts::attendanceRate(int session) const
{
    const Session &s = sessions.at(session);
    if (withheld(s.members) || withheld(s.present)) return disclosure::withheldMark();
    const qint64 of = tables.cells().at(s.members).value;
    if (of == 0) return QString();
    return u"%1%"_s.arg(qRound(100.0 * static_cast<double>(tables.cells().at(s.present).value) / static_cast<double>(of)));
}

Result<GroupReportCounts> groupReportCounts(const QList<GroupMember> &members, const QList<GroupSession> &sessions,
                                           int k)
{
    if (k < 2 || k > 1000)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The smallest count printed must be from 2 to 1000."));
    GroupReportCounts out;
    out.k = k;
    disclosure::CountTables &t = out.tables;

    QSet<qint64> ids;
    qint64 now = 0;
    for (const GroupMember &m : members) {
        ids.insert(m.studentId);
        now += m.active() ? 1 : 0;
    }
    const qint64 all = ids.size();
    out.membersNow = t.add(u"members"_s, u"group"_s, u"now"_s, now);
    out.membersLeft = t.add(u"members"_s, u"group"_s, u"left"_s, all - now);
    out.membersAll = t.add(u"members"_s, u"group"_s, u"all"_s, all);
    t.breakDown(out.membersAll, {out.membersNow, out.membersLeft});

    for (qsizetype i = 0; i < sessions.size(); ++i) {
        // Only members are marked (the session dialog lists who was a member that day); a mark
        // of anyone else would break the relations, so it is not counted.
        qint64 present = 0, absent = 0;
        QSet<qint64> marked;
        for (const AttendanceMark &mark : sessions.at(i).attendance) {
            if (!ids.contains(mark.studentId) || marked.contains(mark.studentId)) continue;
            marked.insert(mark.studentId);
            (mark.present ? present : absent) += 1;
        }
        const QString row = u"session %1"_s.arg(i + 1);
        GroupReportCounts::Session s;
        s.members = t.add(u"sessions"_s, row, u"members"_s, present + absent);
        s.present = t.add(u"sessions"_s, row, u"present"_s, present);
        s.absent = t.add(u"sessions"_s, row, u"absent"_s, absent);
        t.breakDown(s.members, {s.present, s.absent});
        // The members that day were members: at most everyone who ever was one.
        t.relate(out.membersAll, {s.members, hiddenCell(t, row, u"not a member that day"_s, all - present - absent)});
        out.sessions << s;
    }

    auto protection = disclosure::protect(t, k);
    if (!protection) return protection.error();
    // The engine proves its own choice; what is printed is audited again, as every export does.
    auto narrow = disclosure::audit(t, protection->suppressed, k);
    if (!narrow) return narrow.error();
    if (!narrow->isEmpty())
        return makeError(ErrorCode::Internal,
                         Tr::tr("The group report's counts could not be protected; nothing was printed."));
    out.protection = *std::move(protection);
    return out;
}

}  // namespace cd::groups
