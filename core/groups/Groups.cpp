#include "groups/Groups.h"

#include "groups/GroupsAudit.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::groups {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Groups)
};

QString groupRef(qint64 id) { return u"group:"_s + QString::number(id); }
QString sessionRef(qint64 id) { return u"group_session:"_s + QString::number(id); }

constexpr char16_t kSelectGroups[] =
    u"SELECT g.id, ifnull(g.semester_id, 0), g.name, g.theme, g.leader, g.description, g.status, g.outcome, "
    u"g.created_at, g.created_by, "
    u"(SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.left_on = ''), "
    u"(SELECT count(*) FROM group_sessions s WHERE s.group_id = g.id) FROM counseling_groups g";

CounselingGroup readGroup(storage::Statement &s)
{
    CounselingGroup g;
    g.id = s.int64(0);
    g.semesterId = s.int64(1);
    g.name = s.text(2);
    g.theme = groupThemeFromCode(s.text(3)).value_or(GroupTheme::Other);
    g.leader = s.text(4);
    g.description = s.text(5);
    g.closed = s.text(6) == u"closed"_s;
    g.outcome = s.text(7);
    g.createdAt = clock::fromStorage(s.text(8));
    g.createdBy = s.text(9);
    g.memberCount = static_cast<int>(s.int64(10));
    g.sessionCount = static_cast<int>(s.int64(11));
    return g;
}

Status exec(storage::Database &db, const QString &sql, const QVariantList &args)
{
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    for (int i = 0; i < args.size(); ++i) stmt->bind(i + 1, args[i]);
    return stmt->exec();
}
}  // namespace

int GroupSession::presentCount() const
{
    int n = 0;
    for (const AttendanceMark &m : attendance) n += m.present ? 1 : 0;
    return n;
}

QStringList groupProblems(const CounselingGroup &group)
{
    QStringList problems;
    if (group.name.trimmed().isEmpty()) problems << Tr::tr("The group has no name: give it one, e.g. \"初一新生适应小组\".");
    if (group.leader.trimmed().isEmpty()) problems << Tr::tr("The group has no leader: choose the counselor who leads it.");
    return problems;
}

QStringList groupSessionProblems(const GroupSession &session, const QList<qint64> &memberIds)
{
    QStringList problems;
    if (!session.heldAt.isValid()) problems << Tr::tr("The session has no date and time: enter when it was held.");
    if (session.minutes < 5 || session.minutes > 480)
        problems << Tr::tr("A session lasts from 5 to 480 minutes, not %1: correct its length.").arg(session.minutes);
    QSet<qint64> seen;
    for (const AttendanceMark &m : session.attendance) {
        if (!memberIds.contains(m.studentId)) {
            problems << Tr::tr("Attendance names a student who is not a member of this group: add them as a member first.");
            break;
        }
        if (seen.contains(m.studentId)) {
            problems << Tr::tr("Attendance names the same student twice: mark each member once.");
            break;
        }
        seen.insert(m.studentId);
    }
    return problems;
}

Result<QList<CounselingGroup>> Groups::list()
{
    auto stmt = m_vault.database().prepare(QString::fromUtf16(kSelectGroups) +
                                           u" ORDER BY g.status = 'closed', g.created_at DESC, g.id DESC"_s);
    if (!stmt) return stmt.error();
    return storage::collectRows(*stmt, readGroup);
}

Result<CounselingGroup> Groups::get(qint64 id)
{
    auto stmt = m_vault.database().prepare(QString::fromUtf16(kSelectGroups) + u" WHERE g.id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto rows = storage::collectRows(*stmt, readGroup);
    if (!rows) return rows.error();
    if (rows->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("That group no longer exists."));
    return rows->first();
}

Result<qint64> Groups::save(const CounselingGroup &group)
{
    QStringList problems = groupProblems(group);
    if (problems.isEmpty()) {
        auto users = m_vault.users();
        if (!users) return users.error();
        bool known = false;
        for (const auto &u : *users) known = known || u.login == group.leader.trimmed();
        if (!known) problems << Tr::tr("The leader \"%1\" is not a user of this vault: choose one from the list.").arg(group.leader);
    }
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    if (group.id != 0) {
        auto old = get(group.id);
        if (!old) return old.error();
    }
    qint64 id = group.id;
    CD_TRY(m_vault.recordChange(audit::action::GroupSaved, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        const QVariant semester = group.semesterId > 0 ? QVariant(group.semesterId) : QVariant();
        if (group.id == 0) {
            CD_TRY(exec(db,
                        u"INSERT INTO counseling_groups (semester_id, name, theme, leader, description, created_at, "
                        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {semester, group.name.trimmed(), groupThemeCode(group.theme), group.leader.trimmed(),
                         group.description.trimmed(), clock::toStorage(clock::now()), m_vault.currentUser().login}));
            id = db.lastInsertRowId();
        } else {
            CD_TRY(exec(db,
                        u"UPDATE counseling_groups SET semester_id = ?, name = ?, theme = ?, leader = ?, "
                        "description = ? WHERE id = ?"_s,
                        {semester, group.name.trimmed(), groupThemeCode(group.theme), group.leader.trimmed(),
                         group.description.trimmed(), id}));
        }
        row.detail = (group.id == 0 ? u"add "_s : u"edit "_s) + groupRef(id);
        return {};
    }));
    return id;
}

