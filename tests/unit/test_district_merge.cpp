// The district merge (core/district/DistrictMerge.h, docs/district-merge.md) on packages made in
// memory from synthetic schools: every merged count checked against sums this test makes itself
// from the schools' summary.json, withheld counts kept withheld with their published part as the
// lower bound, no small count published, every withheld range wide enough, and refusals.

#include "district/DistrictMerge.h"
#include "district/PackageDisclosure.h"
#include "district/PackageFiles.h"

#include "support/TestDistrictSchools.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace cd;
using namespace cd::district;

namespace {

/// A school's package as readPackage would give it, without the drive.
ReadPackage inMemory(const Summary &s, const QString &dir)
{
    auto parsed = parseSummaryJson(summaryJson(s), u"summary.json"_s);
    REQUIRE(parsed.ok());
    ReadPackage p;
    p.dir = dir;
    p.summary = *parsed;
    p.manifestSha256 = QByteArray(64, 'a');
    p.manifest.schoolCode = s.header.schoolCode;
    p.manifest.semester = s.header.semester;
    p.manifest.k = s.header.k;
    return p;
}

QString position(const QString &table, const QString &row, const QString &column)
{
    return table + u'|' + row + u'|' + column;
}

/// What the packages say of each count position, added up here: the published sum, and whether
/// any school withheld it.
struct Expected {
    qint64 published = 0;
    bool withheld = false;
};

QHash<QString, Expected> expectedCounts(const QList<ReadPackage> &packages)
{
    QHash<QString, Expected> out;
    for (const ReadPackage &p : packages)
        for (const PackageTable &t : p.summary.tables)
            for (const PackageRow &r : t.rows)
                for (int c = 0; c < t.columns.size(); ++c) {
                    const PackageValue &v = r.values[c];
                    if (v.kind != ValueKind::Count) continue;
                    Expected &e = out[position(t.id, r.key, t.columns[c].key)];
                    if (v.withheld) e.withheld = true;
                    else e.published += static_cast<qint64>(*v.value);
                }
    return out;
}

/// Schools with random small facts; the first has a grade of one pupil (grade 12, one instrument).
QList<Summary> randomSchools(QRandomGenerator &rng, int n, int k)
{
    QList<Summary> out;
    for (int i = 0; i < n; ++i) {
        SummaryFacts facts = test::randomSchoolFacts(rng);
        if (i == 0) {
            const QString key = u"PHQ-9|12"_s;
            for (const char *m : {"expected", "screened", "band3", "flagged"}) facts.add(m, "instrument_grade", key, 1);
            facts.grades.insert(u"12"_s);
        }
        out << test::schoolSummary(facts, u"G%1"_s.arg(4400 + i), k);
    }
    return out;
}

/// Each school's package in memory, in folder "/p/<school code>".
QList<ReadPackage> inMemory(const QList<Summary> &schools)
{
    QList<ReadPackage> out;
    for (const Summary &s : schools) out << inMemory(s, u"/p/"_s + s.header.schoolCode);
    return out;
}

}  // namespace

