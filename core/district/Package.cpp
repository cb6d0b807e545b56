#include "district/Package.h"

#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "common/SafePaths.h"
#include "district/LeakGuard.h"
#include "district/PackageReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <atomic>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

constexpr qint64 kPiece = 1 << 20;

/// Never names what was found: only its kind, the file and the package's folder.
Error leakFound(LeakGuard::Kind kind, const QString &file, const QString &folder)
{
    return makeError(ErrorCode::Internal,
                     Tr::tr("The export was stopped: %1 held in the vault was found in %2 of the package for %3. "
                            "Nothing was written. This should never happen; please report it to whoever looks after "
                            "CounselDesk at your school.")
                         .arg(LeakGuard::kindName(kind), file, QDir::toNativeSeparators(folder)));
}

/// A fault injected by a test (injectPackageFaultForTesting) and its errno.
std::atomic<PackageFault> g_fault{PackageFault::None};
std::atomic_int g_faultError{0};

bool faultAt(PackageFault where) { return g_fault.load() == where; }

/// The names an export of the package `name` gives its temporary and put-aside folders
/// (freeSiblingName: BASE-YYYYMMDD-HHMMSS[-N]).
bool isOwnLeftover(const QString &entry, const QString &name)
{
    return entry.startsWith(u".partial-"_s + name + u'-') || entry.startsWith(u".replaced-"_s + name + u'-');
}

/// Removes the temporary folder, its manifest first: a folder that cannot be removed whole
/// never claims to be a package. True when nothing is left.
bool removePartial(const QString &dir)
{
    if (dir.isEmpty()) return true;
    QFile::remove(QDir(dir).filePath(QLatin1String(kManifestName)));
    return removeEntry(dir);
}

/// The temporary folder while it is not yet a verified package; removed on any early return.
class Partial {
public:
    explicit Partial(QString dir) : m_dir(std::move(dir)) {}
    ~Partial() { removePartial(m_dir); }
    Partial(const Partial &) = delete;
    Partial &operator=(const Partial &) = delete;
    const QString &dir() const { return m_dir; }
    void release() { m_dir.clear(); }

private:
    QString m_dir;
};

bool isPackage(const QString &dir)
{
    return entryKind(dir) == EntryKind::Directory
           && entryKind(QDir(dir).filePath(QLatin1String(kManifestName))) == EntryKind::File;
}

/// Puts `partial` in place of the package at `target`: the old one is moved aside, the new one
/// renamed in (or the old one put back if it could not be). The old one is left aside for
/// `tidyLeftovers`; a failure that strands it names where it is.
Status replaceInto(const QString &partial, const QString &target, const QString &parent, const QString &name)
{
    const QString aside = freeSiblingName(QDir(parent).filePath(u".replaced-"_s + name), QString(), clock::now());
    if (const int error = renameNoReplace(target, aside); error != 0)
        return makeError(ErrorCode::Io, writeErrorMessage(target, error));
    if (const int error = renameNoReplace(partial, target); error != 0) {
        if (renameNoReplace(aside, target) == 0) return makeError(ErrorCode::Io, writeErrorMessage(target, error));
        return makeError(ErrorCode::Io, Tr::tr("%1\n\nThe package that was there before is kept in %2: rename it back, "
                                               "or delete it and export again.")
                                            .arg(writeErrorMessage(target, error), QDir::toNativeSeparators(aside)));
    }
    return {};
}

/// Removes what earlier exports of this package left beside it (a crash while writing or
/// replacing); returns a sentence for each that could not be removed.
QStringList tidyLeftovers(const QDir &parent, const QString &name)
{
    QStringList warnings;
    for (const QString &entry : parent.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!isOwnLeftover(entry, name) || removePartial(parent.absoluteFilePath(entry))) continue;
        warnings << Tr::tr("A folder left by an earlier export, %1, could not be removed: delete it yourself (it is not "
                           "the package).")
                        .arg(QDir::toNativeSeparators(parent.absoluteFilePath(entry)));
    }
    return warnings;
}

}  // namespace

void injectPackageFaultForTesting(PackageFault fault, int error)
{
    g_faultError = error;
    g_fault = fault;
}

