// The school profile's rules without a vault: every problem named, the standards per school type
// at their boundaries (9.99 vs 10 yuan a student, a senior high with 1 vs 2 counselors, the open
// hours against the target), the type codes both ways.

#include "district/FundingPerStudent.h"
#include "district/SchoolProfiles.h"

#include "common/Clock.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {
SchoolProfile valid()
{
    SchoolProfile p;
    p.schoolName = u"Synthetic school"_s;
    p.districtCode = u"4401060012"_s;
    p.type = SchoolType::JuniorHigh;
    p.studentsEnrolled = 800;
    p.boarders = 100;
    p.counselorsFullTime = 1;
    p.counselorsPartTime = 2;
    p.counselorsCertified = 2;
    p.roomName = u"Room 2"_s;
    p.roomAreaSquareMetres = 60;
    p.roomOpenHoursPerWeek = 12;
    p.fundingYuan = 8000;
    p.fundingYear = clock::today().year();
    return p;
}

StandardCheck check(const SchoolProfile &p, Standard which, int target = 10)
{
    for (const StandardCheck &c : checkStandards(p, target))
        if (c.standard == which) return c;
    FAIL("no check for that standard");
    return {};
}

bool mentions(const QStringList &problems, const QString &part)
{
    for (const QString &p : problems)
        if (p.contains(part)) return true;
    return false;
}
}  // namespace

TEST_CASE("school profile: a valid profile has no problems", "[district][profile]")
{
    CHECK(profileProblems(valid()).isEmpty());
}

TEST_CASE("school profile: every problem is named, each once", "[district][profile]")
{
    SchoolProfile p = valid();
    p.studentsEnrolled = -1;
    p.boarders = -2;
    p.counselorsFullTime = -1;
    p.counselorsPartTime = -1;
    p.counselorsCertified = -1;
    p.fundingYuan = -5;
    p.roomOpenHoursPerWeek = -1;
    p.roomAreaSquareMetres = -1;
    p.districtCode = u"44 01"_s;
    p.fundingYear = 1999;
    const QStringList problems = profileProblems(p);
    CHECK(problems.size() == 10);
    for (const char *name : {"Students enrolled", "Boarders", "Full-time counselors", "Part-time counselors",
                             "Certified counselors"})
        CHECK(mentions(problems, QString::fromLatin1(name) + u" cannot be negative"_s));
    CHECK(mentions(problems, u"funding cannot be negative"_s));
    CHECK(mentions(problems, u"open hours"_s));
    CHECK(mentions(problems, u"area"_s));
    CHECK(mentions(problems, u"school code"_s));
    CHECK(mentions(problems, u"funding year"_s));
}

TEST_CASE("school profile: certified counselors are counted among the full- and part-time ones", "[district][profile]")
{
    SchoolProfile p = valid();
    p.counselorsFullTime = 1;
    p.counselorsPartTime = 1;
    p.counselorsCertified = 2;
    CHECK(profileProblems(p).isEmpty());
    p.counselorsCertified = 3;
    const QStringList problems = profileProblems(p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"Certified counselors (3)"_s));
    CHECK(problems[0].contains(u"(2)"_s));
}

TEST_CASE("school profile: boarders cannot outnumber the students", "[district][profile]")
{
    SchoolProfile p = valid();
    p.boarders = p.studentsEnrolled;
    CHECK(profileProblems(p).isEmpty());
    p.boarders = p.studentsEnrolled + 1;
    REQUIRE(profileProblems(p).size() == 1);
    CHECK(profileProblems(p)[0].contains(u"Boarders"_s));
}

TEST_CASE("school profile: the school code is 1 to 32 letters or digits", "[district][profile]")
{
    SchoolProfile p = valid();
    for (const QString &good : {u"A"_s, u"4401060012"_s, QString(32, u'7'), u"GZ2026x"_s}) {
        p.districtCode = good;
        INFO(good.toStdString());
        CHECK(profileProblems(p).isEmpty());
    }
    for (const QString &bad : {QString(), QString(33, u'7'), u"44-01"_s, u"学校01"_s, u"44/01"_s, u"a b"_s}) {
        p.districtCode = bad;
        INFO(bad.toStdString());
        CHECK(profileProblems(p).size() == 1);
    }
}

TEST_CASE("school profile: the funding year is from 2000 to next year", "[district][profile]")
{
    clock::setNowForTesting(QDateTime(QDate(2026, 12, 6), QTime(10, 0)));
    SchoolProfile p = valid();
    for (int year : {2000, 2026, 2027}) {
        p.fundingYear = year;
        CHECK(profileProblems(p).isEmpty());
    }
    for (int year : {0, 1999, 2028}) {
        p.fundingYear = year;
        REQUIRE(profileProblems(p).size() == 1);
        CHECK(profileProblems(p)[0].contains(u"2027"_s));
    }
    clock::setNowForTesting(QDateTime());
}

