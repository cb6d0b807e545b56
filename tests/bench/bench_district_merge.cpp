// The district merge's budget (issue 15: a district merge of 200 school packages with its audit,
// under 5 s): 200 random small schools' packages (tests/support/TestDistrictSchools) written once
// to a temporary folder outside the timing, then collected (every manifest and checksum checked,
// every summary.json parsed), merged and audited; apart, the merged PDF rendered and the merged
// package written, read back and verified. Medians of CD_BENCH_ROUNDS runs (default 3). A
// QGuiApplication of its own (the PDF), offscreen.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "bench/BenchTiming.h"
#include "district/DistrictMerge.h"
#include "support/TestDistrictSchools.h"
#include "ui/district/SummaryPdf.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace cd;
using namespace Qt::StringLiterals;

TEST_CASE("bench: a district merge of 200 school packages with its audit", "[bench][district]")
{
    const int schools = qEnvironmentVariableIntValue("CD_BENCH_SCHOOLS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_SCHOOLS") : 200;
    const int rounds = qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") : 3;
    QTemporaryDir drive;
    QRandomGenerator rng(2026);
    for (int i = 0; i < schools; ++i)
        test::writeSchoolPackage(test::schoolSummary(test::randomSchoolFacts(rng), u"S%1"_s.arg(10000 + i)), drive.path());

    std::optional<district::DistrictMerge> merged;
    double collectMs = 0;
    const double mergeMs = bench::medianMs(rounds, [&] {
        QElapsedTimer t;
        t.start();
        auto all = district::collectPackages({drive.path()});
        REQUIRE(all.ok());
        QList<district::ReadPackage> packages;
        for (const district::CollectedPackage &c : *all) packages << *c.package;
        collectMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        auto m = district::mergePackages(packages, district::MergeOptions{5, u"zh_CN"_s});
        INFO((m ? QString() : m.error().message).toStdString());
        REQUIRE(m.ok());
        merged = std::move(*m);
    });
    district::RenderedPdf pdf;
    const double pdfMs = bench::medianMs(rounds, [&] { pdf = ui::renderSummaryPdf(merged->summary); });
    const double writeMs = bench::medianMs(rounds, [&] {
        QTemporaryDir out;
        REQUIRE(district::writeMergedPackage(*merged, pdf, out.path()).ok());
    });
    std::printf("\nDistrict merge of %d school packages (%d merged counts, %d relations; %d values withheld, %d "
                "of them lower bounds), median of %d runs:\n",
                schools, merged->summary.counts.size(), static_cast<int>(merged->summary.counts.relations().size()),
                merged->withheld, merged->lowerBounds, rounds);
    std::printf("  collected and checked (last run):          %8.1f ms\n", collectMs);
    std::printf("  collected, merged and audited:             %8.1f ms  (budget 5000 ms)\n", mergeMs);
    std::printf("  PDF rendered:                              %8.1f ms\n", pdfMs);
    std::printf("  merged package written, read back, verified: %6.1f ms\n", writeMs);
    CHECK(mergeMs < 5000);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
