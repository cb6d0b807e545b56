// The district merge accepts a school's package only when it is exactly what a CounselDesk
// exporter could have written for its layout (core/district/PackageConformance.h,
// docs/district-merge.md, "What the merge does not trust"): packages written by the exporter, then
// changed as a hand could, with the manifest's checksums recomputed (the tester's attacks), are
// refused naming the folder and where; k is the one asked for (5 unless chosen); and collecting
// says what is wrong with a folder (unreadable, empty, a link, given twice, a district summary).

#include "district/DistrictMerge.h"
#include "district/PackageDisclosure.h"

#include "support/TestDistrictSchools.h"
#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace cd;
using namespace cd::district;

namespace {

/// Two random small schools' packages in `drive`; the first has grade 12 (one pupil screened)
/// and is made with `firstK`.
QStringList twoSchools(const QString &drive, quint32 seed, int firstK = 5)
{
    return test::writeSmallSchools(drive, seed, 2, u"S"_s, 7700, firstK);
}

ReadPackage read(const QString &dir)
{
    auto p = readPackage(dir);
    INFO((p ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return *p;
}

PackageTable &tableOf(ReadPackage &p, const QString &id)
{
    for (PackageTable &t : p.summary.tables)
        if (t.id == id) return t;
    FAIL("no table " << id.toStdString());
    return p.summary.tables.first();
}

int columnOf(const PackageTable &t, const QString &key)
{
    for (int c = 0; c < t.columns.size(); ++c)
        if (t.columns.at(c).key == key) return c;
    FAIL("no column " << key.toStdString());
    return -1;
}

/// The message of `changed`'s refusal when merged with `other`, which names `changed`'s folder.
QString refusal(const ReadPackage &changed, const ReadPackage &other)
{
    auto merged = mergePackages({changed, other}, {});
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().code == ErrorCode::InvalidInput);
    CHECK(merged.error().message.contains(QDir::toNativeSeparators(changed.dir)));
    return merged.error().message;
}

/// The first cell of summary.json (a JSON object) matching `pick`, changed by `edit`.
void editFirstCell(QJsonObject &summary, const std::function<bool(const QString &table, const QString &column,
                                                                   const QJsonObject &cell)> &pick,
                   const std::function<void(QJsonObject &cell)> &edit)
{
    QJsonArray tables = summary.value(u"tables"_s).toArray();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QJsonObject table = tables.at(t).toObject();
        const QJsonArray columns = table.value(u"columns"_s).toArray();
        QJsonArray rows = table.value(u"rows"_s).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QJsonObject row = rows.at(r).toObject();
            QJsonArray cells = row.value(u"cells"_s).toArray();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                QJsonObject cell = cells.at(c).toObject();
                if (!pick(table.value(u"id"_s).toString(), columns.at(c).toObject().value(u"key"_s).toString(), cell))
                    continue;
                edit(cell);
                cells[c] = cell;
                row.insert(u"cells"_s, cells);
                rows[r] = row;
                table.insert(u"rows"_s, rows);
                tables[t] = table;
                summary.insert(u"tables"_s, tables);
                return;
            }
        }
    }
    FAIL("no such cell");
}

bool withheldCount(const QString &, const QString &, const QJsonObject &cell)
{
    return cell.value(u"withheld"_s).toBool() && cell.value(u"kind"_s).toString() == u"count"_s;
}

/// readPackage's refusal of a copy of the package in `dir` after `edit`.
QString readRefusal(const QString &dir, const std::function<void(QJsonObject &, QJsonObject &)> &edit)
{
    static int copies = 0;
    const QString copy = dir + u"_copy%1"_s.arg(++copies);
    REQUIRE(QDir().mkpath(copy));
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(dir).filePath(name), QDir(copy).filePath(name)));
    test::editPackage(copy, edit);
    auto p = readPackage(copy);
    REQUIRE_FALSE(p.ok());
    return p.error().message;
}

}  // namespace

