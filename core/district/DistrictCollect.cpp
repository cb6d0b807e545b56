// Collecting the packages a district merge reads (DistrictMerge.h): folders expanded one level
// down, every package read and checked, each folder's outcome kept.

#include "district/DistrictMerge.h"

#include "common/SafePaths.h"

#include <QCoreApplication>
#include <QDir>

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

/// `dir` itself when it is a package (or not a folder of packages), else its package subfolders.
QStringList expand(const QString &dir)
{
    if (entryKind(dir) != EntryKind::Directory || hasManifest(dir)) return {dir};
    QStringList packages;
    const QDir folder(dir);
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (hasManifest(folder.filePath(name))) packages << folder.filePath(name);
    return packages.isEmpty() ? QStringList{dir} : packages;
}

}  // namespace

Result<QList<CollectedPackage>> collectPackages(const QStringList &dirs,
                                                const std::function<bool(int done, int total)> &progress,
                                                const std::atomic_bool *cancel)
{
    QStringList all;
    for (const QString &dir : dirs)
        for (const QString &package : expand(dir))
            if (!all.contains(package)) all << package;
    QList<CollectedPackage> out;
    for (const QString &dir : std::as_const(all)) {
        if ((cancel && cancel->load()) || (progress && !progress(static_cast<int>(out.size()), static_cast<int>(all.size()))))
            return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was merged."));
        CollectedPackage collected;
        collected.dir = QDir::toNativeSeparators(dir);
        auto package = readPackage(dir);
        //: a rejected package: %1 its folder, %2 what is wrong with it (names the file)
        if (!package) collected.problem = Tr::tr("%1: %2").arg(collected.dir, package.error().message);
        else collected.package = *package;
        out << collected;
    }
    if (progress && !progress(static_cast<int>(out.size()), static_cast<int>(all.size())))
        return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was merged."));
    return out;
}

}  // namespace cd::district
