// The words every output of a district summary shares (issue 15, second review): one footnote on
// the withheld mark in the package's CSV, workbook and summary.json as in the PDF and the preview
// (tests/ui check theirs against the same sentence), one list of parts with their headings, in
// the summary's language whatever the interface speaks.

#include "district/PackageFiles.h"
#include "district/SchoolProfiles.h"
#include "district/SummaryCatalogue.h"

#include "support/TestSummary.h"
#include "vault/SchoolTypeKeys.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <algorithm>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace cd;
using namespace cd::district;

TEST_CASE("district words: the footnote on * is one sentence in every file, in the summary's language",
          "[district][words]")
{
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        INFO(language.toStdString());
        Summary s = test::makeTestSummary();
        s.header.language = language;
        // The sentence the PDF and the preview print (tests/ui/test_summary_pdf.cpp, test_summary_preview.cpp).
        const QString expected =
            language == u"zh_CN"_s ? u"* 为防止识别出学生而不予公布：涉及 1 至 4 名学生的计数、接近合计的计数，以及可据以推算出不公布计数的数字。"_s : u"* Withheld so that no student can be identified: counts of 1 to 4 students, counts close to their total, and counts from which a withheld one could be worked out."_s;
        CHECK(withheldFootnote(s.header) == expected);
        const QJsonObject json = QJsonDocument::fromJson(summaryJson(s)).object();
        CHECK(json.value(u"footnote"_s).toString() == expected);
        int csvFootnotes = 0;
        for (const SummaryTable &t : s.tables) {
            const QString csv = QString::fromUtf8(tableCsv(s, t));
            CHECK(csv.contains(expected) == s.hasWithheld(t));
            csvFootnotes += csv.contains(expected) ? 1 : 0;
        }
        CHECK(csvFootnotes > 0);
    }
}

TEST_CASE("district words: the parts, their order and headings come from one list", "[district][words]")
{
    CHECK(summaryParts() == QStringList{u"profile"_s, u"education"_s, u"monitoring"_s, u"counseling"_s,
                                        u"intervention"_s});
    Summary s = test::makeTestSummary();
    // Report order whatever the tables' order; a part no table holds is left out.
    std::reverse(s.tables.begin(), s.tables.end());
    const QStringList present = summaryParts(s);
    QStringList expected;
    for (const QString &part : summaryParts())
        if (!tablesOfPart(s, part).isEmpty()) expected << part;
    CHECK(present == expected);
    CHECK_FALSE(present.isEmpty());
    CHECK(partHeading(u"monitoring"_s, u"en"_s) == u"Monitoring and early warning"_s);
    CHECK(partHeading(u"monitoring"_s, u"zh_CN"_s) != u"Monitoring and early warning"_s);
    CHECK(partHeading(u"unknown"_s, u"zh_CN"_s) == u"unknown"_s);
}

TEST_CASE("district words: a school type's published key and stored code come from one table", "[district][words]")
{
    // The keys are in the package format (docs/district-package.md): never changed.
    const QStringList published{u"primary"_s, u"junior_high"_s, u"senior_high"_s,
                                u"nine_year"_s, u"complete"_s, u"twelve_year"_s};
    const QStringList stored{u"primary"_s, u"junior"_s, u"senior"_s, u"primary_junior"_s, u"junior_senior"_s, u"all"_s};
    const QList<SchoolType> types = allSchoolTypes();
    REQUIRE(types.size() == published.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        CHECK(schoolTypeKey(types[i]) == published[i]);
        CHECK(schoolTypeCode(types[i]) == stored[i]);
        CHECK(schoolTypeFromCode(stored[i]) == types[i]);
        CHECK(vault::schoolTypeSummaryKey(*vault::schoolTypeFromCode(stored[i])) == published[i]);
    }
}