TEST_CASE("district merge strict: only the layout's tables, rows, labels and flags, no lower bound, every relation",
          "[district][merge][strict]")
{
    QTemporaryDir drive;
    const QStringList dirs = twoSchools(drive.path(), 41);
    const ReadPackage a = read(dirs[0]), b = read(dirs[1]);
    {
        auto asWritten = mergePackages({a, b}, {});  // the exporter's packages as they are: merged
        INFO((asWritten ? QString() : asWritten.error().message).toStdString());
        REQUIRE(asWritten.ok());
    }
    {  // a row the layout does not define (a name as a risk level)
        ReadPackage p = a;
        PackageTable &t = tableOf(p, u"intervention.crisis"_s);
        PackageRow planted = t.rows.first();
        planted.key = u"level=陈静霞"_s;
        planted.label = u"陈静霞"_s;
        planted.values[0].id = u"c99999"_s;
        planted.values[0].withheld = false;
        planted.values[0].value = 0;
        t.rows.insert(t.rows.size() - 1, planted);
        const QString message = refusal(p, b);
        CHECK(message.contains(u"intervention.crisis"_s));
        CHECK(message.contains(u"level=陈静霞"_s));
        CHECK(message.contains(u"export the package again"_s));
    }
    for (const QString &code : {QString(65, u'X'), u"PHQ\u0007"_s}) {
        // an instrument's code no exporter writes (too long, a control character), consistently
        // in its rows and labels
        ReadPackage p = a;
        int renamed = 0;
        for (PackageTable &t : p.summary.tables)
            for (PackageRow &r : t.rows)
                if (r.key.startsWith(u"instrument=PHQ-9"_s)) {
                    r.key.replace(u"PHQ-9"_s, code);
                    r.label.replace(u"PHQ-9"_s, code);
                    ++renamed;
                }
        REQUIRE(renamed > 0);
        CHECK(refusal(p, b).contains(u"instrument="_s + code));
    }
    {  // the grade-12 row dropped from one table by grade
        ReadPackage p = a;
        PackageTable &t = tableOf(p, u"counseling.students"_s);
        REQUIRE(t.rows.at(t.rows.size() - 2).key == u"grade=12"_s);
        t.rows.removeAt(t.rows.size() - 2);
        const QString message = refusal(p, b);
        CHECK(message.contains(u"counseling.students"_s));
        CHECK(message.contains(u"lacks the row \"grade=12\""_s));
    }
    {  // a table dropped
        ReadPackage p = a;
        p.summary.tables.removeIf([](const PackageTable &t) { return t.id == u"counseling.groups"_s; });
        CHECK(refusal(p, b).contains(u"no table \"counseling.groups\""_s));
    }
    {  // a row's label changed
        ReadPackage p = a;
        tableOf(p, u"counseling.cases"_s).rows[0].label = u"陈静霞"_s;
        CHECK(refusal(p, b).contains(u"label"_s));
    }
    {  // a lower bound on a withheld count (a merged package's field)
        ReadPackage p = a;
        bool set = false;
        for (PackageTable &t : p.summary.tables)
            for (PackageRow &r : t.rows)
                for (PackageValue &v : r.values)
                    if (!set && v.withheld && v.kind == ValueKind::Count) {
                        v.atLeast = 6;
                        set = true;
                    }
        REQUIRE(set);
        CHECK(refusal(p, b).contains(u"at_least"_s));
    }
    {  // a sensitive count no longer marked sensitive
        ReadPackage p = a;
        PackageTable &t = tableOf(p, u"intervention.crisis"_s);
        t.rows[0].values[0].sensitive = false;
        CHECK(refusal(p, b).contains(u"sensitive"_s));
    }
    {  // the relations emptied
        ReadPackage p = a;
        p.summary.relations.clear();
        CHECK(refusal(p, b).contains(u"sum of its parts"_s));
    }
    {  // the same school's code cased and spaced otherwise is the same school
        ReadPackage again = a;
        again.dir += u"-again"_s;
        again.summary.header.schoolCode = u" "_s + a.summary.header.schoolCode.toLower();
        auto merged = mergePackages({a, again}, {});
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.error().message.contains(u"same school"_s));
    }
    {  // every relation stated twice
        ReadPackage p = a;
        p.summary.relations += p.summary.relations;
        CHECK(refusal(p, b).contains(u"twice"_s));
    }
    {  // no relation said to break one group down (where the near-total rule applies)
        ReadPackage p = a;
        for (PackageRelation &r : p.summary.relations) r.breakdown = false;
        CHECK(refusal(p, b).contains(u"break one group down"_s));
    }
    {  // a number withheld, which the district would add up as 0 with no mark
        ReadPackage p = a;
        PackageValue *number = nullptr;
        for (PackageTable &t : p.summary.tables)
            for (PackageRow &r : t.rows)
                for (PackageValue &v : r.values)
                    if (!number && v.kind == ValueKind::Number) number = &v;
        REQUIRE(number != nullptr);
        number->withheld = true;
        number->value.reset();
        CHECK(refusal(p, b).contains(u"number marked withheld"_s));
    }
}

