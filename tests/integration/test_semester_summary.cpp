// The semester summary on a real vault (the demo school): the counts equal what this test counts
// in the vault itself, nothing that names a student is in it, every small count is withheld, and
// a newer layout given as bytes is followed.

#include "demo/DemoSchool.h"
#include "district/SemesterSummary.h"
#include "district/SummaryLayout.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "support/PinnedClock.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using namespace cd::district;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

qint64 scalar(vault::Vault &vault, const QString &sql, const lessons::Semester &s)
{
    auto stmt = vault.database().prepare(sql);
    REQUIRE(stmt.ok());
    stmt->bind(1, s.startsOn.toString(Qt::ISODate)).bind(2, std::min(s.endsOn, kNow.date()).toString(Qt::ISODate));
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return stmt->int64(0);
}

const SummaryTable &table(const Summary &s, const QString &id)
{
    for (const SummaryTable &t : s.tables)
        if (t.id == id) return t;
    FAIL("no table " << id.toStdString());
    return s.tables.first();
}

/// The true value of a Count (withheld or not) in the row `rowKey`, column `column`.
qint64 countAt(const Summary &s, const QString &tableId, const QString &rowKey, const QString &column)
{
    const SummaryTable &t = table(s, tableId);
    for (const SummaryRow &r : t.rows) {
        if (r.key != rowKey) continue;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].key == column) {
                REQUIRE(r.values[c].kind == ValueKind::Count);
                return s.counts.cells().at(r.values[c].count).value;
            }
    }
    FAIL("no cell " << rowKey.toStdString() << " " << column.toStdString());
    return -1;
}

SchoolProfile profile()
{
    SchoolProfile p;
    p.schoolName = u"Demo"_s;
    p.districtCode = u"4401060001"_s;
    p.type = SchoolType::Complete;
    p.studentsEnrolled = 300;
    p.counselorsFullTime = 2;
    p.fundingYuan = 6000;
    return p;
}

}  // namespace

TEST_CASE("semester summary: the demo school's counts are the vault's, withheld where small", "[district][summary]")
{
    const PinnedClock pinned(kNow);
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 300).ok());
    auto semester = lessons::Semesters(*vault).current(kNow.date());
    REQUIRE(semester.ok());
    REQUIRE(semester->has_value());
    const lessons::Semester sem = **semester;

    auto s = computeSummary(*vault, profile(), SummaryOptions{});
    REQUIRE(s.ok());
    CHECK(s->header.semester == sem.name);
    CHECK(s->header.schoolType == u"complete"_s);
    CHECK(s->header.k == 5);
    CHECK(s->header.layoutVersion == 1);
    CHECK(s->counts.consistencyProblem().isEmpty());

    // Counted here, straight from the vault.
    CHECK(countAt(*s, u"intervention.crisis"_s, u"total"_s, u"crisis_events"_s)
          == scalar(*vault,
                    u"SELECT count(*) FROM crisis_events WHERE date(occurred_at, 'localtime') BETWEEN ?1 AND ?2"_s, sem));
    CHECK(countAt(*s, u"counseling.sessions"_s, u"total"_s, u"sessions"_s)
          == scalar(*vault, u"SELECT count(*) FROM sessions WHERE held_on BETWEEN ?1 AND ?2"_s, sem));
    CHECK(countAt(*s, u"counseling.sessions"_s, u"kind=individual"_s, u"sessions"_s)
          == scalar(*vault,
                    u"SELECT count(*) FROM sessions WHERE kind = 'individual' AND held_on BETWEEN ?1 AND ?2"_s, sem));
    CHECK(countAt(*s, u"counseling.students"_s, u"total"_s, u"students_seen"_s)
          == scalar(*vault,
                    u"SELECT count(DISTINCT c.student_id) FROM sessions s JOIN cases c ON c.id = s.case_id "
                    "WHERE s.kind IN ('individual', 'group') AND s.held_on BETWEEN ?1 AND ?2"_s,
                    sem));
    CHECK(countAt(*s, u"intervention.referrals"_s, u"total"_s, u"referrals"_s)
          == scalar(*vault,
                    u"SELECT count(*) FROM referrals WHERE given_at <> '' "
                    "AND date(given_at, 'localtime') BETWEEN ?1 AND ?2"_s,
                    sem));
    qint64 summed = 0;
    const SummaryTable &participation = table(*s, u"monitoring.participation"_s);
    for (const SummaryRow &r : participation.rows)
        if (r.key.contains(u" grade="_s)) summed += s->counts.cells().at(r.values[0].count).value;
    REQUIRE(summed > 0);
    // Each run's students are expected once per instrument of the run.
    CHECK(summed
          == scalar(*vault,
                    u"SELECT count(*) FROM run_students r JOIN screening_runs x ON x.id = r.run_id "
                    "JOIN run_instruments i ON i.run_id = r.run_id WHERE x.opens_on BETWEEN ?1 AND ?2"_s,
                    sem));

    // No published count from 1 to 4; a withheld one prints the one mark.
    int withheld = 0;
    for (const SummaryTable &t : s->tables)
        for (const SummaryRow &r : t.rows)
            for (const SummaryValue &v : r.values) {
                if (v.kind != ValueKind::Count) continue;
                const qint64 n = s->counts.cells().at(v.count).value;
                if (s->withheld(v)) {
                    ++withheld;
                    CHECK(s->text(v) == u"*"_s);
                } else {
                    CHECK_FALSE((n >= 1 && n < 5));
                }
            }
    CHECK(withheld == s->protection.primary + s->protection.secondary);
    CHECK(withheld > 0);

    // Nothing names a student: no name or student number in any title, label or key.
    QStringList strings{s->header.semester, s->header.schoolName};
    for (const SummaryTable &t : s->tables) {
        strings << t.id << t.title << t.note;
        for (const SummaryColumn &c : t.columns) strings << c.key << c.label;
        for (const SummaryRow &r : t.rows) strings << r.key << r.label;
    }
    for (const disclosure::Cell &c : s->counts.cells()) strings << c.table << c.row << c.column;
    const QString all = strings.join(u'\n');
    auto stmt = vault->database().prepare(u"SELECT name, student_no FROM students"_s);
    REQUIRE(stmt.ok());
    int students = 0;
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) break;
        ++students;
        CHECK_FALSE(all.contains(stmt->text(0)));
        CHECK_FALSE(all.contains(stmt->text(1)));
    }
    CHECK(students == 300);
}

