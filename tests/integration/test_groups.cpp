// Group counseling in a real vault: a group with members joining and leaving, sessions with
// attendance, the student's attendance for the growth record, closing with an outcome; every
// change audited with the student named where it is about one; refusals write nothing.

#include "groups/Groups.h"
#include "groups/GroupsAudit.h"

#include "audit/AuditTarget.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::groups;
using namespace Qt::StringLiterals;

namespace {
qint64 count(vault::Vault &v, const QString &sql)
{
    auto n = v.database().scalar(sql);
    REQUIRE(n.ok());
    return n->toLongLong();
}

qint64 auditRows(vault::Vault &v) { return count(v, u"SELECT count(*) FROM audit_log"_s); }

qint64 newGroup(vault::Vault &v, const QString &name = u"初一新生适应小组"_s)
{
    CounselingGroup g;
    g.name = name;
    g.theme = GroupTheme::NewSchool;
    g.leader = test::kLeadLogin;
    auto id = Groups(v).save(g);
    REQUIRE(id.ok());
    return *id;
}
}  // namespace

TEST_CASE("groups: members join and leave, sessions record attendance, the student's record shows it", "[groups]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 wang = test::addTestStudent(*v, u"2026001"_s, u"王小明"_s);
    const qint64 li = test::addTestStudent(*v, u"2026002"_s, u"李小红"_s);
    Groups repo(*v);
    const qint64 id = newGroup(*v);

    REQUIRE(repo.addMember(id, wang, QDate(2026, 9, 14)).ok());
    REQUIRE(repo.addMember(id, li, QDate(2026, 9, 14)).ok());
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'group.member' AND target = '%1'"_s.arg(
                        audit::studentTarget(wang))) == 1);

    GroupSession s;
    s.groupId = id;
    s.heldAt = QDateTime(QDate(2026, 9, 16), QTime(15, 40));
    s.topic = u"破冰"_s;
    s.attendance = {{wang, true, QString()}, {li, false, u"病假"_s}};
    const qint64 before = auditRows(*v);
    auto sid = repo.saveSession(s);
    REQUIRE(sid.ok());
    CHECK(auditRows(*v) == before + 3);  // the session and one row per student marked
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'group.attendance' AND target = '%1' "
                    "AND detail LIKE '%absent'"_s.arg(audit::studentTarget(li))) == 1);

    auto mine = repo.attendanceOf(li);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().groupName == u"初一新生适应小组"_s);
    CHECK_FALSE(mine->first().present);
    CHECK(mine->first().note == u"病假"_s);

    // Edited: the attendance is replaced, not added to.
    s.id = *sid;
    s.attendance = {{wang, true, QString()}, {li, true, QString()}};
    REQUIRE(repo.saveSession(s).ok());
    CHECK(count(*v, u"SELECT count(*) FROM group_attendance"_s) == 2);
    CHECK(repo.attendanceOf(li)->first().present);

    REQUIRE(repo.leave(id, li, QDate(2026, 10, 1)).ok());
    auto members = repo.members(id);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).active());        // current members first
    CHECK_FALSE(members->at(1).active());  // the one who left, kept with the date
    CHECK(repo.get(id)->memberCount == 1);
    CHECK(repo.attendanceOf(li)->size() == 1);  // leaving keeps what was recorded

    REQUIRE(repo.close(id, u"成员基本适应了新学校"_s).ok());
    auto closed = repo.get(id);
    REQUIRE(closed.ok());
    CHECK(closed->closed);
    CHECK(closed->outcome == u"成员基本适应了新学校"_s);
    CHECK(closed->sessionCount == 1);
}

TEST_CASE("groups: refusals name the problem and write nothing", "[groups]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 wang = test::addTestStudent(*v, u"2026001"_s, u"王小明"_s);
    const qint64 other = test::addTestStudent(*v, u"2026003"_s, u"赵小刚"_s);
    Groups repo(*v);
    const qint64 id = newGroup(*v);
    REQUIRE(repo.addMember(id, wang, QDate(2026, 9, 14)).ok());
    const qint64 before = auditRows(*v);

    CounselingGroup nameless;
    nameless.leader = u"nobody"_s;
    auto noName = repo.save(nameless);
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().code == ErrorCode::InvalidInput);
    CounselingGroup stranger;
    stranger.name = u"小组"_s;
    stranger.leader = u"nobody"_s;
    auto noLeader = repo.save(stranger);
    REQUIRE_FALSE(noLeader.ok());
    CHECK(noLeader.error().message.contains(u"nobody"_s));

    auto twice = repo.addMember(id, wang, QDate(2026, 9, 20));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(u"王小明"_s));
    CHECK_FALSE(repo.leave(id, wang, QDate(2026, 9, 1)).ok());  // before joining

    GroupSession s;
    s.groupId = id;
    s.heldAt = QDateTime(QDate(2026, 9, 16), QTime(15, 40));
    s.minutes = 3;
    s.attendance = {{other, true, QString()}};  // not a member
    auto bad = repo.saveSession(s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.split(u'\n').size() == 2);

    CHECK_FALSE(repo.close(id, u"  "_s).ok());
    CHECK(auditRows(*v) == before);
    CHECK(count(*v, u"SELECT count(*) FROM counseling_groups"_s) == 1);
    CHECK(count(*v, u"SELECT count(*) FROM group_sessions"_s) == 0);

    REQUIRE(repo.close(id, u"结束"_s).ok());
    s.minutes = 45;
    s.attendance = {{wang, true, QString()}};
    CHECK_FALSE(repo.saveSession(s).ok());                            // closed: no new session
    CHECK_FALSE(repo.addMember(id, other, QDate(2026, 9, 20)).ok());  // nor new members
}

TEST_CASE("groups: a removed session takes its attendance with it, audited", "[groups]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 wang = test::addTestStudent(*v, u"2026001"_s, u"王小明"_s);
    Groups repo(*v);
    const qint64 id = newGroup(*v);
    REQUIRE(repo.addMember(id, wang, QDate(2026, 9, 14)).ok());
    GroupSession s;
    s.groupId = id;
    s.heldAt = QDateTime(QDate(2026, 9, 16), QTime(15, 40));
    s.attendance = {{wang, true, QString()}};
    auto sid = repo.saveSession(s);
    REQUIRE(sid.ok());
    REQUIRE(repo.removeSession(*sid).ok());
    CHECK(repo.attendanceOf(wang)->isEmpty());
    CHECK(count(*v, u"SELECT count(*) FROM audit_log WHERE action = 'group.session.remove'"_s) == 1);
}
