// Collecting the packages a district merge reads (DistrictMerge.h): folders expanded one level
// down, every package read and checked, each folder's outcome kept.

#include "district/DistrictMerge.h"

#include "common/SafePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMerge)
};

bool hasManifest(const QString &dir)
{
    return entryKind(QDir(dir).filePath(QLatin1String(kManifestName))) == EntryKind::File;
}

/// The folder `path` names with links followed and one spelling (no trailing slash): the same
/// package given twice is read once. `path` itself when it is not there.
QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? path : c;
}

/// Whether this account may list the folder (export makes packages 0600 for their owner).
bool readable(const QString &dir) { return ::access(QFile::encodeName(dir).constData(), R_OK | X_OK) == 0; }

/// A district's merged package (its manifest lists the packages it was made from, or names no
/// school): not one of the schools' packages to merge.
bool isDistrictPackage(const QString &dir)
{
    QFile file(QDir(dir).filePath(QLatin1String(kManifestName)));
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20)) return false;
    auto manifest = parseManifest(file.readAll(), QLatin1String(kManifestName));
    return manifest && (!manifest->inputs.isEmpty() || manifest->schoolCode.isEmpty());
}

Error noPackage(const QString &dir)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("No package found in %1: choose the package folders or the folder (or drive) that holds "
                            "them.")
                         .arg(QDir::toNativeSeparators(dir)));
}

}  // namespace

Result<PackageFolders> findPackageFolders(const QStringList &dirs)
{
    PackageFolders out;
    const auto add = [](QStringList &list, const QString &dir) {
        if (!list.contains(dir)) list << dir;
    };
    for (const QString &given : dirs) {
        const QString dir = canonical(given);
        // Itself when it is a package, or not a folder this account can look into (readPackage
        // says why), else its package subfolders, one level down.
        if (entryKind(dir) != EntryKind::Directory || hasManifest(dir) || !readable(dir)) {
            add(out.packages, dir);
            continue;
        }
        const QDir folder(dir);
        bool any = false;
        for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString sub = canonical(folder.filePath(name));
            if (!hasManifest(sub)) continue;
            any = true;
            add(isDistrictPackage(sub) ? out.districtSummaries : out.packages, sub);
        }
        if (!any) return noPackage(given);
    }
    return out;
}

Result<QList<CollectedPackage>> collectPackages(const QStringList &dirs,
                                                const std::function<bool(int done, int total)> &progress,
                                                const std::atomic_bool *cancel)
{
    auto found = findPackageFolders(dirs);
    if (!found) return found.error();
    const QStringList &all = found->packages;
    QList<CollectedPackage> out;
    // A district summary met while scanning a folder (exported into the folder its packages came
    // from) is left out, with a note on its row; given itself, it is read and the merge refuses it.
    for (const QString &dir : std::as_const(found->districtSummaries)) {
        CollectedPackage skipped;
        skipped.dir = QDir::toNativeSeparators(dir);
        skipped.problem = districtSummarySkipped(dir);
        out << skipped;
    }
    const int skipped = static_cast<int>(out.size());
    const int total = static_cast<int>(all.size()) + skipped;
    for (const QString &dir : all) {
        if ((cancel && cancel->load()) || (progress && !progress(static_cast<int>(out.size()), total)))
            return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was merged."));
        CollectedPackage collected;
        collected.dir = QDir::toNativeSeparators(dir);
        auto package = readPackage(dir);
        //: a rejected package: %1 its folder, %2 what is wrong with it (names the file)
        if (!package) collected.problem = Tr::tr("%1: %2").arg(collected.dir, package.error().message);
        else collected.package = *package;
        out << collected;
    }
    if (progress && !progress(static_cast<int>(out.size()), total))
        return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was merged."));
    return out;
}

QString districtSummarySkipped(const QString &dir)
{
    //: %1 a folder found while scanning a folder of packages
    return Tr::tr("%1: skipped: it is a district summary (a merged package), not a school's package.")
        .arg(QDir::toNativeSeparators(dir));
}

}  // namespace cd::district