TEST_CASE("district package check: a sensitive count published within k - 1 of its total is refused",
          "[district][merge][strict]")
{
    QTemporaryDir drive;
    const QStringList dirs = twoSchools(drive.path(), 41);
    ReadPackage p = read(dirs[0]);
    const int k = p.summary.header.k;
    QHash<QString, PackageValue *> byId;
    for (PackageTable &t : p.summary.tables)
        for (PackageRow &r : t.rows)
            for (PackageValue &v : r.values)
                if (v.kind == ValueKind::Count) byId.insert(v.id, &v);
    // A group's total the school published: all of it put in a sensitive category, the others 0
    // (what a reviewer did to self-harm cases: 11 new, 0 continuing, where they were withheld).
    bool planted = false;
    for (const PackageRelation &rel : std::as_const(p.summary.relations)) {
        const PackageValue *total = byId.value(rel.total);
        if (planted || !rel.breakdown || !total || total->withheld || total->value.value_or(0) < k) continue;
        QList<PackageValue *> parts;
        PackageValue *sensitive = nullptr;
        for (const QString &id : rel.parts) parts << byId.value(id);
        if (parts.size() < 2 || parts.contains(nullptr)) continue;
        for (PackageValue *v : std::as_const(parts))
            if (!sensitive && v->sensitive) sensitive = v;
        if (!sensitive) continue;
        for (PackageValue *v : std::as_const(parts)) {
            v->withheld = false;
            v->value = v == sensitive ? *total->value : 0.0;
        }
        planted = true;
    }
    REQUIRE(planted);
    auto checked = checkPackageDisclosure(p);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().message.contains(u"sensitive count within %1 of its total"_s.arg(k - 1)));
}

TEST_CASE("district merge strict: percents and the funding per student as the exporter works them out",
          "[district][merge][strict]")
{
    QTemporaryDir drive;
    const QStringList dirs = twoSchools(drive.path(), 42);
    const ReadPackage a = read(dirs[0]), b = read(dirs[1]);
    {  // funding per student 999
        ReadPackage p = a;
        PackageTable &t = tableOf(p, u"profile.staffing"_s);
        t.rows[0].values[columnOf(t, u"funding_per_student"_s)].value = 999;
        CHECK(refusal(p, b).contains(u"states 999.0, but its funding and students enrolled give 0.0"_s));
    }
    {  // a coverage that its counts do not give
        ReadPackage p = a;
        // The school with a published coverage (a small school's may all be withheld).
        ReadPackage q = b;
        PackageValue *coverage = nullptr;
        for (ReadPackage *changed : {&p, &q}) {
            PackageTable &t = tableOf(*changed, u"monitoring.participation"_s);
            const int c = columnOf(t, u"coverage"_s);
            for (PackageRow &r : t.rows)
                if (!coverage && !r.values[c].withheld) coverage = &r.values[c];
            if (coverage) {
                p = *changed;  // keep the package whose coverage changes as p, the other as q
                q = changed == &p ? b : a;
                break;
            }
        }
        REQUIRE(coverage);
        PackageTable &t = tableOf(p, u"monitoring.participation"_s);
        const int c = columnOf(t, u"coverage"_s);
        for (PackageRow &r : t.rows)
            if (!r.values[c].withheld) {
                *r.values[c].value = *r.values[c].value >= 50 ? *r.values[c].value - 10 : *r.values[c].value + 10;
                break;
            }
        const QString message = refusal(p, q);
        CHECK(message.contains(u"coverage"_s));
        CHECK(message.contains(u"but its counts give"_s));
    }
    {  // a percent published though its counts are withheld
        ReadPackage p = a;
        bool set = false;
        for (PackageTable &t : p.summary.tables)
            for (PackageRow &r : t.rows)
                for (PackageValue &v : r.values)
                    if (!set && v.withheld && v.kind == ValueKind::Percent) {
                        v.withheld = false;
                        v.value = 50.0;
                        set = true;
                    }
        REQUIRE(set);
        CHECK(refusal(p, b).contains(u"is published, though its counts are withheld"_s));
    }
}

