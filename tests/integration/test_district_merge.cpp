// The district merge on packages written to a drive (core/district/DistrictMerge.h,
// docs/district-merge.md): a folder of packages expanded, merged, written as a verified package
// that lists what went in; a changed or cut-off package rejected naming its folder and file; and
// the CLI's `district merge` in one run, its PDF read back with pdftotext.

#include "district/DistrictMerge.h"

#include "support/TestDistrictSchools.h"
#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cd;
using namespace cd::district;

namespace {

/// Three random small schools' packages in `drive` (one with a grade of a single pupil).
QStringList writeSchools(const QString &drive, quint32 seed)
{
    return test::writeSmallSchools(drive, seed, 3, u"G"_s, 5500);
}

QList<ReadPackage> collected(const QStringList &dirs)
{
    auto all = collectPackages(dirs);
    REQUIRE(all.ok());
    QList<ReadPackage> out;
    for (const CollectedPackage &c : *all) {
        INFO(c.problem.toStdString());
        REQUIRE(c.package.has_value());
        out << *c.package;
    }
    return out;
}

/// The first file of `dir` whose name ends with `suffix`.
QString fileOf(const QString &dir, const QString &suffix)
{
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name))
        if (name.endsWith(suffix)) return QDir(dir).filePath(name);
    FAIL("no " << suffix.toStdString() << " in " << dir.toStdString());
    return {};
}

}  // namespace

TEST_CASE("district merge: a drive of packages merged, written, read back with what went in", "[district][merge]")
{
    QTemporaryDir drive, out;
    const QStringList dirs = writeSchools(drive.path(), 31);
    const QList<ReadPackage> packages = collected({drive.path()});  // the folder holding them, expanded
    REQUIRE(packages.size() == 3);
    auto merged = mergePackages(packages, MergeOptions{5, u"en"_s});
    INFO((merged ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    const RenderedPdf pdf = test::pdfOf(merged->summary, RenderedPdf{QByteArray("%PDF-1.4\n%%EOF\n"), {}, {}});
    auto written = writeMergedPackage(*merged, pdf, out.path());
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(QFileInfo(written->path).fileName() == u"district_2026_autumn"_s);

    auto back = readPackage(written->path);
    REQUIRE(back.ok());
    CHECK(back->manifestSha256 == written->manifestSha256);
    REQUIRE(back->manifest.inputs.size() == 3);
    for (const ReadPackage &p : packages)
        CHECK(back->manifest.inputs.contains(PackageInput{p.summary.header.schoolCode, p.manifestSha256}));
    int bounds = 0;
    for (const PackageTable &t : back->summary.tables)
        for (const PackageRow &r : t.rows)
            for (const PackageValue &v : r.values) bounds += v.atLeast > 0 ? 1 : 0;
    CHECK(bounds == merged->lowerBounds);
    CHECK(back->summary.header.schoolCode.isEmpty());

    // The merged package is written once; again only with Replace.
    CHECK(writeMergedPackage(*merged, pdf, out.path()).error().code == ErrorCode::AlreadyExists);
    CHECK(writeMergedPackage(*merged, pdf, out.path(), {}, nullptr, ExistingPackage::Replace).ok());
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 1);
}

TEST_CASE("district merge: a changed CSV or a cut-off summary.json rejects that package, naming it", "[district][merge]")
{
    QTemporaryDir drive;
    const QStringList dirs = writeSchools(drive.path(), 32);
    {
        QFile csv(fileOf(dirs[1], u".csv"_s));
        REQUIRE(csv.open(QIODevice::ReadWrite));
        csv.seek(csv.size() - 3);
        const char c = csv.peek(1).at(0);
        csv.write(QByteArray(1, c == '1' ? '2' : '1'));
    }
    {
        QFile json(QDir(dirs[2]).filePath(u"summary.json"_s));
        REQUIRE(json.open(QIODevice::ReadWrite));
        REQUIRE(json.resize(json.size() / 2));
    }
    auto all = collectPackages({drive.path()});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).package.has_value());
    for (int i : {1, 2}) {
        INFO(all->at(i).problem.toStdString());
        CHECK_FALSE(all->at(i).package.has_value());
        CHECK(all->at(i).problem.startsWith(QDir::toNativeSeparators(dirs[i])));
    }
    CHECK(all->at(1).problem.contains(QFileInfo(fileOf(dirs[1], u".csv"_s)).fileName()));
    CHECK(all->at(1).problem.contains(u"checksum"_s));
    CHECK(all->at(2).problem.contains(u"summary.json"_s));
    CHECK(all->at(2).problem.contains(u"shorter"_s));
}

