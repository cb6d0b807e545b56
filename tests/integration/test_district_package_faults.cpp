// A district package on a failing drive: a full drive, an I/O error after some bytes, a drive
// that vanishes at the final flush, at every file of the package in turn, and a cancel. Each
// gives its message and leaves nothing in the chosen folder: no package, no temporary folder.

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/PackageFiles.h"
#include "district/PackageReader.h"

#include "common/OutputFile.h"
#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

const RenderedPdf kPdf{QByteArray(300 * 1024, 'p'), u"Semester summary"_s, {}};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct ClearFault {
    ~ClearFault()
    {
        OutputFile::injectFaultForTesting(-2, 0);
        injectPackageFaultForTesting(PackageFault::None);
    }
};

}  // namespace

TEST_CASE("A drive fault at any file of a package leaves nothing behind", "[district][package][faults]")
{
    const Summary s = test::makeTestSummary(1);
    auto contents = packageContents(s, kPdf);
    REQUIRE(contents.ok());
    const int files = static_cast<int>(contents->size()) + 1;  // and the manifest, last
    REQUIRE(files == 7);
    for (const PackageContent &c : *contents) REQUIRE(c.bytes.size() > 50);

    struct Fault {
        qint64 afterBytes;
        int error;
        const char *says;
    };
    const Fault faults[] = {
        {0, ENOSPC, "The drive is full"},
        {50, EIO, "reported an error"},  // every file is longer than 50 bytes
        {-1, ENODEV, "no longer there"},  // at the final flush
    };
    for (const Fault &fault : faults) {
        for (int file = 0; file < files; ++file) {
            INFO("errno " << fault.error << " after " << fault.afterBytes << " bytes of file " << file);
            QTemporaryDir drive;
            ClearFault clear;
            OutputFile::injectFaultForTesting(fault.afterBytes, fault.error, file);
            auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
            REQUIRE_FALSE(report.ok());
            CHECK(report.error().code == ErrorCode::Io);
            INFO(report.error().message.toStdString());
            CHECK(report.error().message.contains(QString::fromLatin1(fault.says)));
            CHECK(entries(drive.path()).isEmpty());
        }
    }
    // And with the fault cleared, the same drive takes the package.
    QTemporaryDir drive;
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE(report.ok());
    CHECK(readPackage(report->path).ok());
}

TEST_CASE("A cancelled package leaves nothing behind", "[district][package][faults]")
{
    const Summary s = test::makeTestSummary(1);
    QTemporaryDir drive;
    SECTION("cancelled from the progress callback, part-way through")
    {
        int calls = 0;
        auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard(), [&](qint64 done, qint64 total) {
            CHECK(done <= total);
            return ++calls < 4;
        });
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Cancelled);
        CHECK(report.error().message.contains(u"cancelled"_s));
    }
    SECTION("cancelled through the flag")
    {
        std::atomic_bool cancel{true};
        auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard(), {}, &cancel);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Cancelled);
    }
    CHECK(entries(drive.path()).isEmpty());
}

TEST_CASE("A package for a folder that is not there says so", "[district][package][faults]")
{
    QTemporaryDir drive;
    const QString gone = QDir(drive.path()).filePath(u"usb"_s);
    auto report = writePackage(test::makeTestSummary(), test::pdfOf(test::makeTestSummary(), kPdf), gone, LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::NotFound);
    CHECK(report.error().message.contains(u"no longer there"_s));
    CHECK(entries(drive.path()).isEmpty());
}

TEST_CASE("A summary that would publish a small count is refused before anything is written", "[district][package]")
{
    QTemporaryDir drive;
    Summary s = test::makeTestSummary();
    int cell = -1;
    for (const SummaryRow &row : s.tables[0].rows)
        for (const SummaryValue &v : row.values)
            if (cell < 0 && v.kind == ValueKind::Count && s.counts.cells()[v.count].value > 0
                && s.counts.cells()[v.count].value < s.header.k)
                cell = v.count;
    REQUIRE(cell >= 0);
    REQUIRE(s.protection.suppressed[cell]);
    s.protection.suppressed[cell] = false;  // a bug upstream
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Internal);
    CHECK(entries(drive.path()).isEmpty());
}

TEST_CASE("A read-back failure says what was written was removed, and it was", "[district][package][faults]")
{
    const Summary s = test::makeTestSummary();
    QTemporaryDir drive;
    ClearFault clear;
    injectPackageFaultForTesting(PackageFault::ReadBack, EIO);
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Io);
    INFO(report.error().message.toStdString());
    CHECK(report.error().message.contains(u"reading it back from the drive failed"_s));
    CHECK(report.error().message.contains(u"What was written was removed"_s));
    CHECK(entries(drive.path()).isEmpty());
}

TEST_CASE("A drive that does not confirm the final rename: written, with a warning to eject safely",
          "[district][package][faults]")
{
    const Summary s = test::makeTestSummary();
    QTemporaryDir drive;
    ClearFault clear;
    injectPackageFaultForTesting(PackageFault::ParentSync, EIO);
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE(report.ok());  // the package is complete and verified under its name
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings.first().contains(u"Eject the drive safely"_s));
    CHECK(readPackage(report->path).ok());
    CHECK(entries(drive.path()) == QStringList{QDir(report->path).dirName()});
}

TEST_CASE("Folders an interrupted export left are tidied by the next export of the same package",
          "[district][package][faults]")
{
    const Summary s = test::makeTestSummary();
    QTemporaryDir drive;
    const QDir dir(drive.path());
    const QString name = packageFolderName(s.header);
    // A replace that stopped after moving the old package aside, and a write that stopped half-way.
    const QString aside = u".replaced-%1-20260901-101500"_s.arg(name);
    const QString partial = u".partial-%1-20260901-101500"_s.arg(name);
    const QString other = u".replaced-summary_OTHER_2026-20260901-101500"_s;
    for (const QString &stale : {aside, partial, other}) {
        REQUIRE(dir.mkdir(stale));
        QFile f(dir.filePath(stale + u"/manifest.json"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE(report.ok());
    CHECK(report->warnings.isEmpty());
    CHECK(entries(drive.path()) == QStringList{other, name});  // another package's folder is not ours to remove
    // A replace leaves nothing aside either.
    auto again = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard(), {}, nullptr, ExistingPackage::Replace);
    REQUIRE(again.ok());
    CHECK(entries(drive.path()) == QStringList{other, name});
}