TEST_CASE("district package reader: no negative number, no null or small bound on a withheld count, the headers agree",
          "[district][package][strict]")
{
    QTemporaryDir drive;
    const QString dir = twoSchools(drive.path(), 43).first();
    {  // negative funding
        const QString message = readRefusal(dir, [](QJsonObject &s, QJsonObject &) {
            editFirstCell(s, [](const QString &, const QString &column, const QJsonObject &) {
                return column == u"funding_yuan"_s;
            }, [](QJsonObject &cell) { cell.insert(u"value"_s, -1000); });
        });
        CHECK(message.contains(u"a negative value"_s));
    }
    {  // a withheld count with "value": null
        const QString message = readRefusal(dir, [](QJsonObject &s, QJsonObject &) {
            editFirstCell(s, withheldCount, [](QJsonObject &cell) { cell.insert(u"value"_s, QJsonValue::Null); });
        });
        CHECK(message.contains(u"a withheld value has a value"_s));
    }
    {  // at_least 3 at k = 5
        const QString message = readRefusal(dir, [](QJsonObject &s, QJsonObject &) {
            editFirstCell(s, withheldCount, [](QJsonObject &cell) { cell.insert(u"at_least"_s, 3); });
        });
        CHECK(message.contains(u"lower bound of 3, below k = 5"_s));
    }
    {  // k 2 in summary.json, 5 in the manifest
        const QString message = readRefusal(dir, [](QJsonObject &s, QJsonObject &) {
            QJsonObject h = s.value(u"header"_s).toObject();
            h.insert(u"k"_s, 2);
            s.insert(u"header"_s, h);
        });
        CHECK(message.contains(u"says its k is \"2\", but manifest.json says \"5\""_s));
    }
    {  // another school code in the manifest
        const QString message = readRefusal(dir, [](QJsonObject &, QJsonObject &m) {
            m.insert(u"school_code"_s, u"S9999"_s);
        });
        CHECK(message.contains(u"school_code is \"S7700\", but manifest.json says \"S9999\""_s));
    }
    {  // language fr
        const QString message = readRefusal(dir, [](QJsonObject &s, QJsonObject &) {
            QJsonObject h = s.value(u"header"_s).toObject();
            h.insert(u"language"_s, u"fr"_s);
            s.insert(u"header"_s, h);
        });
        CHECK(message.contains(u"\"fr\""_s));
    }
}

