#include "ui/district/DistrictExport.h"

#include "core/district/DistrictAudit.h"
#include "core/district/LeakGuard.h"
#include "core/district/Package.h"
#include "core/district/SchoolProfiles.h"
#include "core/district/SemesterSummary.h"
#include "core/district/WithheldTally.h"
#include "core/vault/Vault.h"
#include "ui/district/SummaryPdf.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictExport)
};

Error cancelled() { return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled; nothing was written.")); }

}  // namespace

Result<district::SchoolProfile> exportProfile(vault::Vault &vault)
{
    auto stored = district::SchoolProfiles(vault).stored();
    if (!stored) return stored.error();
    if (!stored->has_value() || (*stored)->districtCode.trimmed().isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The school profile has no district school code yet. Fill in Vault ▸ School "
                                "profile… first (the district's code for the school), then export again."));
    auto loaded = district::SchoolProfiles(vault).load();  // the room's open hours, as the profile shows them
    if (!loaded) return loaded.error();
    return *loaded;
}

Result<ExportReport> exportDistrict(vault::Vault &vault, const ExportOptions &options, const ExportProgress &progress,
                                    const std::atomic_bool *cancel)
{
    const auto step = [&](int percent, const QString &what) {
        if (cancel && cancel->load()) return false;
        return !progress || progress(percent, what);
    };
    if (!vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can export the district summary."));
    if (options.language != u"zh_CN"_s && options.language != u"en"_s)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Unknown language \"%1\": use zh_CN or en.").arg(options.language));
    if (options.parentDir.trimmed().isEmpty() || !QDir(options.parentDir).exists())
        return makeError(ErrorCode::NotFound, Tr::tr("The folder \"%1\" does not exist. Choose an existing folder "
                                                     "or a drive that is plugged in.")
                                                  .arg(options.parentDir));

    if (!step(0, Tr::tr("Reading the school profile…"))) return cancelled();
    auto profile = exportProfile(vault);
    if (!profile) return profile.error();

    if (!step(5, Tr::tr("Counting the semester…"))) return cancelled();
    district::SummaryOptions summaryOptions;
    summaryOptions.semester = options.semester.trimmed();
    summaryOptions.k = options.k;
    summaryOptions.language = options.language;
    auto summary = district::computeSummary(vault, *profile, summaryOptions, cancel);
    if (!summary) return summary.error().code == ErrorCode::Cancelled ? cancelled() : summary.error();

    if (!step(40, Tr::tr("Drawing the PDF…"))) return cancelled();
    const district::RenderedPdf pdf = renderSummaryPdf(*summary);

    if (!step(55, Tr::tr("Preparing the last check against the vault's names and notes…"))) return cancelled();
    auto guard = district::LeakGuard::fromVault(vault);
    if (!guard) return guard.error();

    if (!step(65, Tr::tr("Writing the package and reading it back…"))) return cancelled();
    const QString writing = Tr::tr("Writing the package and reading it back…");
    const district::PackageProgress bytes = [&](qint64 done, qint64 total) {
        const int percent = 65 + static_cast<int>(total > 0 ? 33 * done / total : 0);
        return step(percent, writing);
    };
    auto written = district::writePackage(*summary, pdf, options.parentDir, *guard, bytes, cancel,
                                          options.replace ? district::ExistingPackage::Replace
                                                          : district::ExistingPackage::Refuse);
    if (!written) return written.error().code == ErrorCode::Cancelled ? cancelled() : written.error();

    ExportReport report;
    report.path = written->path;
    report.checksum = written->manifestSha256;
    report.semester = summary->header.semester;
    report.withheldCounts = district::withheldTally(*summary).counts;
    report.withheldValues = written->withheldValues;
    report.withheldPrimary = summary->protection.primary;
    report.withheldSecondary = summary->protection.secondary;
    report.warnings = written->warnings;

    // What left, never who: the semester, the threshold, how much was withheld, the checksum.
    const QString detail = u"semester=%1 k=%2 withheld=%3 sha256=%4"_s.arg(report.semester)
                               .arg(summary->header.k)
                               .arg(report.withheldValues)
                               .arg(QString::fromLatin1(report.checksum));
    if (const Status st = vault.recordEvent(audit::action::DistrictExported, QString(), detail); !st) {
        // Unrecorded, the package may not stay: an export the audit log does not show.
        QDir(report.path).removeRecursively();
        return st.error();
    }
    if (progress) progress(100, Tr::tr("Done."));
    return report;
}

QString exportDoneMessage(const ExportReport &report)
{
    //: %1 semester, %2 the folder, %3 the checksum's start, %4 counts of students withheld, %5 values shown
    //: as * (those counts and the percents worked out from them)
    const QString done = Tr::tr("The district summary for %1 is in\n%2\n\nChecksum (SHA-256 of manifest.json) begins "
                                "%3. Counts withheld: %4. Values shown as * (these counts and the percents that "
                                "depend on them): %5.")
                             .arg(report.semester, QDir::toNativeSeparators(report.path),
                                  QString::fromLatin1(report.checksum.left(12)))
                             .arg(report.withheldCounts)
                             .arg(report.withheldValues);
    if (!report.warnings.isEmpty()) return done + u"\n\n"_s + report.warnings.join(u"\n\n"_s);
    return done + u"\n\n"_s + Tr::tr("The drive can now be removed.");
}

}  // namespace cd::ui
