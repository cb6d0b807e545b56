// The school year: promotion and graduation, transfers, and the retention purge (gone from the file).

#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "students/SchoolYear.h"
#include "students/StudentRepository.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;


TEST_CASE("school year: every class moves up, the top grade graduates, history is kept", "[school-year]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"Y1"_s, u"学生"_s + u"Y1"_s, QDate(), 7);
    const qint64 b = addTestStudent(*vault, u"Y2"_s, u"学生"_s + u"Y2"_s, QDate(), 9);
    addTestStudent(*vault, u"Y3"_s, u"学生"_s + u"Y3"_s, QDate(), 8);
    auto preview = students::previewPromotion(*vault, 9);
    REQUIRE(preview.ok());
    CHECK(preview->promoted == 2);
    CHECK(preview->graduated == 1);
    auto done = students::promote(*vault, 9, QDate(2027, 9, 1));
    REQUIRE(done.ok());
    CHECK(done->promoted == 2);
    students::StudentRepository repo(*vault);
    CHECK(repo.get(a)->grade == 8);
    CHECK(repo.get(b)->status == students::Enrolment::Graduated);
    CHECK(repo.get(b)->leftOn == QDate(2027, 9, 1));
    CHECK(repo.classHistory(a)->size() == 2);
    CHECK(repo.classHistory(a)->last().reason == u"promotion"_s);
    CHECK(vault->audit().recent(1)->at(0).action == QLatin1String(audit::action::SchoolYearPromoted));

    REQUIRE(students::transferOut(*vault, a, QDate(2027, 10, 1)).ok());
    CHECK(repo.get(a)->status == students::Enrolment::Transferred);
}

TEST_CASE("school year: only a room lead may promote or purge", "[school-year]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"counselor passphrase"_s).ok());
    }
    auto counselor = tv.open(u"wang"_s, u"counselor passphrase"_s);
    CHECK(students::promote(*counselor, 9, QDate::currentDate()).error().code == ErrorCode::PermissionDenied);
    CHECK(students::purgeStudents(*counselor, {1}).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("retention: students who left long ago are purged with everything about them, gone from the file",
          "[school-year][purge]")
{
    const QString marker = u"PURGE-MARKER-5d1e"_s;
    TempVault tv;
    qint64 old = 0;
    {
        auto vault = tv.open();
        old = addTestStudent(*vault, u"P1"_s, u"学生"_s + u"P1"_s, QDate(), 9);
        const qint64 recent = addTestStudent(*vault, u"P2"_s, u"学生"_s + u"P2"_s, QDate(), 9);
        addTestStudent(*vault, u"P3"_s, u"学生"_s + u"P3"_s, QDate(), 8);
        students::StudentRepository repo(*vault);
        students::GrowthRecord record;
        record.psychStatus = marker;
        REQUIRE(repo.saveGrowthRecord(old, record).ok());
        cases::CaseRepository cases(*vault);
        cases::Case c;
        c.studentId = old;
        c.category = u"family"_s;
        c.openedBy = kLeadLogin;
        c.consentGuardian = u"x"_s;
        c.consentOn = QDate(2020, 1, 1);
        cases::Session s;
        s.caseId = *cases.openCase(c);
        s.heldOn = QDate(2020, 2, 1);
        s.observations = marker + u" 的笔记"_s;
        s.author = kLeadLogin;
        REQUIRE(cases.saveSession(s).ok());
        REQUIRE(students::transferOut(*vault, old, QDate::currentDate().addYears(-5)).ok());
        REQUIRE(students::transferOut(*vault, recent, QDate::currentDate().addYears(-1)).ok());

        auto candidates = students::purgeCandidates(*vault, 3, QDate::currentDate());
        REQUIRE(candidates.ok());
        REQUIRE(candidates->size() == 1);
        CHECK(candidates->at(0).id == old);
        auto removed = students::purgeStudents(*vault, {old});
        REQUIRE(removed.ok());
        CHECK(*removed == 1);
        CHECK_FALSE(repo.get(old).ok());
        CHECK(repo.listAll()->size() == 2);
        CHECK(cases.searchNotes(marker)->isEmpty());
        auto audit = vault->audit().recent(1);
        CHECK(audit->at(0).action == QLatin1String(audit::action::StudentsPurged));
        CHECK(audit->at(0).detail == u"count=1"_s);
    }
    // Reopened: no row of the full-text index holds the text either.
    auto vault = tv.open();
    auto leftover = vault->database().scalar(u"SELECT count(*) FROM session_text WHERE body LIKE '%PURGE%'"_s);
    CHECK(leftover->toInt() == 0);
}