TEST_CASE("district merge: the CLI merges a drive of packages, and its PDF shows the lower bounds", "[district][merge][cli]")
{
    QTemporaryDir drive, out;
    const QStringList dirs = writeSchools(drive.path(), 33);
    const auto run = [](const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CD_CLI_PATH), args);
        REQUIRE(process.waitForFinished(120000));
        return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [code, stdOut, stdErr] =
        run({u"district"_s, u"merge"_s, drive.path(), u"--out"_s, out.path(), u"--language"_s, u"en"_s});
    INFO(stdErr.toStdString());
    REQUIRE(code == 0);
    const QString folder = QDir(out.path()).filePath(u"district_2026_autumn"_s);
    CHECK(stdOut.contains(QDir::toNativeSeparators(folder)));
    auto back = readPackage(folder);
    REQUIRE(back.ok());
    CHECK(stdOut.contains(u"sha256\t"_s + QString::fromLatin1(back->manifestSha256)));
    CHECK(stdOut.contains(u"lower_bounds\t"_s));
    CHECK(stdOut.contains(u"k\t5\n"_s));  // the district's k, 5 unless asked
    CHECK(stdOut.contains(u"(k = 5)"_s));

    // Refused before anything is read: k outside 2 to 1000, --out a file, a folder with no package.
    for (const char *k : {"0", "1", "1001"}) {
        const auto [kCode, kOut, kErr] = run({u"district"_s, u"merge"_s, drive.path(), u"--out"_s, out.path(),
                                              u"--k"_s, QString::fromLatin1(k)});
        CHECK(kCode == 2);
        CHECK(kErr.contains(u"from 2 to 1000"_s));
    }
    const QString file = QDir(out.path()).filePath(u"district_2026_autumn/summary.json"_s);
    const auto [fileCode, fileOut, fileErr] = run({u"district"_s, u"merge"_s, drive.path(), u"--out"_s, file});
    CHECK(fileCode == 1);
    CHECK(fileErr.contains(u"is a file, not a folder"_s));
    QTemporaryDir nothing;
    const auto [noneCode, noneOut, noneErr] = run({u"district"_s, u"merge"_s, nothing.path(), u"--out"_s, out.path()});
    CHECK(noneCode == 1);
    CHECK(noneErr.contains(u"No package found in"_s));
    const auto [helpCode, helpOut, helpErr] = run({u"district"_s, u"merge"_s, u"--help"_s});
    CHECK(helpCode == 0);
    CHECK(helpOut.contains(u"--k"_s));
    CHECK_FALSE(helpOut.contains(u"passphrase-stdin"_s));  // a merge reads no passphrase

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty());
    {
        QProcess text;
        text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, QDir(folder).filePath(u"summary.pdf"_s), u"-"_s});
        REQUIRE(text.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(pdf.contains(u"District summary: 3 schools"_s));
        CHECK(pdf.contains(u"\u2265"_s));
        CHECK(pdf.contains(u"The schools"_s));
        // To look at the pages: CD_DOCUMENT_PNG_DIR=/tmp/pages (as the other PDF tests).
        if (const QString pages = qEnvironmentVariable("CD_DOCUMENT_PNG_DIR"); !pages.isEmpty()) {
            QDir().mkpath(pages);
            QProcess::execute(QStandardPaths::findExecutable(u"pdftoppm"_s),
                              {u"-png"_s, u"-r"_s, u"60"_s, QDir(folder).filePath(u"summary.pdf"_s),
                               QDir(pages).filePath(u"district-merge"_s)});
        }
    }

    // A changed package: every rejected one named with its file, exit code 4, nothing written.
    QFile csv(fileOf(dirs[0], u".csv"_s));
    REQUIRE(csv.open(QIODevice::Append));
    csv.write("x");
    csv.close();
    QTemporaryDir out2;
    const auto [badCode, badOut, badErr] = run({u"district"_s, u"merge"_s, dirs[0], dirs[1], u"--out"_s, out2.path()});
    CHECK(badCode == 4);
    CHECK(badErr.contains(QDir::toNativeSeparators(dirs[0])));
    CHECK(badErr.contains(QFileInfo(csv.fileName()).fileName()));
    CHECK(QDir(out2.path()).isEmpty());
}
