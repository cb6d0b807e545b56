#pragma once
// Group counseling (团体辅导): groups with a theme and a leader, members from the roster who join
// and leave, sessions with each member's attendance, and the outcome note the group closes with.
// Every change is audited; a member's joining or leaving and each attendance mark name the student
// (their growth record shows the group attendance, `attendanceOf`).

#include "common/Result.h"
#include "groups/GroupCodes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::groups {

struct CounselingGroup {
    qint64 id = 0;
    qint64 semesterId = 0;  ///< 0: none
    QString name;
    GroupTheme theme = GroupTheme::Other;
    QString leader;  ///< a vault user's login
    QString description;
    bool closed = false;
    QString outcome;  ///< the outcome note written when it closed
    QDateTime createdAt;
    QString createdBy;
    // read only, counted when listed
    int memberCount = 0;   ///< members who have not left
    int sessionCount = 0;
};

struct GroupMember {
    qint64 studentId = 0;
    QString name;
    int grade = 0;
    QString klass;
    QDate joinedOn;
    QDate leftOn;  ///< invalid: still a member
    bool active() const { return !leftOn.isValid(); }
};

struct AttendanceMark {
    qint64 studentId = 0;
    bool present = true;
    QString note;
};

struct GroupSession {
    qint64 id = 0;
    qint64 groupId = 0;
    QDateTime heldAt;
    int minutes = 45;  ///< 5–480
    QString topic;
    QString notes;
    QList<AttendanceMark> attendance;  ///< one per member marked
    int presentCount() const;
};

/// One line of a student's group attendance, for the growth record.
struct StudentAttendance {
    qint64 groupId = 0;
    QString groupName;
    GroupTheme theme = GroupTheme::Other;
    QDateTime heldAt;
    QString topic;
    bool present = false;
    QString note;
};

/// Every problem with `group`, one translated sentence each; empty when it can be saved.
QStringList groupProblems(const CounselingGroup &group);
/// Every problem with `session` (its attendance naming only `memberIds`); empty when it can be saved.
QStringList groupSessionProblems(const GroupSession &session, const QList<qint64> &memberIds);

class Groups {
public:
    explicit Groups(vault::Vault &vault) : m_vault(vault) {}

    /// Every group, open ones first, newest first, with member and session counts.
    Result<QList<CounselingGroup>> list();
    Result<CounselingGroup> get(qint64 id);
    /// Inserts (id 0) or updates the group's name, theme, leader, description and semester; audited
    /// (`group.save`). InvalidInput naming each problem. Returns the id.
    Result<qint64> save(const CounselingGroup &group);
    /// Closes an open group with its outcome note (required); audited (`group.close`).
    Status close(qint64 groupId, const QString &outcome);

    /// The group's members, by name, those who left included.
    Result<QList<GroupMember>> members(qint64 groupId);
    /// Adds an active student (or brings back one who left) joining on `joinedOn`; audited
    /// (`group.member`, the student as target).
    Status addMember(qint64 groupId, qint64 studentId, const QDate &joinedOn);
    /// Records that a member left on `leftOn` (their attendance stays); audited like addMember.
    Status leave(qint64 groupId, qint64 studentId, const QDate &leftOn);

    /// The group's sessions, earliest first, each with its attendance.
    Result<QList<GroupSession>> sessions(qint64 groupId);
    /// Inserts (id 0) or updates a session and replaces its attendance, in one transaction: one
    /// `group.session` row and one `group.attendance` row per student marked. Returns the id.
    Result<qint64> saveSession(const GroupSession &session);
    /// Removes a session and its attendance; audited (`group.session.remove`).
    Status removeSession(qint64 sessionId);

    /// Every session mark of `studentId` in any group, newest first (the growth record's lines).
    Result<QList<StudentAttendance>> attendanceOf(qint64 studentId);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::groups