Status Groups::close(qint64 groupId, const QString &outcome)
{
    auto group = get(groupId);
    if (!group) return group.error();
    if (group->closed) return makeError(ErrorCode::InvalidInput, Tr::tr("The group \"%1\" is already closed.").arg(group->name));
    if (outcome.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Write the group's outcome (what changed for its members) before closing it."));
    return m_vault.recordChange(audit::action::GroupClosed, QString(), groupRef(groupId), [&]() -> Status {
        return exec(m_vault.database(), u"UPDATE counseling_groups SET status = 'closed', outcome = ? WHERE id = ?"_s,
                    {outcome.trimmed(), groupId});
    });
}

Result<QList<GroupMember>> Groups::members(qint64 groupId)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT m.student_id, s.name, s.grade, s.class_name, m.joined_on, m.left_on FROM group_members m "
        "JOIN students s ON s.id = m.student_id WHERE m.group_id = ? ORDER BY m.left_on <> '', s.name_pinyin, s.id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, groupId);
    return storage::collectRows(*stmt, [](storage::Statement &s) {
        return GroupMember{s.int64(0), s.text(1), static_cast<int>(s.int64(2)), s.text(3),
                           clock::dateFromStorage(s.text(4)),
                           s.text(5).isEmpty() ? QDate() : clock::dateFromStorage(s.text(5))};
    });
}

Status Groups::addMember(qint64 groupId, qint64 studentId, const QDate &joinedOn)
{
    auto group = get(groupId);
    if (!group) return group.error();
    if (group->closed)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The group \"%1\" is closed: it takes no new members.").arg(group->name));
    if (!joinedOn.isValid()) return makeError(ErrorCode::InvalidInput, Tr::tr("Enter the date the student joined the group."));
    auto stmt = m_vault.database().prepare(u"SELECT name, status FROM students WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    auto student = stmt->step();
    if (!student) return student.error();
    if (!*student) return makeError(ErrorCode::NotFound, Tr::tr("That student is not on the roster."));
    const QString name = stmt->text(0);
    if (stmt->text(1) != u"active"_s)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is no longer at the school: only current students can join a group.").arg(name));
    auto all = members(groupId);
    if (!all) return all.error();
    bool returning = false;
    for (const GroupMember &m : *all) {
        if (m.studentId != studentId) continue;
        if (m.active()) return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is already a member of this group.").arg(name));
        returning = true;
    }
    return m_vault.recordChange(audit::action::GroupMember, audit::studentTarget(studentId), groupRef(groupId) + u" joined"_s,
                                [&]() -> Status {
                                    return exec(m_vault.database(),
                                                returning ? u"UPDATE group_members SET joined_on = ?, left_on = '' "
                                                            "WHERE group_id = ? AND student_id = ?"_s
                                                          : u"INSERT INTO group_members (joined_on, group_id, student_id) "
                                                            "VALUES (?, ?, ?)"_s,
                                                {clock::dateToStorage(joinedOn), groupId, studentId});
                                });
}

Status Groups::leave(qint64 groupId, qint64 studentId, const QDate &leftOn)
{
    auto all = members(groupId);
    if (!all) return all.error();
    for (const GroupMember &m : *all) {
        if (m.studentId != studentId || !m.active()) continue;
        if (!leftOn.isValid() || leftOn < m.joinedOn)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 joined on %2: the date they left cannot be earlier.")
                                 .arg(m.name, m.joinedOn.toString(Qt::ISODate)));
        return m_vault.recordChange(audit::action::GroupMember, audit::studentTarget(studentId), groupRef(groupId) + u" left"_s,
                                    [&]() -> Status {
                                        return exec(m_vault.database(),
                                                    u"UPDATE group_members SET left_on = ? WHERE group_id = ? AND student_id = ?"_s,
                                                    {clock::dateToStorage(leftOn), groupId, studentId});
                                    });
    }
    return makeError(ErrorCode::NotFound, Tr::tr("That student is not a current member of this group."));
}

