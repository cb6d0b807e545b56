#pragma once
// The district summary's export, end to end, for the CLI (`export-district`) and the GUI's
// "District summary…" alike (docs/district-package.md, "Exporting"): the school profile (it must
// have the district's school code), the semester's summary under disclosure control, its PDF, the
// last guard built from the vault, the package written, read back and verified, then one audit row
// `district.export` (semester, k, values withheld and the manifest's SHA-256: the package's
// checksum). Room lead only, as the profile.

#include "core/common/Result.h"
#include "core/district/SchoolProfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cd::vault {
class Vault;
}

namespace cd::ui {

struct ExportOptions {
    QString semester;                            ///< the semester's name; empty: the current one
    int k = 5;                                   ///< the smallest count published (2 to 1000)
    QString language = QStringLiteral("zh_CN");  ///< "zh_CN" or "en": the summary's and the PDF's
    QString parentDir;                           ///< the folder (or drive) the package goes into
    bool replace = false;                        ///< replace an existing package of the same name
};

struct ExportReport {
    QString path;              ///< the package's folder
    QByteArray checksum;       ///< hex SHA-256 of its manifest.json
    QString semester;
    int withheldCounts = 0;    ///< counts of students printed as the mark (district::WithheldTally)
    int withheldValues = 0;    ///< values printed as the mark: those counts and the percents of them
    int withheldPrimary = 0;   ///< counts withheld as small
    int withheldSecondary = 0; ///< counts withheld so that the others cannot be worked out
    QStringList warnings;      ///< district::PackageReport::warnings: said after the done message
};

/// The step being done (translated, e.g. "Writing the package…") and the whole's progress in
/// per cent; false cancels.
using ExportProgress = std::function<bool(int percent, const QString &step)>;

/// The saved school profile, when it has the district's school code; NotFound saying to fill in
/// Vault ▸ School profile… first otherwise.
Result<district::SchoolProfile> exportProfile(vault::Vault &vault);

/// Exports the package into `options.parentDir`. PermissionDenied for anyone but a room lead;
/// NotFound when no school profile with a school code was saved yet (saying where to fill it in)
/// or the semester does not exist; InvalidInput for a k or language out of range; an existing
/// package (unless `replace`) and drive errors as writePackage words them; Cancelled when
/// cancelled. On any error no new package is left in `parentDir` and no audit row is written.
Result<ExportReport> exportDistrict(vault::Vault &vault, const ExportOptions &options,
                                    const ExportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

/// The message that says where the package is (and its checksum's first 12 hex) and that the
/// drive can be removed; translated, whole.
QString exportDoneMessage(const ExportReport &report);

}  // namespace cd::ui
