#pragma once
// The district's merge (docs/district-merge.md): a bureau user adds up many schools' packages
// (folders written by export-district, read with readPackage) into district tables, under the
// same disclosure guarantee as each school's. Cells are matched by (table, row, column); a count
// some school withheld stays withheld, with the published rest as its lower bound ("≥n"); the
// merged tables are audited again (disclosure::audit with the lower bounds), and a merge whose
// withheld cells could be worked out too closely is refused. The result is a Summary, so the
// package writers, the PDF and the preview work on it as on a school's.

#include "common/Result.h"
#include "district/Package.h"
#include "district/PackageReader.h"
#include "district/Summary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace cd::district {

/// One school's package that went into a merge.
struct MergeSource {
    QString dir;
    QString schoolCode;
    QString schoolType;
    QString semester;
    QByteArray manifestSha256;  ///< hex: the package's checksum
    int k = 0;
};

/// One folder's outcome when collecting: a package read, or why it was rejected.
struct CollectedPackage {
    QString dir;
    std::optional<ReadPackage> package;
    QString problem;  ///< "<folder>: <readPackage's message>" when rejected
};

/// The package folders a list of folders names: a package folder itself (or anything that is not
/// a folder of packages, for readPackage to say why), else the package subfolders one level down;
/// links followed, each folder once. A district's merged package met while scanning a folder is
/// listed apart. InvalidInput naming a folder that holds no package at all.
struct PackageFolders {
    QStringList packages;
    QStringList districtSummaries;  ///< skipped: found while scanning, not given
};
Result<PackageFolders> findPackageFolders(const QStringList &dirs);

/// The note on a district summary skipped while scanning ("FOLDER: skipped: …").
QString districtSummarySkipped(const QString &dir);

/// Expands folders holding packages (a folder that is not itself a package but has package
/// subfolders adds every one, one level down: findPackageFolders), reads every package; a district
/// summary met while scanning is a rejected entry noting it was skipped; fails as a whole only for
/// a folder holding no package (InvalidInput, as findPackageFolders); `progress` after each
/// package (false cancels); Cancelled via `cancel` or `progress`.
Result<QList<CollectedPackage>> collectPackages(const QStringList &dirs,
                                                const std::function<bool(int done, int total)> &progress = {},
                                                const std::atomic_bool *cancel = nullptr);

/// The district's k: 2 to 1000 as an export's, 5 unless asked otherwise.
constexpr int kMinMergeK = 2, kMaxMergeK = 1000, kDefaultMergeK = 5;

struct MergeOptions {
    /// The district's k (kMinMergeK to kMaxMergeK; anything else refused). A package exported with
    /// a smaller k is refused, naming it (a merge cannot withhold more than its packages did).
    int k = kDefaultMergeK;
    QString language = QStringLiteral("zh_CN");  ///< "zh_CN" or "en"
};

struct DistrictMerge {
    Summary summary;
    QList<MergeSource> sources;  ///< by school code
    int lowerBounds = 0;         ///< values printed "≥n"
    int withheld = 0;            ///< values withheld (the lower bounds included)
};

/// InvalidInput naming the folders for duplicates (same school and semester), mixed semesters or
/// layouts, or no package; a failed audit: InvalidInput naming the table and row ("…cannot be
/// published safely…"); Cancelled via `cancel`.
Result<DistrictMerge> mergePackages(const QList<ReadPackage> &packages, const MergeOptions &options,
                                    const std::atomic_bool *cancel = nullptr);

/// Writes the merged package into `<parentDir>/district_<semester>` as writePackage writes a
/// school's (atomic, read back and verified; an existing one refused unless Replace); its
/// manifest also lists every input package's checksum. The PDF is rendered by the caller (ui).
Result<PackageReport> writeMergedPackage(const DistrictMerge &merge, const RenderedPdf &pdf,
                                         const QString &parentDir, const PackageProgress &progress = {},
                                         const std::atomic_bool *cancel = nullptr,
                                         ExistingPackage existing = ExistingPackage::Refuse);

/// The merged package's folder name: "district_<semester>", made safe as packageFolderName.
QString mergedFolderName(const SummaryHeader &header);

}  // namespace cd::district