TEST_CASE("school profile: counselors needed per school type, combined types held to their highest stage",
          "[district][profile][standards]")
{
    CHECK(requiredCounselors(SchoolType::Primary) == 1);
    CHECK(requiredCounselors(SchoolType::JuniorHigh) == 1);
    CHECK(requiredCounselors(SchoolType::NineYear) == 1);
    CHECK(requiredCounselors(SchoolType::SeniorHigh) == 2);
    CHECK(requiredCounselors(SchoolType::Complete) == 2);
    CHECK(requiredCounselors(SchoolType::TwelveYear) == 2);

    SchoolProfile p = valid();
    for (SchoolType type : allSchoolTypes()) {
        p.type = type;
        const int needed = requiredCounselors(type);
        INFO("type " << schoolTypeCode(type).toStdString());
        // Part-time counselors count as much as full-time ones.
        for (auto [full, part] : {std::pair{0, needed - 1}, std::pair{needed - 1, 0}}) {
            p.counselorsFullTime = full;
            p.counselorsPartTime = part;
            p.counselorsCertified = 0;
            const StandardCheck c = check(p, Standard::Counselors);
            CHECK_FALSE(c.met);
            CHECK(c.sentence.startsWith(u"Counselors not met"_s));
            CHECK(standardsProblems(p).contains(c.sentence));
        }
        for (auto [full, part] : {std::pair{0, needed}, std::pair{needed, 0}, std::pair{1, needed - 1}}) {
            p.counselorsFullTime = full;
            p.counselorsPartTime = part;
            const StandardCheck c = check(p, Standard::Counselors);
            CHECK(c.met);
            CHECK(c.sentence.startsWith(u"Counselors met"_s));
            CHECK(c.sentence.contains(schoolTypeName(type)));
        }
    }
}

TEST_CASE("school profile: a senior high school with 1 counselor misses the standard, with 2 meets it",
          "[district][profile][standards]")
{
    SchoolProfile p = valid();
    p.type = SchoolType::SeniorHigh;
    p.counselorsFullTime = 1;
    p.counselorsPartTime = 0;
    p.counselorsCertified = 0;
    CHECK(standardsProblems(p) == QStringList{check(p, Standard::Counselors).sentence});
    CHECK(check(p, Standard::Counselors).sentence.contains(u"at least 2"_s));
    CHECK(check(p, Standard::Counselors).sentence.contains(u"it has 1"_s));
    p.counselorsFullTime = 2;
    CHECK(standardsProblems(p).isEmpty());
}

TEST_CASE("school profile: funding of 9.99 yuan a student misses the standard (said 9.9, as the summary prints it), 10 meets it", "[district][profile][standards]")
{
    SchoolProfile p = valid();
    p.studentsEnrolled = 100;
    p.boarders = 0;
    p.fundingYuan = 999;
    StandardCheck c = check(p, Standard::Funding);
    CHECK(c.checkable);
    CHECK_FALSE(c.met);
    // One rounding and one figure with the summary's table: down to one decimal, none when whole.
    CHECK(c.sentence.contains(u" is 9.9 yuan per student"_s));
    CHECK(fundingPerStudentText(p) == u"9.9"_s);
    CHECK(fundingPerStudentTenths(p) == 99);
    CHECK(standardsProblems(p) == QStringList{c.sentence});
    p.fundingYuan = 1000;
    c = check(p, Standard::Funding);
    CHECK(c.met);
    CHECK(c.sentence.contains(u" is 10 yuan per student"_s));
    CHECK(fundingPerStudentText(p) == u"10"_s);
    CHECK(standardsProblems(p).isEmpty());
    // Just short never shows as the standard: 29 999 yuan for 3 000 students is 9.9, not 10.
    p.studentsEnrolled = 3000;
    p.fundingYuan = 29999;
    c = check(p, Standard::Funding);
    CHECK_FALSE(c.met);
    CHECK(c.sentence.contains(u" is 9.9 yuan"_s));
}

TEST_CASE("school profile: funding with no students enrolled cannot be checked, and says so",
          "[district][profile][standards]")
{
    SchoolProfile p = valid();
    p.studentsEnrolled = 0;
    p.boarders = 0;
    const StandardCheck c = check(p, Standard::Funding);
    CHECK_FALSE(c.checkable);
    CHECK_FALSE(c.met);
    CHECK(c.sentence.contains(u"cannot be checked"_s));
    CHECK(standardsProblems(p).contains(c.sentence));
}

TEST_CASE("school profile: the room's open hours against the semester's target", "[district][profile][standards]")
{
    SchoolProfile p = valid();
    p.roomOpenHoursPerWeek = 9.5;
    CHECK_FALSE(check(p, Standard::OpenHours).met);
    CHECK(check(p, Standard::OpenHours).sentence.contains(u"9.5 hours"_s));
    p.roomOpenHoursPerWeek = 10;
    CHECK(check(p, Standard::OpenHours).met);
    CHECK(check(p, Standard::OpenHours).sentence.contains(u"open 10 hours"_s));
    CHECK_FALSE(check(p, Standard::OpenHours, 12).met);
    CHECK(check(p, Standard::OpenHours, 12).sentence.contains(u"at least 12"_s));
    CHECK(check(p, Standard::OpenHours, 6).met);
}

TEST_CASE("school profile: the school types' codes are the vault's, both ways", "[district][profile]")
{
    QStringList codes;
    for (SchoolType type : allSchoolTypes()) {
        codes << schoolTypeCode(type);
        CHECK(schoolTypeFromCode(schoolTypeCode(type)) == type);
        CHECK_FALSE(schoolTypeName(type).isEmpty());
    }
    CHECK(codes == QStringList{u"primary"_s, u"junior"_s, u"senior"_s, u"primary_junior"_s, u"junior_senior"_s, u"all"_s});
    CHECK_FALSE(schoolTypeFromCode(u"college"_s).has_value());
}