TEST_CASE("district merge: property: sums, lower bounds, no small count, no narrow range", "[district][merge][property]")
{
    QRandomGenerator rng(20261207);
    int lowerBounds = 0, exact = 0, relationsChecked = 0, withheldChecked = 0, hiddenRelations = 0;
    for (int round = 0; round < 4; ++round) {
        const int k = round == 3 ? 10 : 5;
        const QList<Summary> schools = randomSchools(rng, 3 + round * 2, k);
        const QList<ReadPackage> packages = inMemory(schools);
        auto merged = mergePackages(packages, MergeOptions{k, u"en"_s});
        INFO("round " << round << ": " << (merged ? QString() : merged.error().message).toStdString());
        REQUIRE(merged.ok());
        const Summary &m = merged->summary;
        CHECK(m.header.k == k);
        CHECK(m.header.schoolName == u"District summary: %1 schools"_s.arg(schools.size()));
        CHECK(merged->sources.size() == schools.size());

        const QHash<QString, Expected> expected = expectedCounts(packages);
        QSet<QString> seen;
        for (const SummaryTable &t : m.tables)
            for (const SummaryRow &r : t.rows)
                for (int c = 0; c < t.columns.size(); ++c) {
                    const SummaryValue &v = r.values[c];
                    if (v.kind != ValueKind::Count) continue;
                    const QString at = position(t.id, r.key, t.columns[c].key);
                    INFO(at.toStdString());
                    REQUIRE(expected.contains(at));
                    seen.insert(at);
                    const Expected &e = expected.value(at);
                    CHECK(m.withheld(v) == e.withheld);
                    if (e.withheld) {
                        CHECK(m.lowerBound(v) == e.published);
                        CHECK(m.text(v) == (e.published > 0 ? u"\u2265%1"_s.arg(e.published) : u"*"_s));
                        lowerBounds += e.published > 0 ? 1 : 0;
                    } else {
                        CHECK(m.text(v) == QString::number(e.published));
                        CHECK_FALSE((e.published >= 1 && e.published < k));
                        ++exact;
                    }
                }
        CHECK(seen.size() == expected.size());  // every school's count is somewhere in the district's tables

        // Every relation the merge states holds for the true sums of the schools' counts.
        QHash<QString, qint64> truth;
        for (const Summary &s : schools)
            for (const disclosure::Cell &c : s.counts.cells())
                if (!c.hidden) truth[position(c.table, c.row, c.column)] += c.value;
        for (const disclosure::Relation &rel : m.counts.relations()) {
            bool visible = true;
            qint64 sum = 0;
            for (int p : rel.parts) {
                const disclosure::Cell &c = m.counts.cells()[p];
                visible = visible && !c.hidden;
                sum += truth.value(position(c.table, c.row, c.column));
            }
            const disclosure::Cell &t = m.counts.cells()[rel.total];
            if (!visible || t.hidden) continue;
            CHECK(sum == truth.value(position(t.table, t.row, t.column)));
            ++relationsChecked;
        }

        // Every withheld count: the audit's range, and a bound of this test's own from each
        // relation with one withheld member left (total − published parts − others' lower bounds).
        auto ranges = disclosure::derivableRanges(m.counts, m.protection.suppressed);
        REQUIRE(ranges.ok());
        for (int i = 0; i < m.counts.size(); ++i) {
            const disclosure::Cell &c = m.counts.cells()[i];
            if (!m.protection.suppressed[i] || c.hidden) continue;
            CHECK((*ranges)[i].width() >= k);
            // The true sum lies in the derived range: no relation the merge states (hidden counts
            // and lower bounds included) excludes the truth.
            const qint64 truthHere = truth.value(position(c.table, c.row, c.column));
            CHECK((*ranges)[i].low <= truthHere);
            CHECK(truthHere <= (*ranges)[i].high);
            ++withheldChecked;
        }
        for (const disclosure::Relation &rel : m.counts.relations())
            hiddenRelations += m.counts.cells()[rel.total].hidden ? 1 : 0;
        for (const disclosure::Relation &rel : m.counts.relations()) {
            if (m.protection.suppressed[rel.total]) continue;
            qint64 rest = m.counts.cells()[rel.total].value;
            QList<int> withheld;
            for (int p : rel.parts) {
                if (m.protection.suppressed[p]) withheld << p;
                rest -= m.protection.suppressed[p] ? m.counts.cells()[p].atLeast : m.counts.cells()[p].value;
            }
            for (int w : withheld) {
                if (m.counts.cells()[w].hidden) continue;
                // w lies in [its bound, its bound + rest]: that interval must be at least k wide.
                CHECK(rest >= k);
            }
        }
    }
    CHECK(lowerBounds > 5);
    CHECK(exact > 100);
    CHECK(relationsChecked > 100);
    CHECK(withheldChecked > 100);
    CHECK(hiddenRelations > 0);  // a grade's flagged over its instruments, across schools
}