TEST_CASE("semester summary: a past semester by name, k of 10, English, and what is refused", "[district][summary]")
{
    const PinnedClock pinned(kNow);
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 300).ok());

    SummaryOptions unknown;
    unknown.semester = u"No such semester"_s;
    auto missing = computeSummary(*vault, profile(), unknown);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    SummaryOptions tooSmall;
    tooSmall.k = 1;
    auto refused = computeSummary(*vault, profile(), tooSmall);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);

    auto semesters = lessons::Semesters(*vault).list();
    REQUIRE(semesters.ok());
    REQUIRE_FALSE(semesters->isEmpty());
    SummaryOptions past;
    past.semester = semesters->first().name;
    past.k = 10;
    past.language = u"en"_s;
    auto s = computeSummary(*vault, profile(), past);
    REQUIRE(s.ok());
    CHECK(s->header.semester == semesters->first().name);
    CHECK(s->header.language == u"en"_s);
    CHECK(table(*s, u"counseling.sessions"_s).title == u"Counseling sessions by kind"_s);
    for (const SummaryTable &t : s->tables)
        for (const SummaryRow &r : t.rows)
            for (const SummaryValue &v : r.values)
                if (v.kind == ValueKind::Count && !s->withheld(v)) {
                    const qint64 n = s->counts.cells().at(v.count).value;
                    CHECK_FALSE((n >= 1 && n < 10));
                }
}

TEST_CASE("semester summary: a newer layout given as bytes is followed", "[district][summary][layout]")
{
    const PinnedClock pinned(kNow);
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 300).ok());
    QFile f(u":/district/layout-1.json"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    root.insert("version"_L1, 2);
    QJsonArray tables;
    for (const QJsonValue &t : root.value("tables"_L1).toArray())
        if (t.toObject().value("id"_L1).toString() == u"intervention.crisis"_s) tables.append(t);
    root.insert("tables"_L1, tables);
    auto layout = parseSummaryLayout(QJsonDocument(root).toJson());
    REQUIRE(layout.ok());
    SummaryOptions options;
    options.layout = &*layout;
    auto s = computeSummary(*vault, profile(), options);
    REQUIRE(s.ok());
    CHECK(s->header.layoutVersion == 2);
    REQUIRE(s->tables.size() == 1);
    CHECK(s->tables.first().id == u"intervention.crisis"_s);
    CHECK(s->tables.first().rows.size() == 5);  // four levels and the total
}
