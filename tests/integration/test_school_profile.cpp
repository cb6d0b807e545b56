// The school profile in a real vault: saved whole by the lead and read back, audited
// (district.profile_save, no target), refused whole (a counselor; a profile with problems), its
// defaults from the vault's school and the room's hours; and schema 10 on every old-vault fixture
// (the v9 one above all): the profile empty, the group-sessions index there and used.

#include "district/SchoolProfiles.h"

#include "OldVaultFixtures.h"
#include "common/Clock.h"
#include "lessons/Semesters.h"
#include "registry/AuditActions.h"
#include "registry/Schema.h"
#include "room/RoomSchedule.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {
qint64 count(vault::Vault &v, const QString &table)
{
    auto n = v.database().scalar(u"SELECT count(*) FROM "_s + table);
    REQUIRE(n.ok());
    return n->toLongLong();
}

SchoolProfile profile()
{
    SchoolProfile p;
    p.schoolName = u"合成实验中学"_s;
    p.districtCode = u"GZ4401060012"_s;
    p.type = SchoolType::Complete;
    p.studentsEnrolled = 1234;
    p.boarders = 210;
    p.counselorsFullTime = 1;
    p.counselorsPartTime = 2;
    p.counselorsCertified = 2;
    p.roomName = u"向日葵心理辅导室"_s;
    p.roomAreaSquareMetres = 85.5;
    p.roomOpenHoursPerWeek = 12.5;
    p.roomOpenHoursOverridden = true;
    p.fundingYuan = 15000;
    p.fundingYear = 2026;
    return p;
}

void checkSame(const SchoolProfile &a, const SchoolProfile &b)
{
    CHECK(a.schoolName == b.schoolName);
    CHECK(a.districtCode == b.districtCode);
    CHECK(a.type == b.type);
    CHECK(a.studentsEnrolled == b.studentsEnrolled);
    CHECK(a.boarders == b.boarders);
    CHECK(a.counselorsFullTime == b.counselorsFullTime);
    CHECK(a.counselorsPartTime == b.counselorsPartTime);
    CHECK(a.counselorsCertified == b.counselorsCertified);
    CHECK(a.roomName == b.roomName);
    CHECK(a.roomAreaSquareMetres == b.roomAreaSquareMetres);
    CHECK(a.roomOpenHoursPerWeek == b.roomOpenHoursPerWeek);
    CHECK(a.roomOpenHoursOverridden == b.roomOpenHoursOverridden);
    CHECK(a.fundingYuan == b.fundingYuan);
    CHECK(a.fundingYear == b.fundingYear);
}

struct LastAudit {
    QString actor, action, target, detail;
};
LastAudit lastAudit(vault::Vault &v)
{
    auto stmt = v.database().prepare(u"SELECT actor, action, target, detail FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    REQUIRE(stmt.ok());
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return {stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)};
}

/// A semester around 2026-12-06 with the room open 3.5 hours a week and a target of 8.
void addRoomHours(vault::Vault &v)
{
    lessons::Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2027, 1, 22);
    s.week1Monday = QDate(2026, 8, 31);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}};
    s.targets.openHoursPerWeek = 8;
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    room::RoomSchedule week;
    week.hours = {{1, QTime(12, 0), QTime(13, 0)}, {2, QTime(15, 0), QTime(17, 30)}};
    REQUIRE(room::RoomSchedules(v).save(*id, week).ok());
}

struct PinnedClock {
    PinnedClock() { clock::setNowForTesting(QDateTime(QDate(2026, 12, 6), QTime(10, 0))); }
    ~PinnedClock() { clock::setNowForTesting(QDateTime()); }
};
}  // namespace