TEST_CASE("district merge: numbers summed, percents worked out again, a row per school", "[district][merge]")
{
    QRandomGenerator rng(7);
    const QList<ReadPackage> packages = inMemory(randomSchools(rng, 3, 5));
    auto merged = mergePackages(packages, MergeOptions{5, u"zh_CN"_s});
    REQUIRE(merged.ok());
    const Summary &m = merged->summary;
    const auto table = [&](const QString &id) -> const SummaryTable & {
        for (const SummaryTable &t : m.tables)
            if (t.id == id) return t;
        FAIL("no table " << id.toStdString());
        return m.tables.first();
    };
    const SummaryTable &staffing = table(u"profile.staffing"_s);
    double enrolled = 0;
    for (const ReadPackage &p : packages) enrolled += *p.summary.tables[0].rows[0].values[0].value;
    CHECK(staffing.rows[0].values[0].number == enrolled);
    CHECK(staffing.note.endsWith(u"不作抑制。辅导室开放时长为各校之和。"_s));  // no space between Chinese sentences
    CHECK(staffing.rows[0].label == u"全部学校合计"_s);  // the schools' own row, added up
    const SummaryTable &lessons = table(u"education.lessons"_s);
    const SummaryRow &total = lessons.rows.last();
    CHECK(total.key == u"total"_s);
    CHECK(total.values[3].number == Approx(100.0 * total.values[2].number / total.values[1].number));
    const SummaryTable &schoolsTable = table(u"district.schools"_s);
    REQUIRE(schoolsTable.rows.size() == 3);
    CHECK(schoolsTable.rows[0].key == u"school=G4400"_s);
    CHECK(schoolsTable.rows[0].label.contains(u"初级中学"_s));
    CHECK(m.header.schoolName.contains(u"3"_s));
    // Grades in order, "total" last, in every table by grade.
    QList<int> grades;
    for (const SummaryRow &r : lessons.rows)
        if (r.key.startsWith(u"grade="_s)) grades << r.key.mid(6).toInt();
    CHECK(std::is_sorted(grades.cbegin(), grades.cend()));
}

TEST_CASE("district merge: refuses duplicates, mixed semesters and layouts, and nothing", "[district][merge]")
{
    QRandomGenerator rng(11);
    const QList<Summary> schools = randomSchools(rng, 2, 5);
    const ReadPackage a = inMemory(schools[0], u"/usb/a"_s), b = inMemory(schools[1], u"/usb/b"_s);
    ReadPackage twin = inMemory(schools[0], u"/usb/a-again"_s);
    auto duplicate = mergePackages({a, b, twin}, {});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::InvalidInput);
    CHECK(duplicate.error().message.contains(u"/usb/a"_s));
    CHECK(duplicate.error().message.contains(u"/usb/a-again"_s));

    ReadPackage spring = b;
    spring.summary.header.semester = u"2027 spring"_s;
    auto mixed = mergePackages({a, spring}, {});
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.contains(u"2027 spring"_s));
    CHECK(mixed.error().message.contains(u"/usb/b"_s));

    ReadPackage newer = b;
    newer.summary.header.layoutVersion = 2;
    auto layouts = mergePackages({a, newer}, {});
    REQUIRE_FALSE(layouts.ok());
    CHECK(layouts.error().message.contains(u"/usb/b"_s));

    CHECK(mergePackages({}, {}).error().code == ErrorCode::InvalidInput);

    // A district's merged package is not a school's: it is not merged again.
    auto district = mergePackages({a, b}, MergeOptions{5, u"en"_s});
    REQUIRE(district.ok());
    const ReadPackage merged = inMemory(district->summary, u"/usb/district"_s);
    auto again = mergePackages({a, merged}, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"/usb/district"_s));
}

namespace {

/// A hand-made school package: one grade's screened = invalid + the bands (band 1 and band 2
/// counted, the rest 0), `withheld` per column, the relation stated in summary.json or not.
ReadPackage handMade(const QString &code, qint64 band1, qint64 band2, const QVector<bool> &withheld, bool related = true)
{
    Summary s;
    s.header.generator = u"hand-made"_s;
    s.header.layoutId = u"hand-made"_s;
    s.header.layoutVersion = 1;
    s.header.language = u"en"_s;
    s.header.schoolCode = code;
    s.header.semester = u"2026 autumn"_s;
    s.header.k = 5;
    SummaryTable t{u"monitoring.bands"_s, u"monitoring"_s, u"Bands"_s, {}, {}, {}};
    // The layout's columns of the relation screened = invalid + the bands (SummaryCatalogue).
    const QStringList measures{u"screened"_s, u"invalid"_s, u"band1"_s, u"band2"_s,
                               u"band3"_s,    u"band4"_s,   u"band5"_s};
    const QList<qint64> values{band1 + band2, 0, band1, band2, 0, 0, 0};
    SummaryRow row{u"grade=7"_s, u"Grade 7"_s, {}};
    QList<int> cells;
    for (int m = 0; m < measures.size(); ++m) {
        const QString label = m >= 2 ? u"Band %1"_s.arg(m - 1) : measures.at(m);
        t.columns << SummaryColumn{measures.at(m), label, ValueKind::Count};
        cells << s.counts.add(t.id, row.key, measures.at(m), values.at(m), m >= 3);
        row.values << SummaryValue::ofCount(cells.last());
    }
    if (related) s.counts.breakDown(cells.first(), cells.mid(1));
    t.rows << row;
    s.tables << t;
    s.protection.suppressed = withheld;
    return inMemory(s, u"/usb/"_s + code.toLower());
}

}  // namespace

