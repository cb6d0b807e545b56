// The semester summary's budget (issue 15: under 1 s), on the demo school with 2,000 students (its
// semesters, screening runs of the year, lessons, groups and events, cases and crisis work):
// computeSummary of the current semester, facts, tables and disclosure control (suppression and the
// audit), at k = 5 and k = 10. Medians of CD_BENCH_ROUNDS runs (default 10).

#include <catch2/catch.hpp>

#include "demo/DemoSchool.h"
#include "district/SemesterSummary.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

const int kRounds = qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") : 10;
const int kStudents = qEnvironmentVariableIntValue("CD_BENCH_STUDENTS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_STUDENTS") : 2000;

}  // namespace

TEST_CASE("bench: the semester summary of the demo school", "[bench][district]")
{
    test::TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, test::kLeadPassphrase, kStudents).ok());
    district::SchoolProfile profile;
    profile.districtCode = u"4401060001"_s;
    profile.studentsEnrolled = kStudents;
    for (int k : {5, 10}) {
        district::SummaryOptions options;
        options.k = k;
        std::vector<double> ms;
        int counts = 0, withheld = 0;
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer t;
            t.start();
            auto s = district::computeSummary(*vault, profile, options);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            REQUIRE(s.ok());
            counts = s->counts.size();
            withheld = s->protection.primary + s->protection.secondary;
        }
        std::sort(ms.begin(), ms.end());
        std::printf("semester summary, %d students, k = %d: median %.1f ms (max %.1f) over %d runs; %d counts, %d "
                    "withheld\n",
                    kStudents, k, ms[ms.size() / 2], ms.back(), kRounds, counts, withheld);
        CHECK(ms[ms.size() / 2] < 1000);
    }
}
