#pragma once
// The district's merge, end to end, for the CLI (`district merge`) and the GUI's District window
// alike (docs/district-merge.md): collect the packages (every rejected one listed with its
// reason), merge them under the audit, render the PDF, write the merged package into its own
// folder, read it back and verify it. No vault: a bureau user runs it on the schools' packages.
// QtGui only (the PDF): the CLI runs it under a QGuiApplication.

#include "core/common/Result.h"
#include "core/district/DistrictMerge.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cd::ui {

struct MergeRunOptions {
    QString outDir;                              ///< the folder the merged package goes into
    int k = district::kDefaultMergeK;            ///< the district's k (district::MergeOptions::k)
    QString language = QStringLiteral("zh_CN");  ///< "zh_CN" or "en": the tables' and the PDF's
    bool replace = false;                        ///< replace an existing merged package of the semester
};

struct MergeReport {
    QString folder;        ///< the merged package's folder
    QByteArray checksum;   ///< hex SHA-256 of its manifest.json
    QString semester;
    int schools = 0;
    int withheldCounts = 0;  ///< counts of students printed * or ≥n (district::WithheldTally)
    int lowerBounds = 0;     ///< of those, printed ≥n
    int withheld = 0;        ///< values printed * or ≥n: those counts and the percents of them
};

/// The step being done (translated) and the whole's progress in per cent; false cancels.
using MergeRunProgress = std::function<bool(int percent, const QString &step)>;

/// Damaged listing every rejected package ("folder: reason", one a line) when any is; InvalidInput
/// as mergePackages words it (duplicates, mixed semesters or layouts, an unsafe merge); NotFound
/// for an output folder that is not there; the writer's errors; Cancelled. Nothing is left in
/// `options.outDir` on any error.
Result<MergeReport> runDistrictMerge(const QStringList &dirs, const MergeRunOptions &options,
                                     const MergeRunProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

/// Where the merged package is, its checksum's first 12 hex, how many counts and values are withheld and
/// that the drive can be removed; translated, whole.
QString mergeDoneMessage(const MergeReport &report);

}  // namespace cd::ui