TEST_CASE("district merge strict: k is 5 unless asked, and a package with a smaller k is refused", "[district][merge][strict]")
{
    QTemporaryDir drive;
    const QStringList dirs = twoSchools(drive.path(), 44, 2);  // the first exported with --k 2
    const ReadPackage weak = read(dirs[0]), other = read(dirs[1]);
    auto refused = mergePackages({weak, other}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(weak.dir)));
    CHECK(refused.error().message.contains(u"exported with k = 2, below the 5 asked for"_s));
    auto asked = mergePackages({weak, other}, MergeOptions{2, u"en"_s});
    INFO((asked ? QString() : asked.error().message).toStdString());
    REQUIRE(asked.ok());
    CHECK(asked->summary.header.k == 2);
    auto stricter = mergePackages({other}, {});  // exported with 5: the district's k is 5
    REQUIRE(stricter.ok());
    CHECK(stricter->summary.header.k == 5);
    for (int k : {0, 1, 1001})
        CHECK(mergePackages({other}, MergeOptions{k, u"en"_s}).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("district collect: unreadable, empty, linked, twice, and a district summary in the folder",
          "[district][merge][strict]")
{
    QTemporaryDir drive, empty, deep;
    const QStringList dirs = twoSchools(drive.path(), 45);
    SECTION("a folder with no package, or packages two levels down")
    {
        const QString twoDown = QDir(deep.path()).filePath(u"inner/package"_s);
        REQUIRE(QDir().mkpath(twoDown));
        QFile manifest(QDir(twoDown).filePath(u"manifest.json"_s));
        REQUIRE(manifest.open(QIODevice::WriteOnly));
        for (const QString &folder : {empty.path(), deep.path()}) {
            auto all = collectPackages({folder});
            REQUIRE_FALSE(all.ok());
            CHECK(all.error().code == ErrorCode::InvalidInput);
            CHECK(all.error().message.contains(u"No package found in %1"_s.arg(QDir::toNativeSeparators(folder))));
        }
    }
    SECTION("a link to a package, and the same package twice (a trailing slash), read once")
    {
        const QString link = QDir(empty.path()).filePath(u"link"_s);
        REQUIRE(QFile::link(dirs[0], link));
        auto all = collectPackages({link, dirs[0] + u"/"_s, dirs[0], dirs[1]});
        REQUIRE(all.ok());
        REQUIRE(all->size() == 2);
        for (const CollectedPackage &c : *all) {
            INFO(c.problem.toStdString());
            CHECK(c.package.has_value());
        }
    }
    SECTION("a package folder this account cannot read")
    {
        if (::geteuid() == 0) {
            WARN("root reads whatever the permissions say: not checked");
            return;
        }
        REQUIRE(::chmod(QFile::encodeName(dirs[0]).constData(), 0) == 0);
        auto all = collectPackages({dirs[0]});
        ::chmod(QFile::encodeName(dirs[0]).constData(), 0700);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        CHECK(all->at(0).problem.contains(u"cannot be read (permission denied?)"_s));
        // Its files unreadable (export makes them 0600, another account merges).
        const QString manifest = QDir(dirs[1]).filePath(u"manifest.json"_s);
        REQUIRE(::chmod(QFile::encodeName(manifest).constData(), 0) == 0);
        auto files = collectPackages({dirs[1]});
        ::chmod(QFile::encodeName(manifest).constData(), 0600);
        REQUIRE(files.ok());
        CHECK(files->at(0).problem.contains(u"manifest.json of the package cannot be read (permission denied?)"_s));
    }
    SECTION("a district summary beside the packages: skipped when scanning, refused when given")
    {
        auto merged = mergePackages({read(dirs[0]), read(dirs[1])}, {});
        REQUIRE(merged.ok());
        const RenderedPdf pdf = test::pdfOf(merged->summary, RenderedPdf{QByteArray("%PDF-1.4\n%%EOF\n"), {}, {}});
        auto written = writeMergedPackage(*merged, pdf, drive.path());
        REQUIRE(written.ok());
        auto folders = findPackageFolders({drive.path()});
        REQUIRE(folders.ok());
        CHECK(folders->packages.size() == 2);
        CHECK(folders->districtSummaries == QStringList{written->path});
        auto all = collectPackages({drive.path()});
        REQUIRE(all.ok());
        REQUIRE(all->size() == 3);
        CHECK(all->at(0).problem.contains(u"skipped: it is a district summary"_s));
        auto given = collectPackages({written->path});
        REQUIRE(given.ok());
        REQUIRE(given->at(0).package.has_value());
        auto again = mergePackages({*given->at(0).package, read(dirs[0])}, {});
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(u"is a district summary"_s));
        // Written again into the same folder: the district's package, not "a package for this school".
        auto twice = writeMergedPackage(*merged, pdf, drive.path());
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message.contains(u"The district package of this semester is already in"_s));
    }
}

TEST_CASE("district summary: every table by grade has every grade any of them counts in", "[district][merge][strict]")
{
    // A grade that only the counseling table counts in (a pupil seen in a grade the roster no
    // longer shows) is a row of every table by grade: the merge refuses a table missing one.
    QRandomGenerator rng(46);
    SummaryFacts facts = test::randomSchoolFacts(rng);
    facts.grades.remove(u"3"_s);
    for (const char *m : {"students_seen", "seen_female"}) facts.add(m, "grade", u"3"_s, 6);
    const Summary s = test::schoolSummary(facts, u"S7800"_s);
    for (const SummaryTable &t : s.tables) {
        if (t.id != u"education.lessons"_s && t.id != u"monitoring.followups"_s && t.id != u"counseling.students"_s)
            continue;
        INFO(t.id.toStdString());
        CHECK(std::any_of(t.rows.cbegin(), t.rows.cend(), [](const SummaryRow &r) { return r.key == u"grade=3"_s; }));
    }
}
