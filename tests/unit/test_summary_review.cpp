// The semester summary's review findings (issue 15 review) on synthetic facts laid out with the
// built-in layout: the follow-ups of a grade do not undo its withheld flagged count, a grade's row is there whether or
// not it has counts, and the funding per student is never rounded up past what was funded.

#include "district/SchoolProfile.h"
#include "district/SummaryFacts.h"
#include "district/SummaryLayout.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace cd::district;

namespace {

const SummaryTable &tableOf(const Summary &s, const QString &id)
{
    for (const SummaryTable &t : s.tables)
        if (t.id == id) return t;
    FAIL("no table " << id.toStdString());
    return s.tables.first();
}

/// The printed text of row `rowKey`, column `column` ("" when the row is not there).
QString textAt(const Summary &s, const QString &tableId, const QString &rowKey, const QString &column)
{
    const SummaryTable &t = tableOf(s, tableId);
    for (const SummaryRow &r : t.rows) {
        if (r.key != rowKey) continue;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].key == column) return s.text(r.values[c]);
    }
    return {};
}

Summary laidOut(const SummaryFacts &facts)
{
    auto layout = builtInSummaryLayout();
    REQUIRE(layout.ok());
    Summary s;
    s.header.language = u"en"_s;
    buildSummaryTables(*layout, facts, s);
    REQUIRE(s.counts.consistencyProblem().isEmpty());
    REQUIRE(protectSummary(s, s.header.k).ok());
    return s;
}

/// One instrument's screening of a grade: everyone screened, `flagged` of them in band 3.
void screenGrade(SummaryFacts &f, const QString &grade, int screened, int flagged)
{
    const QString key = u"PHQ-9|"_s + grade;
    f.add("expected", "instrument_grade", key, screened);
    f.add("screened", "instrument_grade", key, screened);
    f.add("not_screened", "instrument_grade", key, 0);
    f.add("invalid", "instrument_grade", key, 0);
    f.add("band1", "instrument_grade", key, screened - flagged);
    for (const char *band : {"band2", "band4", "band5"})
        f.add(band, "instrument_grade", key, 0);
    f.add("band3", "instrument_grade", key, flagged);
    f.add("flagged", "instrument_grade", key, flagged);
    f.add("not_flagged", "instrument_grade", key, screened - flagged);
    // Scoring opens one follow-up per flagged sheet; half of them done by now.
    f.add("followups", "grade", grade, flagged);
    f.add("followups_done", "grade", grade, flagged / 2);
    f.add("followups_open", "grade", grade, flagged - flagged / 2);
}

} // namespace

TEST_CASE("semester summary: the follow-ups of a grade do not give away its withheld flagged count",
          "[district][summary][review]")
{
    SummaryFacts f;
    f.grades = {u"7"_s, u"8"_s, u"9"_s};
    screenGrade(f, u"7"_s, 40, 37); // 37 of 40 flagged: withheld, as near the whole grade
    screenGrade(f, u"8"_s, 200, 20);
    screenGrade(f, u"9"_s, 200, 20);
    const Summary s = laidOut(f);
    REQUIRE(textAt(s, u"monitoring.bands"_s, u"instrument=PHQ-9 grade=7"_s, u"flagged"_s) == u"*"_s);
    CHECK(textAt(s, u"monitoring.followups"_s, u"grade=7"_s, u"followups"_s) == u"*"_s);
    // The hidden counts a relation needs are withheld too, but not counted as withheld values.
    CHECK(s.protection.primary + s.protection.secondary <
          static_cast<int>(std::count(s.protection.suppressed.cbegin(), s.protection.suppressed.cend(), true)));
}

TEST_CASE("semester summary: every grade of the school has its row, counted or not", "[district][summary][review]")
{
    SummaryFacts f;
    f.grades = {u"7"_s, u"8"_s, u"9"_s};
    f.setSchool("students_enrolled", 600);
    // One follow-up in grade 8 (still open), none in 7 or 9; twelve students seen, six in grade 9
    // and six in grade 7, none in 8.
    f.add("followups", "grade", u"8"_s, 1);
    f.add("followups_done", "grade", u"8"_s, 0);
    f.add("followups_open", "grade", u"8"_s, 1);
    for (const QString &grade : {u"7"_s, u"9"_s}) {
        f.add("students_seen", "grade", grade, 6);
        f.add("seen_female", "grade", grade, 6);
        f.add("seen_male", "grade", grade, 0);
        f.add("seen_sex_unstated", "grade", grade, 0);
    }
    const Summary s = laidOut(f);
    // The rows with nothing to count are there (0, or withheld to protect another cell).
    for (const QString &grade : {u"7"_s, u"9"_s})
        CHECK((QStringList{u"0"_s, u"*"_s}.contains(
            textAt(s, u"monitoring.followups"_s, u"grade="_s + grade, u"followups"_s))));
    CHECK(
        (QStringList{u"0"_s, u"*"_s}.contains(textAt(s, u"counseling.students"_s, u"grade=8"_s, u"students_seen"_s))));
    // The grade with one follow-up: withheld, in a row that is there for every school with a grade 8.
    CHECK(textAt(s, u"monitoring.followups"_s, u"grade=8"_s, u"followups"_s) == u"*"_s);
    CHECK(textAt(s, u"counseling.students"_s, u"grade=7"_s, u"students_seen"_s) == u"6"_s);
}

TEST_CASE("semester summary: the funding per student is floored to 0.1 yuan", "[district][summary][review]")
{
    SchoolProfile p;
    p.studentsEnrolled = 3000;
    p.fundingYuan = 29880; // 9.96 a student: below the 10 yuan standard, so never printed as 10
    SummaryFacts f;
    REQUIRE(collectProfile(p, f).ok());
    const Summary s = laidOut(f);
    CHECK(textAt(s, u"profile.staffing"_s, u"school"_s, u"funding_per_student"_s) == u"9.9"_s);
}