Status checkForLeaks(const QList<PackageContent> &files, const RenderedPdf &pdf, const LeakGuard &guard,
                     const QString &folder)
{
    for (const PackageContent &f : files) {
        if (f.name == QLatin1String(kPdfName)) {
            if (auto hit = guard.firstHit(pdf.text)) return leakFound(*hit, f.name, folder);
            if (auto hit = guard.firstHitInPdf(f.bytes)) return leakFound(*hit, f.name, folder);
        } else if (f.name == QLatin1String(kManifestName)) {
            if (auto hit = guard.firstHitInManifest(f.bytes)) return leakFound(*hit, f.name, folder);
        } else if (f.name == QLatin1String(kXlsxName)) {
            auto hit = guard.firstHitInXlsx(f.bytes);
            if (!hit) return hit.error();
            if (*hit) return leakFound(**hit, f.name, folder);
        } else if (auto hit = guard.firstHitInUtf8(f.bytes)) {
            return leakFound(*hit, f.name, folder);
        }
    }
    return {};
}

Result<PackageReport> writePackage(const Summary &summary, const RenderedPdf &pdf, const QString &parentDir,
                                   const LeakGuard &guard, const PackageProgress &progress,
                                   const std::atomic_bool *cancel, ExistingPackage existing)
{
    if (const QString problem = summaryProblem(summary); !problem.isEmpty())
        return makeError(ErrorCode::Internal, Tr::tr("The summary cannot be exported (%1). This is a fault in "
                                                     "CounselDesk; please report it.")
                                                  .arg(problem));
    if (pdf.summarySha256 != summaryDigest(summary))
        return makeError(ErrorCode::Internal, Tr::tr("The PDF was not made from this summary, so the package was not "
                                                     "written. This is a fault in CounselDesk; please report it."));
    auto contents = packageContents(summary, pdf);
    if (!contents) return contents.error();
    const QString name = packageFolderName(summary.header);
    const QDir parent(parentDir);
    if (auto hit = guard.firstHit(name))  // the folder's own name: say where, not what it would be
        return makeError(ErrorCode::Internal,
                         Tr::tr("The export was stopped: %1 held in the vault was found in the package folder's name "
                                "(made of the school code and the semester's name). Nothing was written in %2. Change "
                                "the school code or the semester's name, then export again.")
                             .arg(LeakGuard::kindName(*hit), QDir::toNativeSeparators(parent.absolutePath())));
    // Every file as it will be written, the manifest included (writePackageFolder makes the same one).
    QList<PackageContent> checked = *contents;
    QList<PackageFile> entries;
    for (const PackageContent &f : std::as_const(checked)) entries << describeFile(f.name, f.bytes);
    checked.append(PackageContent{QLatin1String(kManifestName), manifestJson(summary.header, entries)});
    CD_TRY(checkForLeaks(checked, pdf, guard, parent.absoluteFilePath(name)));
    return writePackageFolder(
        summary, *contents, [&](const QList<PackageFile> &files) { return manifestJson(summary.header, files); }, name,
        parentDir, progress, cancel, existing);
}