TEST_CASE("district merge: the audit refuses packages whose own suppression is too weak", "[district][merge]")
{
    // A hand-made school withheld a small count but published the rest of its row and the total,
    // so its own figures give the withheld part away exactly (PackageDisclosure.h).
    const ReadPackage weak = handMade(u"W1"_s, 17, 3, {false, false, false, true, false, false, false});
    const Status refused = checkPackageDisclosure(weak);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"/usb/w1"_s));
    CHECK(refused.error().message.contains(u"not safe to add"_s));
    CHECK(refused.error().message.contains(u"Bands"_s));
    CHECK(refused.error().message.contains(u"Grade 7"_s));
    // With band 1 withheld as well, the package is safe.
    const Status safe = checkPackageDisclosure(handMade(u"W1"_s, 17, 3, {false, false, true, true, false, false, false}));
    INFO((safe ? QString() : safe.error().message).toStdString());
    CHECK(safe.ok());
}

TEST_CASE("district merge: a k above a package's is refused, naming the package", "[district][merge]")
{
    QRandomGenerator rng(5);
    const QList<ReadPackage> packages = inMemory(randomSchools(rng, 3, 5));  // made with k = 5
    auto refused = mergePackages(packages, MergeOptions{10, u"en"_s});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(packages[0].dir)));
    CHECK(refused.error().message.contains(u"k = 5"_s));
    // Without a k asked for, the district's k is 5.
    auto merged = mergePackages(packages, MergeOptions{});
    INFO((merged ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    CHECK(merged->summary.header.k == 5);
}

TEST_CASE("district merge: a package that leaves out a relation or publishes a small count is refused",
          "[district][merge]")
{
    // Built as an exporter would, then changed as a hand could: a relation taken out of
    // summary.json, or a small count published. The layout's relations are known to every reader.
    SECTION("screened = the bands, left out of summary.json")
    {
        for (const QVector<bool> &withheld : {QVector<bool>{false, false, false, true, false, false, false},
                                              QVector<bool>{false, false, true, true, false, false, false}}) {
            const Status refused = checkPackageDisclosure(handMade(u"W1"_s, 17, 3, withheld, false));
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(u"/usb/w1"_s));
            CHECK(refused.error().message.contains(u"sum of its parts"_s));
        }
    }
    SECTION("a count of 3 published at k = 5")
    {
        const Status refused =
            checkPackageDisclosure(handMade(u"W1"_s, 17, 3, {false, false, false, false, false, false, false}, true));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"/usb/w1"_s));
        CHECK(refused.error().message.contains(u"from 1 to 4"_s));
    }
    SECTION("counts that do not add up, the first total that disagrees named")
    {
        ReadPackage wrong = handMade(u"W1"_s, 17, 0, {false, false, false, false, false, false, false}, true);
        wrong.summary.tables[0].rows[0].values[0].value = 10;  // screened below its published bands
        const Status refused = checkPackageDisclosure(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"do not add up"_s));
        CHECK(refused.error().message.contains(u"in \"Bands\", row \"Grade 7\", column \"screened\""_s));
    }
    SECTION("the same row stated twice")
    {
        ReadPackage twice = handMade(u"W1"_s, 17, 3, {false, false, true, true, false, false, false}, true);
        twice.summary.tables[0].rows << twice.summary.tables[0].rows[0];
        const Status refused = checkPackageDisclosure(twice);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"/usb/w1"_s));
        CHECK(refused.error().message.contains(u"twice"_s));
    }
}
