// The district package's budget (issue 15: the whole package written and verified, PDF included,
// under 3 s): a summary of 20 tables (six grade or class rows each, small counts withheld by the
// real engine) with a dummy 1 MB PDF, searched by the last guard built from a demo vault of 3,000
// students (names, numbers, birth dates, guardians' phones and every note), written to a
// temporary folder, read back and verified. Medians of 7 runs; the guard's construction apart.

#include <catch2/catch.hpp>

#include "bench/BenchTiming.h"
#include "demo/DemoSchool.h"
#include "district/LeakGuard.h"
#include "district/Package.h"
#include "support/TempVault.h"
#include "support/TestSummary.h"
#include "vault/Vault.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 7;

double medianMs(const std::function<void()> &work) { return bench::medianMs(kRuns, work); }

}  // namespace

TEST_CASE("bench: a district package of 20 tables written and verified", "[bench][district]")
{
    TempVault tv;
    auto v = tv.open();
    REQUIRE(demo::populateDemo(*v, 7, kLeadPassphrase, 3000).ok());
    std::optional<district::LeakGuard> guard;
    const double guardMs = medianMs([&] {
        auto g = district::LeakGuard::fromVault(*v);
        REQUIRE(g.ok());
        guard = std::move(*g);
    });
    const district::Summary summary = makeTestSummary(18);
    REQUIRE(summary.tables.size() == 20);
    QByteArray pdfBytes(1 << 20, Qt::Uninitialized);
    QRandomGenerator rng(5);
    rng.fillRange(reinterpret_cast<quint32 *>(pdfBytes.data()), pdfBytes.size() / 4);
    QString pdfText;
    for (const district::SummaryTable &t : summary.tables) pdfText += t.title + u'\n' + t.note + u'\n';
    const district::RenderedPdf pdf{pdfBytes, pdfText.repeated(5), {}};

    qint64 bytes = 0;
    const double writeMs = medianMs([&] {
        QTemporaryDir drive;
        auto report = district::writePackage(summary, test::pdfOf(summary, pdf), drive.path(), *guard);
        REQUIRE(report.ok());
        bytes = report->bytes;
    });
    auto contents = district::packageContents(summary, pdf);
    REQUIRE(contents.ok());
    const double guardCheckMs = medianMs([&] { REQUIRE(district::checkForLeaks(*contents, pdf, *guard, QString()).ok()); });
    std::printf("\nDistrict package (20 tables, %d counts, 1 MB PDF, %lld bytes in all), median of %d runs:\n",
                summary.counts.size(), static_cast<long long>(bytes), kRuns);
    std::printf("  last guard built from the vault (%d needles): %8.1f ms\n", guard->needleCount(), guardMs);
    std::printf("  last guard's search of every file:            %8.1f ms\n", guardCheckMs);
    std::printf("  package written, read back and verified:       %8.1f ms  (budget 3000 ms)\n", writeMs);
    CHECK(writeMs < 3000);
}
