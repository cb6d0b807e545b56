// The semester summary's second review (issue 15) on real vaults: counts of events withheld by the
// children behind them, an instrument without bands, a past semester's open hours.

#include "crisis/CrisisEvents.h"
#include "district/SchoolProfiles.h"
#include "district/SemesterSummary.h"
#include "lessons/Semesters.h"
#include "room/RoomSchedule.h"
#include "screening/InstrumentLibrary.h"
#include "storage/Database.h"
#include "support/TestScreening.h"

#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

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

/// A synthetic four-item yes/no scale without bands, flagged from 3 "yes" ("NB-4"), loaded into
/// the vault's library.
Result<screening::Instrument> loadYesNoScale(vault::Vault &vault)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-bands.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return makeError(ErrorCode::Io, path);
    f.write(R"({"format": 1, "code": "NB-4", "version": "1", "name": {"en": "Synthetic scale without bands"},
  "licence": "Invented for CounselDesk's tests.",
  "options": [{"value": 0, "label": {"en": "No"}}, {"value": 1, "label": {"en": "Yes"}}],
  "items": [{"id": "1"}, {"id": "2"}, {"id": "3"}, {"id": "4"}],
  "total": {"items": "all", "method": "sum", "flag": {"at_least": 3}},
  "validity": {"max_missing": 0}})");
    f.close();
    return screening::loadSchoolInstrument(vault, path);
}

/// The summary of the test semester, its screening runs (which open today, the test helper's
/// day) moved into it once answered; REQUIREd to succeed.
Summary screeningSummary(vault::Vault &vault, const test::TestSemester &semester)
{
    REQUIRE(vault.database().exec(u"UPDATE screening_runs SET opens_on = '2026-09-07'"_s).ok());
    SummaryOptions options;
    options.semester = semester.semester.name;
    auto s = computeSummary(vault, smallSchool(), options);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    return *s;
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
    // Ten other children, one event each, five at each of two other levels: no level is near the
    // total, so only the children behind the six events can withhold them.
    for (int i = 0; i < 10; ++i) {
        const qint64 other = test::addTestStudent(*vault, u"Q%1"_s.arg(i), u"某乙%1"_s.arg(i));
        const crisis::Ideation ideation = i < 5 ? crisis::Ideation::Passive : crisis::Ideation::None;  // medium, low
        REQUIRE(events.record(eventOf(other, now.addDays(-10 - i), ideation)).ok());
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
    CHECK(total->value == 16);
    CHECK(total->people == 11);
    const disclosure::Cell *low = cellAt(*s, u"intervention.crisis"_s, u"level=low"_s, u"crisis_events"_s);
    REQUIRE(low);
    CHECK(low->value == 5);
}

namespace {

/// The school-row figure of `column` in table `tableId` (a Number).
double numberAt(const Summary &s, const QString &tableId, const QString &column)
{
    for (const SummaryTable &t : s.tables) {
        if (t.id != tableId) continue;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].key == column) return t.rows.first().values[c].number;
    }
    FAIL("no column " << column.toStdString());
    return -1;
}

void openHours(vault::Vault &vault, qint64 semesterId, const QTime &ends)
{
    room::RoomSchedule schedule;
    for (int day = 1; day <= 5; ++day) schedule.hours << room::OpenHours{day, QTime(12, 0), ends};
    REQUIRE(room::RoomSchedules(vault).save(semesterId, schedule).ok());
}

}  // namespace

TEST_CASE("semester summary: a past semester's staffing table has that semester's open hours",
          "[district][summary][profile]")
{
    const test::PinnedClock pinned(QDateTime(QDate(2026, 10, 14), QTime(10, 0), Qt::UTC));
    test::TempVault tv;
    auto vault = tv.open();
    const test::TestSemester past = test::addTestSemester(*vault, u"Early autumn"_s);
    lessons::Semester current = past.semester;  // five weeks later, current on the pinned day
    current.id = 0;
    current.name = u"Late autumn"_s;
    current.startsOn = QDate(2026, 10, 5);
    current.week1Monday = current.startsOn;
    current.endsOn = QDate(2026, 10, 30);
    auto currentId = lessons::Semesters(*vault).save(current);
    REQUIRE(currentId.ok());
    openHours(*vault, past.semester.id, QTime(13, 0));  // 5 hours a week
    openHours(*vault, *currentId, QTime(14, 0));        // 10 hours a week

    auto profile = SchoolProfiles(*vault).load();
    REQUIRE(profile.ok());
    CHECK(profile->roomOpenHoursPerWeek == 10);  // the profile's default: the current semester's
    SummaryOptions options;
    options.semester = past.semester.name;
    auto s = computeSummary(*vault, *profile, options);
    REQUIRE(s.ok());
    CHECK(numberAt(*s, u"profile.staffing"_s, u"room_open_hours"_s) == 5);
    options.semester = current.name;
    auto now = computeSummary(*vault, *profile, options);
    REQUIRE(now.ok());
    CHECK(numberAt(*now, u"profile.staffing"_s, u"room_open_hours"_s) == 10);
    // Typed in by the user: the same in every semester.
    profile->roomOpenHoursOverridden = true;
    profile->roomOpenHoursPerWeek = 7;
    options.semester = past.semester.name;
    auto typed = computeSummary(*vault, *profile, options);
    REQUIRE(typed.ok());
    CHECK(numberAt(*typed, u"profile.staffing"_s, u"room_open_hours"_s) == 7);
}

