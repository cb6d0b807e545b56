// Property test of the semester summary's disclosure control (docs/district-summary.md): many
// random small synthetic schools (a class of 12, a grade with one referral, one crisis event) laid
// out with the built-in layout and protected. No published count lies in 1 … k−1, and every withheld
// count's range is at least k wide, computed here independently of the export: the relations are
// rebuilt from the published tables alone (rows to the total row, an instrument's grades to the
// instrument, a row's parts to their total, the same cell in two tables) and each range is an
// integer program of this test's own (GLPK branch and cut).

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"
#include "district/SummaryLayout.h"

#include "support/IntegerRange.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>


using namespace Qt::StringLiterals;
using namespace cd::district;

namespace {

/// What a reader of the tables knows adds up, within a row (the test's own list).
const QList<QStringList> kRowSums = {
    {u"expected"_s, u"screened"_s, u"not_screened"_s},
    {u"screened"_s, u"invalid"_s, u"band1"_s, u"band2"_s, u"band3"_s, u"band4"_s, u"band5"_s},
    {u"screened"_s, u"flagged"_s, u"not_flagged"_s},
    {u"followups"_s, u"followups_done"_s, u"followups_open"_s},
    {u"students_seen"_s, u"seen_female"_s, u"seen_male"_s, u"seen_sex_unstated"_s},
    {u"cases"_s, u"cases_new"_s, u"cases_continuing"_s},
    {u"referrals"_s, u"slips_returned"_s, u"slips_outstanding"_s},
    {u"time_off"_s, u"back_at_school"_s, u"still_away"_s},
};

/// Every Count value of the summary's tables and the sums a reader can see between them.
cd::test::PublishedCounts readTables(const Summary &s)
{
    cd::test::PublishedCounts m;
    QHash<QString, int> first;  // "row|column" (the total and the school row as "school") → variable
    for (const SummaryTable &t : s.tables) {
        QHash<QString, QHash<QString, int>> vars;  // row key → column key → variable
        for (const SummaryRow &row : t.rows)
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const SummaryValue &v = row.values.at(c);
                if (v.kind != ValueKind::Count) continue;
                const int var = static_cast<int>(m.value.size());
                m.value << s.counts.cells().at(v.count).value;
                m.withheld << s.withheld(v);
                vars[row.key][t.columns.at(c).key] = var;
                const QString rowKey = row.key == u"total"_s ? u"school"_s : row.key;
                const QString id = rowKey + u'|' + t.columns.at(c).key;
                if (first.contains(id)) m.sums << cd::test::KnownSum{first.value(id), {var}};
                else first.insert(id, var);
            }
        for (auto row = vars.cbegin(); row != vars.cend(); ++row)
            for (const QStringList &sum : kRowSums) {
                if (!row->contains(sum.first())) continue;
                QList<int> parts;
                for (qsizetype i = 1; i < sum.size(); ++i)
                    if (row->contains(sum.at(i))) parts << row->value(sum.at(i));
                if (parts.size() == sum.size() - 1) m.sums << cd::test::KnownSum{row->value(sum.first()), parts};
            }
        // Rows to the total row; an instrument's grades to the instrument's row.
        for (auto parent = vars.cbegin(); parent != vars.cend(); ++parent) {
            QStringList children;
            for (auto child = vars.cbegin(); child != vars.cend(); ++child) {
                if (child.key() == parent.key()) continue;
                if (parent.key() == u"total"_s
                    || (parent.key().startsWith(u"instrument="_s) && !parent.key().contains(u' ')
                        && child.key().startsWith(parent.key() + u' ')))
                    children << child.key();
            }
            if (children.isEmpty()) continue;
            for (auto col = parent->cbegin(); col != parent->cend(); ++col) {
                QList<int> parts;
                for (const QString &child : children) parts << vars.value(child).value(col.key());
                m.sums << cd::test::KnownSum{col.value(), parts};
            }
        }
    }
    return m;
}

/// `total` split at random into `n` parts, the first part taking most.
QVector<int> split(QRandomGenerator &rng, int total, int n)
{
    QVector<int> parts(n, 0);
    for (int i = 0; i < total; ++i) parts[rng.bounded(4) == 0 ? rng.bounded(n) : 0] += 1;
    return parts;
}