TEST_CASE("school profile: saved by the lead, read back whole after reopening, audited without a target",
          "[district][profile]")
{
    PinnedClock pinned;
    test::TempVault tv;
    {
        auto v = tv.open();
        SchoolProfiles profiles(*v);
        auto none = profiles.stored();
        REQUIRE(none.ok());
        CHECK_FALSE(none->has_value());
        const qint64 auditBefore = count(*v, u"audit_log"_s);
        REQUIRE(profiles.save(profile()).ok());
        CHECK(count(*v, u"audit_log"_s) == auditBefore + 1);
        const LastAudit row = lastAudit(*v);
        CHECK(row.action == u"district.profile_save"_s);
        CHECK(row.actor == test::kLeadLogin);
        CHECK(row.target.isEmpty());
        CHECK(row.detail == u"school_code=GZ4401060012"_s);
        CHECK(registry::auditActionLabel(row.action) == u"Saved the school profile"_s);
    }
    auto v = tv.open();
    auto back = SchoolProfiles(*v).load();
    REQUIRE(back.ok());
    checkSame(*back, profile());

    // Saved again: still one row, with the new figures, and another audit row.
    SchoolProfile changed = profile();
    changed.type = SchoolType::Primary;
    changed.counselorsPartTime = 0;
    changed.counselorsCertified = 1;
    changed.districtCode = u"  X9  "_s;
    const qint64 auditBefore = count(*v, u"audit_log"_s);
    REQUIRE(SchoolProfiles(*v).save(changed).ok());
    CHECK(count(*v, u"school_profile"_s) == 1);
    CHECK(count(*v, u"audit_log"_s) == auditBefore + 1);
    CHECK(lastAudit(*v).detail == u"school_code=X9"_s);
    changed.districtCode = u"X9"_s;
    checkSame(*SchoolProfiles(*v).load(), changed);
    CHECK(v->check(true)->ok());
}

TEST_CASE("school profile: a counselor cannot save it, a profile with problems is refused whole",
          "[district][profile][roles]")
{
    PinnedClock pinned;
    test::TempVault tv;
    {
        auto v = tv.open();
        REQUIRE(v->addUser(u"li"_s, {}, vault::Role::Counselor, u"li passphrase 22"_s).ok());
    }
    {
        auto counselor = tv.open(u"li"_s, u"li passphrase 22"_s);
        const qint64 auditBefore = count(*counselor, u"audit_log"_s);
        const Status st = SchoolProfiles(*counselor).save(profile());
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == ErrorCode::PermissionDenied);
        CHECK(count(*counselor, u"school_profile"_s) == 0);
        CHECK(count(*counselor, u"audit_log"_s) == auditBefore);
        // Reading is for everyone.
        CHECK(SchoolProfiles(*counselor).load().ok());
    }
    auto v = tv.open();
    SchoolProfile bad = profile();
    bad.districtCode = u"44 01"_s;
    bad.counselorsCertified = 9;
    bad.fundingYear = 1990;
    const qint64 auditBefore = count(*v, u"audit_log"_s);
    const Status st = SchoolProfiles(*v).save(bad);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::InvalidInput);
    CHECK(st.error().message.split(u'\n').size() == 3);
    CHECK(st.error().message.contains(u"school code"_s));
    CHECK(st.error().message.contains(u"Certified counselors (9)"_s));
    CHECK(st.error().message.contains(u"funding year"_s));
    CHECK(count(*v, u"school_profile"_s) == 0);
    CHECK(count(*v, u"audit_log"_s) == auditBefore);
}

