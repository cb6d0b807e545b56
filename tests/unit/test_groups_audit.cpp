// The groups area's audit rows in words: its actions are labelled and its details (records,
// attendance, event kinds) read as words on the audit page.

#include "groups/GroupCodes.h"
#include "registry/AuditActions.h"
#include "registry/AuditDetail.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace Qt::StringLiterals;

TEST_CASE("groups audit: actions labelled, details in words", "[groups][audit]")
{
    for (const char *code : {"group.save", "group.close", "group.member", "group.session", "group.session.remove",
                             "group.attendance", "event.save", "event.remove"}) {
        INFO(code);
        REQUIRE(registry::findAuditAction(QString::fromLatin1(code)) != nullptr);
        CHECK(registry::auditActionLabel(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
    CHECK(registry::auditDetailText(u"group:3 joined"_s) == u"counseling group 3; joined"_s);
    CHECK(registry::auditDetailText(u"group:3 group_session:5 absent"_s) == u"counseling group 3; group session 5; absent"_s);
    CHECK(registry::auditDetailText(u"add group:3 group_session:5 present=7 absent=1"_s)
          == u"added; counseling group 3; group session 5; present: 7; absent: 1"_s);
    CHECK(registry::auditDetailText(u"add event:4 kind=family"_s)
          == u"added; school event 4; kind: "_s + groups::eventKindName(groups::EventKind::Family));
}
