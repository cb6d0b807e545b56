// The semester summary's second review (issue 15) on real vaults: counts of events withheld by the
// children behind them, an instrument without bands, a past semester's open hours.

#include "crisis/CrisisEvents.h"
#include "district/SemesterSummary.h"

#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

SchoolProfile smallSchool()
{
    SchoolProfile p;
    p.schoolName = u"Test school"_s;
    p.districtCode = u"4401060002"_s;
    p.type = SchoolType::JuniorHigh;
    p.studentsEnrolled = 40;
    p.counselorsFullTime = 1;
    p.fundingYuan = 800;
    return p;
}

/// The cell of a Count (withheld or not) in `tableId`'s row `rowKey`, column `column`.
const disclosure::Cell *cellAt(const Summary &s, const QString &tableId, const QString &rowKey, const QString &column,
                               bool *withheld = nullptr)
{
    for (const SummaryTable &t : s.tables) {
        if (t.id != tableId) continue;
        for (const SummaryRow &r : t.rows) {
            if (r.key != rowKey) continue;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                if (t.columns[c].key == column && r.values[c].kind == ValueKind::Count) {
                    if (withheld) *withheld = s.withheld(r.values[c]);
                    return &s.counts.cells().at(r.values[c].count);
                }
        }
    }
    return nullptr;
}

crisis::NewCrisisEvent eventOf(qint64 student, const QDateTime &at, crisis::Ideation ideation)
{
    crisis::NewCrisisEvent e;
    e.studentId = student;
    e.occurredAt = at;
    e.source = crisis::CrisisSource::Teacher;
    e.kind = crisis::CrisisKind::SuicidalThoughts;
    e.description = u"synthetic event"_s;
    e.assessment.selfHarmThoughts = ideation;
    e.level = crisis::suggestLevel(e.assessment);
    return e;
}

}  // namespace

TEST_CASE("semester summary: one student's six crisis events are withheld as one child", "[district][summary][people]")
{
    const QDateTime now(QDate(2026, 9, 24), QTime(10, 0), Qt::UTC);
    const test::PinnedClock pinned(now);
    test::TempVault tv;
    auto vault = tv.open();
    test::addTestSemester(*vault);
    crisis::CrisisEvents events(*vault);
    const qint64 one = test::addTestStudent(*vault, u"P1"_s, u"某甲"_s);
    for (int i = 0; i < 6; ++i)
        REQUIRE(events.record(eventOf(one, now.addDays(-20 + i), crisis::Ideation::Active)).ok());  // high
    // Five other children, one event each, at another level: the total is far from either level.
    for (int i = 0; i < 5; ++i) {
        const qint64 other = test::addTestStudent(*vault, u"Q%1"_s.arg(i), u"某乙%1"_s.arg(i));
        REQUIRE(events.record(eventOf(other, now.addDays(-10 - i), crisis::Ideation::Passive)).ok());  // medium
    }

    auto s = computeSummary(*vault, smallSchool(), SummaryOptions{});
    REQUIRE(s.ok());
    bool withheld = false;
    const disclosure::Cell *high = cellAt(*s, u"intervention.crisis"_s, u"level=high"_s, u"crisis_events"_s, &withheld);
    REQUIRE(high);
    CHECK(high->value == 6);
    CHECK(high->people == 1);
    CHECK(withheld);
    const disclosure::Cell *medium = cellAt(*s, u"intervention.crisis"_s, u"level=medium"_s, u"crisis_events"_s);
    REQUIRE(medium);
    CHECK(medium->value == 5);
    CHECK(medium->people == 5);
    const disclosure::Cell *total = cellAt(*s, u"intervention.crisis"_s, u"total"_s, u"crisis_events"_s);
    REQUIRE(total);
    CHECK(total->value == 11);
    CHECK(total->people == 6);
}