Result<PackageReport> writePackageFolder(const Summary &summary, QList<PackageContent> contents,
                                         const std::function<QByteArray(const QList<PackageFile> &)> &manifestOf,
                                         const QString &name, const QString &parentDir,
                                         const PackageProgress &progress, const std::atomic_bool *cancel,
                                         ExistingPackage existing)
{
    const QDir parent(parentDir);
    PackageReport report;
    for (const PackageContent &f : std::as_const(contents)) report.files << describeFile(f.name, f.bytes);
    const QByteArray manifest = manifestOf(report.files);
    contents.append(PackageContent{QLatin1String(kManifestName), manifest});  // last: only a whole package has one
    report.manifestSha256 = QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex();
    for (const PackageContent &f : std::as_const(contents)) report.bytes += f.bytes.size();
    for (const SummaryTable &t : summary.tables)
        for (const SummaryRow &r : t.rows)
            for (const SummaryValue &v : r.values) report.withheldValues += summary.withheld(v) ? 1 : 0;

    const auto alreadyThere = [&] {
        const QString folder = QDir::toNativeSeparators(parent.absolutePath());
        if (summary.header.schoolCode.isEmpty())  // a district's merged package
            return makeError(ErrorCode::AlreadyExists,
                             Tr::tr("The district package of this semester is already in %1. Replace it, or choose "
                                    "another folder.")
                                 .arg(folder));
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("A package for this school and semester is already in %1. Replace it, or choose "
                                "another folder.")
                             .arg(folder));
    };
    if (entryKind(parentDir) != EntryKind::Directory)
        return makeError(ErrorCode::NotFound, writeErrorMessage(parent.filePath(name), ENOENT));
    const QString target = parent.absoluteFilePath(name);
    const EntryKind there = entryKind(target);
    if (there != EntryKind::Missing && !isPackage(target))
        return makeError(ErrorCode::AlreadyExists, Tr::tr("%1 is already there and is not a package. Move or rename "
                                                          "it, or choose another folder.")
                                                       .arg(QDir::toNativeSeparators(target)));
    if (there != EntryKind::Missing && existing == ExistingPackage::Refuse) return alreadyThere();

    const auto cancelled = [&] {
        return makeError(ErrorCode::Cancelled, Tr::tr("Writing the package was cancelled; nothing was left in %1.")
                                                   .arg(QDir::toNativeSeparators(parent.absolutePath())));
    };
    const qint64 total = report.bytes * 2;  // written, then read back
    qint64 done = 0;
    const auto step = [&](qint64 bytes) {
        done += bytes;
        const bool goOn = !progress || progress(qMin(done, total), total);
        return goOn && !(cancel && cancel->load());
    };

    const QString partialPath =
        freeSiblingName(parent.absoluteFilePath(u".partial-"_s + name), QString(), clock::now());
    CD_TRY(makeFreshDirectory(partialPath));
    Partial partial(partialPath);
    for (const PackageContent &f : std::as_const(contents)) {
        if (!step(0)) return cancelled();
        OutputFile out;
        CD_TRY(out.open(QDir(partialPath).filePath(f.name)));
        for (qint64 at = 0; at < f.bytes.size(); at += kPiece) {
            const qint64 n = qMin(kPiece, f.bytes.size() - at);
            CD_TRY(out.write(f.bytes.constData() + at, n));
            if (!step(n)) return cancelled();
        }
        CD_TRY(out.finish());
    }
    CD_TRY(syncDirectory(partialPath));

    // Read back from the drive (finish() dropped the files from the cache) while the folder still
    // has its temporary name: only a verified folder is ever named like a package.
    auto back = faultAt(PackageFault::ReadBack)
                    ? Result<ReadPackage>(makeError(ErrorCode::Io, writeErrorMessage(partialPath, g_faultError.load())))
                    : readPackage(partialPath);
    Status verified = back ? Status() : Status(back.error());
    if (verified && (back->manifest.files != report.files || back->manifestSha256 != report.manifestSha256))
        verified = makeError(ErrorCode::Damaged, Tr::tr("the files on the drive differ from those written"));
    if (!verified) {
        const ErrorCode code = verified.error().code == ErrorCode::Io ? ErrorCode::Io : ErrorCode::Damaged;
        partial.release();
        if (removePartial(partialPath))
            return makeError(code, Tr::tr("The package was written, but reading it back from the drive failed (%1). "
                                          "What was written was removed; try another drive.")
                                       .arg(verified.error().message));
        return makeError(code, Tr::tr("The package was written, but reading it back from the drive failed (%1). What "
                                      "was written could not be removed: delete the folder %2 yourself (it is not a "
                                      "package), then try another drive.")
                                   .arg(verified.error().message, QDir::toNativeSeparators(partialPath)));
    }
    if (!step(report.bytes)) return cancelled();

    if (there != EntryKind::Missing) {
        CD_TRY(replaceInto(partialPath, target, parent.absolutePath(), name));
    } else if (const int error = renameNoReplace(partialPath, target); error != 0) {
        if (error == EEXIST || error == ENOTEMPTY) return alreadyThere();
        return makeError(ErrorCode::Io, writeErrorMessage(target, error));
    }
    partial.release();
    report.path = target;
    // The package is complete and verified under its name. If the drive does not confirm the
    // rename, it is reported written with a warning, not as a failure: nothing is wrong with
    // what is on the drive, but pulling the drive out now might lose the rename.
    Status synced = syncDirectory(parent.absolutePath());
    if (synced && faultAt(PackageFault::ParentSync))
        synced = makeError(ErrorCode::Io, writeErrorMessage(parent.absolutePath(), g_faultError.load()));
    if (!synced)
        report.warnings << Tr::tr("The package is written and was checked, but the drive did not confirm that its "
                                  "folder is stored (%1). Eject the drive safely before removing it, then open the "
                                  "package on it to check that it is there.")
                               .arg(synced.error().message);
    report.warnings << tidyLeftovers(parent, name);
    return report;
}

}  // namespace cd::district