TEST_CASE("school profile: a new one starts from the vault's school and the room's open hours, which the lead may "
          "override",
          "[district][profile]")
{
    PinnedClock pinned;
    test::TempVault tv;
    auto v = tv.open();
    SchoolProfiles profiles(*v);
    {
        // No semester yet: no room hours, the usual target.
        auto facts = profiles.roomFacts();
        REQUIRE(facts.ok());
        CHECK(facts->semesterName.isEmpty());
        CHECK(facts->openHoursPerWeek == 0);
        CHECK(facts->openHoursTarget == kDefaultOpenHoursTarget);
    }
    addRoomHours(*v);
    auto facts = profiles.roomFacts();
    REQUIRE(facts.ok());
    CHECK(facts->semesterName == u"2026秋"_s);
    CHECK(facts->openHoursPerWeek == 3.5);
    CHECK(facts->openHoursTarget == 8);

    // The roll's active students as enrolled, until a profile is saved: two active, one who left.
    {
        auto none = profiles.load();
        REQUIRE(none.ok());
        CHECK(none->studentsEnrolled == 0);
    }
    test::addTestStudent(*v, u"S001"_s, u"学生甲"_s);
    test::addTestStudent(*v, u"S002"_s, u"学生乙"_s);
    const qint64 gone = test::addTestStudent(*v, u"S003"_s, u"学生丙"_s);
    REQUIRE(v->database().exec(u"UPDATE students SET status = 'transferred' WHERE id = %1"_s.arg(gone)).ok());

    auto fresh = profiles.load();
    REQUIRE(fresh.ok());
    CHECK(fresh->studentsEnrolled == 2);
    CHECK(fresh->schoolName == v->school().name);
    CHECK(schoolTypeCode(fresh->type) == vault::schoolTypeCode(v->school().type));
    CHECK(fresh->fundingYear == 2026);
    CHECK_FALSE(fresh->roomOpenHoursOverridden);
    CHECK(fresh->roomOpenHoursPerWeek == 3.5);
    CHECK(standardsProblems(*fresh, facts->openHoursTarget).join(u' ').contains(u"Open hours not met"_s));

    // Saved without an override: the hours follow the room's.
    SchoolProfile p = profile();
    p.roomOpenHoursOverridden = false;
    p.roomOpenHoursPerWeek = 3.5;
    REQUIRE(profiles.save(p).ok());
    auto stmt = v->database().scalar(u"SELECT room_open_hours IS NULL FROM school_profile"_s);
    REQUIRE(stmt.ok());
    CHECK(stmt->toInt() == 1);
    room::RoomSchedule longer;
    longer.hours = {{1, QTime(12, 0), QTime(14, 0)}, {3, QTime(12, 0), QTime(16, 0)}, {5, QTime(15, 0), QTime(17, 0)}};
    auto semester = lessons::Semesters(*v).byName(u"2026秋"_s);
    REQUIRE(semester.ok());
    REQUIRE(room::RoomSchedules(*v).save(semester->id, longer).ok());
    CHECK(profiles.load()->roomOpenHoursPerWeek == 8);

    // Overridden: the typed figure stays whatever the room's hours say.
    p.roomOpenHoursOverridden = true;
    p.roomOpenHoursPerWeek = 11;
    REQUIRE(profiles.save(p).ok());
    CHECK(profiles.load()->roomOpenHoursPerWeek == 11);
    CHECK(profiles.load()->roomOpenHoursOverridden);
}

TEST_CASE("school profile: schema 10 on every old-vault fixture: no profile yet, the group-sessions index there and "
          "used, a profile saved after the migration",
          "[district][profile][old_vaults][migration]")
{
    bool sawSchema9 = false;
    for (const test::Fixture &fx : test::allFixtures()) {
        sawSchema9 = sawSchema9 || fx.schemaVersion() == 9;
        DYNAMIC_SECTION("fixture " << test::str(fx.name))
        {
            QTemporaryDir tmp;
            const QString dir = tmp.filePath(u"vault"_s);
            test::copyFolder(fx.vaultDir(), dir);
            {
                auto lead = test::openAs(dir, fx.user(u"lead"_s));
                CHECK(lead->database().userVersion() == registry::latestSchemaVersion());
                CHECK(registry::latestSchemaVersion() >= 10);
                auto stored = SchoolProfiles(*lead).stored();
                REQUIRE(stored.ok());
                CHECK_FALSE(stored->has_value());
                auto index = lead->database().scalar(
                    u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'group_sessions_by_group'"_s);
                REQUIRE(index.ok());
                CHECK(index->toString() == u"CREATE INDEX group_sessions_by_group ON group_sessions (group_id)"_s);
                auto plan = lead->database().prepare(u"EXPLAIN QUERY PLAN SELECT id FROM group_sessions WHERE group_id = 1"_s);
                REQUIRE(plan.ok());
                QString steps;
                for (;;) {
                    auto row = plan->step();
                    REQUIRE(row.ok());
                    if (!*row) break;
                    steps += plan->text(3) + u'\n';
                }
                CHECK(steps.contains(u"group_sessions_by_group"_s));
                SchoolProfile p = profile();
                p.fundingYear = clock::today().year();
                REQUIRE(SchoolProfiles(*lead).save(p).ok());
            }
            auto again = test::openAs(dir, fx.user(u"lead"_s));
            CHECK(again->check(true)->ok());
            auto back = SchoolProfiles(*again).stored();
            REQUIRE(back.ok());
            REQUIRE(back->has_value());
            CHECK((*back)->districtCode == u"GZ4401060012"_s);
        }
    }
    CHECK(sawSchema9);
}
