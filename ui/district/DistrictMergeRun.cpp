#include "ui/district/DistrictMergeRun.h"

#include "core/district/DistrictMerge.h"
#include "core/district/WithheldTally.h"
#include "ui/district/SummaryPdf.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMergeRun)
};

Error cancelled() { return makeError(ErrorCode::Cancelled, Tr::tr("The merge was cancelled; nothing was written.")); }

}  // namespace

Result<MergeReport> runDistrictMerge(const QStringList &dirs, const MergeRunOptions &options,
                                     const MergeRunProgress &progress, const std::atomic_bool *cancel)
{
    const auto step = [&](int percent, const QString &what) {
        if (cancel && cancel->load()) return false;
        return !progress || progress(percent, what);
    };
    if (options.language != u"zh_CN"_s && options.language != u"en"_s)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Unknown language \"%1\": use zh_CN or en.").arg(options.language));
    if (options.outDir.trimmed().isEmpty() || !QDir(options.outDir).exists())
        return makeError(ErrorCode::NotFound, Tr::tr("The folder \"%1\" does not exist. Choose an existing folder "
                                                     "or a drive that is plugged in.")
                                                  .arg(options.outDir));

    const QString reading = Tr::tr("Reading and checking the packages…");
    if (!step(0, reading)) return cancelled();
    auto collected = district::collectPackages(
        dirs, [&](int done, int total) { return step(total > 0 ? 40 * done / total : 0, reading); }, cancel);
    if (!collected) return collected.error().code == ErrorCode::Cancelled ? cancelled() : collected.error();
    QStringList rejected;
    QList<district::ReadPackage> packages;
    for (const district::CollectedPackage &c : std::as_const(*collected)) {
        if (c.package) packages << *c.package;
        else rejected << c.problem;
    }
    if (!rejected.isEmpty())
        return makeError(ErrorCode::Damaged,
                         Tr::tr("%n package(s) were rejected, so nothing was merged:", nullptr,
                                static_cast<int>(rejected.size()))
                             + u'\n' + rejected.join(u'\n'));

    if (!step(40, Tr::tr("Adding up the schools and checking the district tables…"))) return cancelled();
    auto merged = district::mergePackages(packages, district::MergeOptions{options.k, options.language}, cancel);
    if (!merged) return merged.error().code == ErrorCode::Cancelled ? cancelled() : merged.error();

    if (!step(60, Tr::tr("Drawing the PDF…"))) return cancelled();
    const district::RenderedPdf pdf = renderSummaryPdf(merged->summary);

    const QString writing = Tr::tr("Writing the district package and reading it back…");
    if (!step(75, writing)) return cancelled();
    const district::PackageProgress bytes = [&](qint64 done, qint64 total) {
        return step(75 + static_cast<int>(total > 0 ? 24 * done / total : 0), writing);
    };
    auto written = district::writeMergedPackage(*merged, pdf, options.outDir, bytes, cancel,
                                                options.replace ? district::ExistingPackage::Replace
                                                                : district::ExistingPackage::Refuse);
    if (!written) return written.error().code == ErrorCode::Cancelled ? cancelled() : written.error();

    MergeReport report;
    report.folder = written->path;
    report.checksum = written->manifestSha256;
    report.semester = merged->summary.header.semester;
    report.schools = static_cast<int>(merged->sources.size());
    report.withheldCounts = district::withheldTally(merged->summary).counts;
    report.withheld = merged->withheld;
    report.lowerBounds = merged->lowerBounds;
    if (progress) progress(100, Tr::tr("Done."));
    return report;
}

QString mergeDoneMessage(const MergeReport &report)
{
    //: %1 semester, %2 how many schools, %3 the folder, %4 the checksum's start, %5 counts of students withheld,
    //: %6 of them printed as lower bounds (≥n), %7 values shown as * or ≥n (those counts and the percents of them)
    return Tr::tr("The district summary for %1 (%2 schools) is in\n%3\n\nChecksum (SHA-256 of manifest.json) begins "
                  "%4. Counts withheld: %5, of which %6 shown as a lower bound (≥n). Values shown as * or ≥n (these "
                  "counts and the percents that depend on them): %7.\n\nThe drive can now be removed.")
        .arg(report.semester)
        .arg(report.schools)
        .arg(QDir::toNativeSeparators(report.folder), QString::fromLatin1(report.checksum.left(12)))
        .arg(report.withheldCounts)
        .arg(report.lowerBounds)
        .arg(report.withheld);
}

}  // namespace cd::ui