TEST_CASE("semester summary: an instrument without bands reports screened, invalid and flagged",
          "[district][summary][screening]")
{
    test::TempVault tv;
    auto vault = tv.open();
    const test::TestSemester semester = test::addTestSemester(*vault);
    auto loaded = loadYesNoScale(*vault);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    REQUIRE(loaded->bands.isEmpty());
    QList<qint64> students;
    for (int i = 0; i < 7; ++i) students << test::addTestStudent(*vault, u"N%1"_s.arg(i), u"某丙%1"_s.arg(i));
    const qint64 run = test::createTestRun(*vault, u"No bands"_s, {7}, {u"NB-4"_s});
    for (int i = 0; i < 6; ++i)  // three flagged (3 or 4 yes), two not, one invalid (a blank)
        test::enterTestSheet(*vault, run, u"NB-4"_s, students[i],
                             i < 3 ? screening::AnswerRow{1, 1, 1, i % 2} : i < 5 ? screening::AnswerRow{0, 1, 0, 0}
                                                                             : screening::AnswerRow{1, -1, 0, 0});

    const Summary summary = screeningSummary(*vault, semester);
    const QString row = u"instrument=NB-4 grade=7"_s;
    CHECK(cellAt(summary, u"monitoring.bands"_s, row, u"screened"_s)->value == 6);
    CHECK(cellAt(summary, u"monitoring.bands"_s, row, u"invalid"_s)->value == 1);
    // Flagged by the total (three), and an invalid sheet is listed for follow-up too.
    const qint64 flagged = cellAt(summary, u"monitoring.bands"_s, row, u"flagged"_s)->value;
    CHECK(flagged >= 3);
    CHECK(flagged + cellAt(summary, u"monitoring.bands"_s, row, u"not_flagged"_s)->value == 6);
    for (const QString &band : {u"band1"_s, u"band2"_s, u"band3"_s, u"band4"_s, u"band5"_s})
        CHECK(cellAt(summary, u"monitoring.bands"_s, row, band)->value == 0);
    CHECK(cellAt(summary, u"monitoring.participation"_s, row, u"expected"_s)->value == 7);
}

TEST_CASE("semester summary: a child flagged in a screening and again in its re-screen is one child",
          "[district][summary][screening][people]")
{
    test::TempVault tv;
    auto vault = tv.open();
    const test::TestSemester semester = test::addTestSemester(*vault);
    REQUIRE(loadYesNoScale(*vault).ok());
    QList<qint64> students;
    for (int i = 0; i < 12; ++i) students << test::addTestStudent(*vault, u"R%1"_s.arg(i), u"某丁%1"_s.arg(i));
    // The screening: four of twelve flagged. The re-screen of the flagged: three flagged again.
    const qint64 first = test::createTestRun(*vault, u"Screening"_s, {7}, {u"NB-4"_s});
    for (int i = 0; i < 12; ++i)
        test::enterTestSheet(*vault, first, u"NB-4"_s, students[i],
                             i < 4 ? screening::AnswerRow{1, 1, 1, 1} : screening::AnswerRow{0, 0, 0, 1});
    const qint64 again = test::createTestRun(*vault, u"Re-screen"_s, {7}, {u"NB-4"_s});
    for (int i = 0; i < 3; ++i)
        test::enterTestSheet(*vault, again, u"NB-4"_s, students[i], screening::AnswerRow{1, 1, 1, 0});

    const Summary summary = screeningSummary(*vault, semester);
    const QString row = u"instrument=NB-4 grade=7"_s;
    bool withheld = false;
    const disclosure::Cell *flagged = cellAt(summary, u"monitoring.bands"_s, row, u"flagged"_s, &withheld);
    REQUIRE(flagged);
    CHECK(flagged->value == 7);   // seven flagged sheets…
    CHECK(flagged->people == 4);  // …of four children
    CHECK(withheld);              // so withheld like a count of 4
    CHECK(cellAt(summary, u"monitoring.bands"_s, row, u"screened"_s)->value == 15);
}