Result<QList<GroupSession>> Groups::sessions(qint64 groupId)
{
    storage::Database &db = m_vault.database();
    auto stmt = db.prepare(u"SELECT id, group_id, held_at, minutes, topic, notes FROM group_sessions "
                           "WHERE group_id = ? ORDER BY held_at, id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, groupId);
    auto rows = storage::collectRows(*stmt, [](storage::Statement &s) {
        GroupSession out;
        out.id = s.int64(0);
        out.groupId = s.int64(1);
        out.heldAt = clock::fromStorage(s.text(2));
        out.minutes = static_cast<int>(s.int64(3));
        out.topic = s.text(4);
        out.notes = s.text(5);
        return out;
    });
    if (!rows) return rows.error();
    auto marks = db.prepare(u"SELECT student_id, present, note FROM group_attendance WHERE session_id = ? ORDER BY student_id"_s);
    if (!marks) return marks.error();
    for (GroupSession &session : *rows) {
        marks->reset();
        marks->bind(1, session.id);
        auto list = storage::collectRows(*marks, [](storage::Statement &s) {
            return AttendanceMark{s.int64(0), s.int64(1) != 0, s.text(2)};
        });
        if (!list) return list.error();
        session.attendance = *list;
    }
    return rows;
}

Result<qint64> Groups::saveSession(const GroupSession &session)
{
    auto group = get(session.groupId);
    if (!group) return group.error();
    if (group->closed && session.id == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The group \"%1\" is closed: it has no new sessions.").arg(group->name));
    auto all = members(session.groupId);
    if (!all) return all.error();
    QList<qint64> memberIds;
    for (const GroupMember &m : *all) memberIds << m.studentId;
    const QStringList problems = groupSessionProblems(session, memberIds);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    if (session.id != 0) {
        auto check = m_vault.database().prepare(u"SELECT 1 FROM group_sessions WHERE id = ? AND group_id = ?"_s);
        if (!check) return check.error();
        check->bind(1, session.id).bind(2, session.groupId);
        auto found = check->step();
        if (!found) return found.error();
        if (!*found) return makeError(ErrorCode::NotFound, Tr::tr("That group session no longer exists."));
    }
    qint64 id = session.id;
    CD_TRY(m_vault.changeTogether([&]() -> Status {
        CD_TRY(m_vault.recordChange(audit::action::GroupSessionSaved, [&](vault::Vault::AuditRow &row) -> Status {
            storage::Database &db = m_vault.database();
            const QVariantList values = {clock::toStorage(session.heldAt), session.minutes, session.topic.trimmed(),
                                         session.notes.trimmed()};
            if (session.id == 0) {
                CD_TRY(exec(db, u"INSERT INTO group_sessions (held_at, minutes, topic, notes, group_id) VALUES (?, ?, ?, ?, ?)"_s,
                            values + QVariantList{session.groupId}));
                id = db.lastInsertRowId();
            } else {
                CD_TRY(exec(db, u"UPDATE group_sessions SET held_at = ?, minutes = ?, topic = ?, notes = ? WHERE id = ?"_s,
                            values + QVariantList{id}));
            }
            CD_TRY(exec(db, u"DELETE FROM group_attendance WHERE session_id = ?"_s, {id}));
            row.detail = (session.id == 0 ? u"add "_s : u"edit "_s) + groupRef(session.groupId) + u' ' + sessionRef(id) +
                         u" present="_s + QString::number(session.presentCount()) + u" absent="_s +
                         QString::number(session.attendance.size() - session.presentCount());
            return {};
        }));
        for (const AttendanceMark &m : session.attendance) {
            CD_TRY(m_vault.recordChange(audit::action::GroupAttendance, audit::studentTarget(m.studentId),
                                        groupRef(session.groupId) + u' ' + sessionRef(id) +
                                            (m.present ? u" present"_s : u" absent"_s),
                                        [&]() -> Status {
                                            return exec(m_vault.database(),
                                                        u"INSERT INTO group_attendance (session_id, student_id, present, "
                                                        "note) VALUES (?, ?, ?, ?)"_s,
                                                        {id, m.studentId, m.present ? 1 : 0, m.note.trimmed()});
                                        }));
        }
        return {};
    }));
    return id;
}

Status Groups::removeSession(qint64 sessionId)
{
    auto stmt = m_vault.database().prepare(u"SELECT group_id FROM group_sessions WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, sessionId);
    auto found = stmt->step();
    if (!found) return found.error();
    if (!*found) return makeError(ErrorCode::NotFound, Tr::tr("That group session no longer exists."));
    const qint64 groupId = stmt->int64(0);
    return m_vault.recordChange(audit::action::GroupSessionRemoved, QString(), groupRef(groupId) + u' ' + sessionRef(sessionId),
                                [&]() -> Status {
                                    return exec(m_vault.database(), u"DELETE FROM group_sessions WHERE id = ?"_s, {sessionId});
                                });
}

Result<QList<StudentAttendance>> Groups::attendanceOf(qint64 studentId)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT g.id, g.name, g.theme, s.held_at, s.topic, a.present, a.note FROM group_attendance a "
        "JOIN group_sessions s ON s.id = a.session_id JOIN counseling_groups g ON g.id = s.group_id "
        "WHERE a.student_id = ? ORDER BY s.held_at DESC, s.id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    return storage::collectRows(*stmt, [](storage::Statement &s) {
        return StudentAttendance{s.int64(0), s.text(1), groupThemeFromCode(s.text(2)).value_or(GroupTheme::Other),
                                 clock::fromStorage(s.text(3)), s.text(4), s.int64(5) != 0, s.text(6)};
    });
}

}  // namespace cd::groups
