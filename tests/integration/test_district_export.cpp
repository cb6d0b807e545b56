// counseldesk-cli export-district as the room lead would run it: the real binary on a demo vault
// with a school profile saved. The package is written, read back by PackageReader and verified;
// one audit row `district.export` holds the manifest's SHA-256; the PDF's text (pdftotext) names
// the school code and shows the withheld mark. Refused with a message and nothing written: an
// unknown semester, k = 1, no profile, and a package already there without --replace.

#include "demo/DemoSchool.h"
#include "district/PackageReader.h"
#include "district/SchoolProfiles.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCode = u"4401069901"_s;

/// A demo school of 300 students; its profile saved when `withProfile`.
void populate(const TempVault &tv, bool withProfile)
{
    auto v = tv.open();
    REQUIRE(demo::populateDemo(*v, 7, kLeadPassphrase, 300).ok());
    if (!withProfile) return;
    auto p = district::SchoolProfiles(*v).load();
    REQUIRE(p.ok());
    p->districtCode = kCode;
    p->studentsEnrolled = 300;
    p->counselorsFullTime = 1;
    p->fundingYuan = 3000;
    REQUIRE(district::SchoolProfiles(*v).save(*p).ok());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList exportDetails(const TempVault &tv)
{
    auto v = tv.open();
    auto stmt = v->database().prepare(u"SELECT detail FROM audit_log WHERE action = 'district.export' ORDER BY seq"_s);
    REQUIRE(stmt.ok());
    auto details = collectRows(*stmt, [](storage::Statement &row) { return row.text(0); });
    REQUIRE(details.ok());
    return *details;
}

CliRun exportTo(const TempVault &tv, const QString &out, const QStringList &more = {})
{
    return runCliAsLead(QStringList{u"export-district"_s, tv.dir(), u"--out"_s, out} + more);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

TEST_CASE("cli export-district: the package is written, verified, and audited with its checksum", "[cli][district]")
{
    TempVault tv;
    populate(tv, true);
    QTemporaryDir drive;
    const CliRun run = exportTo(tv, drive.path(), {u"--language"_s, u"en"_s});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"can now be removed"_s));

    const QStringList there = entries(drive.path());
    REQUIRE(there.size() == 1);
    CHECK(there.first().startsWith(u"summary_"_s + kCode));
    const QString dir = QDir(drive.path()).filePath(there.first());
    CHECK(run.out.contains(QDir::toNativeSeparators(dir)));
    auto back = district::readPackage(dir);
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    CHECK(back->manifest.schoolCode == kCode);
    CHECK(back->manifest.k == 5);
    REQUIRE(back->summary.withheldValues > 0);
    // Counts of students withheld, then every value shown as * (those and their percents): the GUI's words.
    const QRegularExpressionMatch figures =
        QRegularExpression(u"Counts withheld: (\\d+)\\. Values shown as \\* \\(these counts and the percents that "
                           "depend on them\\): (\\d+)\\."_s)
            .match(run.out);
    REQUIRE(figures.hasMatch());
    CHECK(figures.captured(2).toInt() == back->summary.withheldValues);
    CHECK(figures.captured(1).toInt() > 0);
    CHECK(figures.captured(1).toInt() < back->summary.withheldValues);

    // One audit row; its checksum is the manifest's, and the CLI printed it too.
    const QStringList details = exportDetails(tv);
    REQUIRE(details.size() == 1);
    const QString sha = QString::fromLatin1(back->manifestSha256);
    CHECK(sha.size() == 64);
    CHECK(details.first().contains(u"sha256="_s + sha));
    CHECK(details.first().contains(u"k=5"_s));
    CHECK(details.first().contains(u"semester="_s + back->manifest.semester));
    CHECK(details.first().contains(u"withheld=%1"_s.arg(back->summary.withheldValues)));
    CHECK(run.out.contains(u"sha256\t"_s + sha));

    const QString text = pdfText(QDir(dir).filePath(u"summary.pdf"_s));
    CHECK(text.contains(kCode));
    CHECK(text.contains(u"*"_s));

    // Again without --replace: refused, nothing changed; with it: replaced and audited again.
    const CliRun again = exportTo(tv, drive.path(), {u"--language"_s, u"en"_s});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(u"already"_s));
    CHECK(again.err.contains(u"--replace"_s));
    CHECK(entries(drive.path()) == there);
    CHECK(exportDetails(tv).size() == 1);
    const CliRun replaced = exportTo(tv, drive.path(), {u"--replace"_s, u"--k"_s, u"10"_s});
    INFO(replaced.err.toStdString());
    REQUIRE(replaced.exitCode == 0);
    CHECK(entries(drive.path()) == there);
    auto second = district::readPackage(dir);
    REQUIRE(second.ok());
    CHECK(second->manifest.k == 10);
    CHECK(exportDetails(tv).size() == 2);
}

TEST_CASE("cli export-district: what is refused leaves nothing behind", "[cli][district]")
{
    TempVault tv;
    populate(tv, false);
    QTemporaryDir drive;

    const CliRun noProfile = exportTo(tv, drive.path());
    CHECK(noProfile.exitCode != 0);
    CHECK(noProfile.err.contains(u"School profile"_s));

    {
        auto v = tv.open();
        auto p = district::SchoolProfiles(*v).load();
        REQUIRE(p.ok());
        p->districtCode = kCode;
        REQUIRE(district::SchoolProfiles(*v).save(*p).ok());
    }
    const CliRun unknown = exportTo(tv, drive.path(), {u"--semester"_s, u"No such semester"_s});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(u"No such semester"_s));

    const CliRun tooSmall = exportTo(tv, drive.path(), {u"--k"_s, u"1"_s});
    CHECK(tooSmall.exitCode == 2);
    CHECK(tooSmall.err.contains(u"--k"_s));

    const CliRun noFolder = exportTo(tv, QDir(drive.path()).filePath(u"unplugged"_s));
    CHECK(noFolder.exitCode != 0);
    CHECK(noFolder.err.contains(u"unplugged"_s));

    CHECK(entries(drive.path()).isEmpty());
    CHECK(exportDetails(tv).isEmpty());
}
