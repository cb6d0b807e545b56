// School events in a real vault: saved, listed by semester, edited, removed, audited; a bad event
// refused whole; the demo's groups and events of the semester so far.

#include "groups/Groups.h"
#include "groups/SchoolEvents.h"

#include "common/Clock.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoSchool.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::groups;
using namespace Qt::StringLiterals;

namespace {
qint64 count(vault::Vault &v, const QString &table)
{
    auto n = v.database().scalar(u"SELECT count(*) FROM "_s + table);
    REQUIRE(n.ok());
    return n->toLongLong();
}

qint64 saveSemester(vault::Vault &v)
{
    lessons::Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2027, 1, 22);
    s.week1Monday = QDate(2026, 8, 31);
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    return *id;
}
}  // namespace

TEST_CASE("school events: saved, edited and removed in a semester, each audited", "[groups][events]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = saveSemester(*v);
    SchoolEvents repo(*v);
    SchoolEvent e;
    e.semesterId = semester;
    e.kind = EventKind::Family;
    e.format = u"parent_school"_s;
    e.heldOn = QDate(2026, 10, 15);
    e.topic = u"家长学校"_s;
    e.audience = u"初一家长"_s;
    e.headCount = 180;
    const qint64 audit = count(*v, u"audit_log"_s);
    auto id = repo.save(e);
    REQUIRE(id.ok());
    CHECK(count(*v, u"audit_log"_s) == audit + 1);
    auto list = repo.list(semester);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().headCount == 180);
    CHECK(list->first().format == u"parent_school"_s);

    e.id = *id;
    e.headCount = 200;
    REQUIRE(repo.save(e).ok());
    CHECK(repo.list(semester)->first().headCount == 200);
    REQUIRE(repo.remove(*id).ok());
    CHECK(repo.list(semester)->isEmpty());
    CHECK(count(*v, u"audit_log"_s) == audit + 3);
}

TEST_CASE("school events: outside the semester, a negative head count or no topic: refused, nothing saved", "[groups][events]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = saveSemester(*v);
    SchoolEvents repo(*v);
    SchoolEvent e;
    e.semesterId = semester;
    e.kind = EventKind::Training;
    e.heldOn = QDate(2027, 2, 1);
    e.topic = u" "_s;
    e.headCount = -1;
    const qint64 audit = count(*v, u"audit_log"_s);
    auto refused = repo.save(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.split(u'\n').size() == 3);
    CHECK(count(*v, u"school_events"_s) == 0);
    CHECK(count(*v, u"audit_log"_s) == audit);
}

TEST_CASE("school events: the demo has two groups with attendance and the semester's events so far", "[groups][events][demo]")
{
    test::TempVault tv;
    auto v = tv.open();
    const QDate today(2026, 12, 6);
    clock::setNowForTesting(QDateTime(today, QTime(10, 0)));
    REQUIRE(demo::populateDemo(*v, 7, test::kLeadPassphrase, 240).ok());
    clock::setNowForTesting({});
    auto groups = Groups(*v).list();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 2);
    for (const CounselingGroup &g : *groups) {
        INFO(g.name.toStdString());
        CHECK(g.memberCount == 8);
        CHECK(g.sessionCount >= 3);
    }
    CHECK(count(*v, u"group_attendance"_s) > 0);

    auto semester = lessons::Semesters(*v).current(today);
    REQUIRE(semester.ok());
    REQUIRE(semester->has_value());
    auto events = SchoolEvents(*v).list((*semester)->id);
    REQUIRE(events.ok());
    const EventTally t = tallyEvents(**semester, *events, today);
    CHECK(t.familyHeld == 1);  // one still to come: the page has something to show missing
    CHECK(t.trainingsHeld == 1);
    CHECK(t.monthsShort() == 0);
    CHECK(t.missing().size() == 1);
}