/// A small random school's facts: one to three grades, classes of 12 to 45, a handful of cases,
/// sometimes a single referral, crisis event or student away.
SummaryFacts randomSchool(QRandomGenerator &rng)
{
    SummaryFacts f;
    const int firstGrade = 1 + rng.bounded(10);
    const int grades = 1 + rng.bounded(3);
    const QStringList instruments = rng.bounded(2) ? QStringList{u"PHQ-9"_s} : QStringList{u"PHQ-9"_s, u"GAD-7"_s};
    for (int g = firstGrade; g < firstGrade + grades; ++g) {
        const QString grade = QString::number(g);
        const int classes = 1 + rng.bounded(3);
        f.add("classes", "grade", grade, classes);
        f.add("lessons_required", "grade", grade, classes * 4);
        f.add("lessons_delivered", "grade", grade, classes * 4 - rng.bounded(3));
        const int students = rng.bounded(3) == 0 ? 12 : classes * (12 + rng.bounded(34));
        for (const QString &ins : instruments) {
            const QString key = ins + u'|' + grade;
            const int screened = students - rng.bounded(std::min(students, 4) + 1);
            const int invalid = rng.bounded(2);
            f.add("expected", "instrument_grade", key, students);
            f.add("screened", "instrument_grade", key, screened);
            f.add("not_screened", "instrument_grade", key, students - screened);
            f.add("invalid", "instrument_grade", key, invalid);
            const QVector<int> bands = split(rng, screened - invalid, kMaxBands);
            static const char *const names[kMaxBands] = {"band1", "band2", "band3", "band4", "band5"};
            for (int b = 0; b < kMaxBands; ++b) f.add(names[b], "instrument_grade", key, bands[b]);
            const int flagged = std::min(screened, bands[2] + bands[3] + bands[4] + rng.bounded(2));
            f.add("flagged", "instrument_grade", key, flagged);
            f.add("not_flagged", "instrument_grade", key, screened - flagged);
        }
        const int followups = rng.bounded(6), done = rng.bounded(followups + 1);
        f.add("followups", "grade", grade, followups);
        f.add("followups_done", "grade", grade, done);
        f.add("followups_open", "grade", grade, followups - done);
        const int seen = rng.bounded(12);
        const QVector<int> sexes = split(rng, seen, 3);
        f.add("students_seen", "grade", grade, seen);
        f.add("seen_female", "grade", grade, sexes[0]);
        f.add("seen_male", "grade", grade, sexes[1]);
        f.add("seen_sex_unstated", "grade", grade, sexes[2]);
    }
    for (const char *dim : {"session_kind", "concern", "risk_level", "destination", "group_theme"}) {
        for (const QString &key : dimension(QLatin1String(dim))->fixedKeys) {
            const int n = rng.bounded(3) == 0 ? rng.bounded(1, 3) : 0;  // mostly none, sometimes one or two
            if (qstrcmp(dim, "session_kind") == 0) f.add("sessions", dim, key, n * rng.bounded(1, 8));
            if (qstrcmp(dim, "concern") == 0) {
                const int fresh = rng.bounded(n + 1);
                f.add("cases", dim, key, n);
                f.add("cases_new", dim, key, fresh);
                f.add("cases_continuing", dim, key, n - fresh);
            }
            if (qstrcmp(dim, "risk_level") == 0) f.add("crisis_events", dim, key, n);
            if (qstrcmp(dim, "destination") == 0) {
                const int back = rng.bounded(n + 1);
                f.add("referrals", dim, key, n);
                f.add("slips_returned", dim, key, back);
                f.add("slips_outstanding", dim, key, n - back);
            }
            if (qstrcmp(dim, "group_theme") == 0) {
                f.add("groups", dim, key, n);
                f.add("group_sessions", dim, key, n * 6);
                f.add("group_members", dim, key, n * rng.bounded(4, 12));
            }
        }
    }
    const int away = rng.bounded(3), back = rng.bounded(away + 1);
    f.setSchool("time_off", away);
    f.setSchool("back_at_school", back);
    f.setSchool("still_away", away - back);
    f.setSchool("students_enrolled", 300 + rng.bounded(1000));
    return f;
}

}  // namespace

TEST_CASE("semester summary: property: random small schools publish no small count and no narrow range",
          "[district][summary][property]")
{
    auto layout = builtInSummaryLayout();
    REQUIRE(layout.ok());
    QRandomGenerator rng(20261206);
    int schools = 0, withheld = 0, checked = 0;
    for (int round = 0; round < 12; ++round) {
        const int k = round % 3 == 2 ? 10 : 5;
        Summary s;
        s.header.k = k;
        s.header.language = u"en"_s;
        buildSummaryTables(*layout, randomSchool(rng), s);
        REQUIRE(s.counts.consistencyProblem().isEmpty());
        auto status = protectSummary(s, k);
        INFO("round " << round << " k " << k);
        REQUIRE(status.ok());
        ++schools;
        const cd::test::PublishedCounts m = readTables(s);
        for (const cd::test::KnownSum &r : m.sums) {  // the tables add up as a reader is told
            qint64 sum = 0;
            for (int p : r.parts) sum += m.value[p];
            REQUIRE(sum == m.value[r.total]);
        }
        for (qsizetype i = 0; i < m.value.size(); ++i) {
            INFO("variable " << i << " value " << m.value[i]);
            if (!m.withheld[i]) {
                CHECK_FALSE((m.value[i] >= 1 && m.value[i] < k));
                continue;
            }
            ++withheld;
            const auto [low, high] = integerRange(m, static_cast<int>(i));
            CHECK(high - low >= k);
            CHECK(low <= double(m.value[i]));
            CHECK(high >= double(m.value[i]));
            ++checked;
        }
    }
    CHECK(schools == 12);
    CHECK(withheld > 50);
    CHECK(checked == withheld);
}
