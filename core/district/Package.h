#pragma once
// Writes a semester summary as the package a school hands the district on a USB stick
// (docs/district-package.md): a folder "summary_<school code>_<semester>" holding summary.pdf,
// one CSV per table, summary.xlsx, summary.json and manifest.json.
//
// Every file is built in memory first and searched by the LeakGuard; a hit stops everything
// before a byte reaches the drive. Then the files are written into a temporary sibling folder
// (".partial-…": no manifest until every other file is on the drive), each fsync'd, the folder
// fsync'd, the whole package read back from the drive and verified against its manifest
// (PackageReader), renamed into place and the parent folder fsync'd. A full drive, a drive error,
// a drive that vanishes or a cancel: a message saying what happened and what to do, the
// temporary folder removed (its manifest first, so that even a folder that cannot be removed
// never claims to be a package), and nothing else changed.

#include "common/Result.h"
#include "district/PackageFiles.h"
#include "district/Summary.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace cd::district {

class LeakGuard;

struct PackageReport {
    QString path;                ///< the package's folder
    QList<PackageFile> files;    ///< as the manifest lists them (every file but the manifest)
    QByteArray manifestSha256;   ///< hex: the package's checksum, for the export's audit row
    int withheldValues = 0;      ///< values printed as the mark
    qint64 bytes = 0;            ///< all files, the manifest included
};

/// An existing package folder of the same name is refused, or replaced (only if it is a package:
/// it has a manifest.json; anything else of that name is always refused).
enum class ExistingPackage { Refuse, Replace };

/// `done` of `total` bytes written and read back; false cancels.
using PackageProgress = std::function<bool(qint64 done, qint64 total)>;

Result<PackageReport> writePackage(const Summary &summary, const RenderedPdf &pdf, const QString &parentDir,
                                   const LeakGuard &guard, const PackageProgress &progress = {},
                                   const std::atomic_bool *cancel = nullptr,
                                   ExistingPackage existing = ExistingPackage::Refuse);

/// The write path of writePackage, shared with the district's merge (DistrictMerge.h): `contents`
/// (every file but the manifest, already checked) and the manifest `manifestOf` makes of their
/// entries written into `<parentDir>/<name>` atomically, read back and verified.
Result<PackageReport> writePackageFolder(const Summary &summary, QList<PackageContent> contents,
                                         const std::function<QByteArray(const QList<PackageFile> &)> &manifestOf,
                                         const QString &name, const QString &parentDir,
                                         const PackageProgress &progress = {}, const std::atomic_bool *cancel = nullptr,
                                         ExistingPackage existing = ExistingPackage::Refuse);

/// Checks every file of the package against `guard` before anything is written: the CSVs' and
/// summary.json's bytes, the workbook's uncompressed parts and the PDF's text. An error naming
/// the kind of what was found (never the text itself) and the file.
Status checkForLeaks(const QList<PackageContent> &files, const RenderedPdf &pdf, const LeakGuard &guard);

}  // namespace cd::district
