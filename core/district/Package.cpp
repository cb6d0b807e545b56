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

#include <cerrno>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

constexpr qint64 kPiece = 1 << 20;

Error leakFound(LeakGuard::Kind kind, const QString &file)
{
    return makeError(ErrorCode::Internal,
                     Tr::tr("The export was stopped: %1 held in the vault was found in %2 of the package. Nothing was "
                            "written. This should never happen; please report it to whoever looks after CounselDesk "
                            "at your school.")
                         .arg(LeakGuard::kindName(kind), file));
}

/// Removes the temporary folder, its manifest first: a folder that cannot be removed whole
/// never claims to be a package.
void removePartial(const QString &dir)
{
    if (dir.isEmpty()) return;
    QFile::remove(QDir(dir).filePath(QLatin1String(kManifestName)));
    removeEntry(dir);
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
/// renamed in, the old one removed (or put back if the new one could not be renamed).
Status replaceInto(const QString &partial, const QString &target, const QString &parent, const QString &name)
{
    const QString aside = freeSiblingName(QDir(parent).filePath(u".replaced-"_s + name), QString(), clock::now());
    if (const int error = renameNoReplace(target, aside); error != 0)
        return makeError(ErrorCode::Io, writeErrorMessage(target, error));
    if (const int error = renameNoReplace(partial, target); error != 0) {
        (void)renameNoReplace(aside, target);
        return makeError(ErrorCode::Io, writeErrorMessage(target, error));
    }
    removePartial(aside);
    return {};
}

}  // namespace

Status checkForLeaks(const QList<PackageContent> &files, const RenderedPdf &pdf, const LeakGuard &guard)
{
    for (const PackageContent &f : files) {
        if (f.name == QLatin1String(kPdfName)) {
            if (auto hit = guard.firstHit(pdf.text)) return leakFound(*hit, f.name);
        } else if (f.name == QLatin1String(kXlsxName)) {
            auto hit = guard.firstHitInXlsx(f.bytes);
            if (!hit) return hit.error();
            if (*hit) return leakFound(**hit, f.name);
        } else if (auto hit = guard.firstHitInUtf8(f.bytes)) {
            return leakFound(*hit, f.name);
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
    if (auto hit = guard.firstHit(name)) return leakFound(*hit, name);
    CD_TRY(checkForLeaks(*contents, pdf, guard));
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
    PackageReport report;
    for (const PackageContent &f : std::as_const(contents)) report.files << describeFile(f.name, f.bytes);
    const QByteArray manifest = manifestOf(report.files);
    contents.append(PackageContent{QLatin1String(kManifestName), manifest});  // last: only a whole package has one
    report.manifestSha256 = QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex();
    for (const PackageContent &f : std::as_const(contents)) report.bytes += f.bytes.size();
    for (const SummaryTable &t : summary.tables)
        for (const SummaryRow &r : t.rows)
            for (const SummaryValue &v : r.values) report.withheldValues += summary.withheld(v) ? 1 : 0;

    const QDir parent(parentDir);
    const auto alreadyThere = [&] {
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("A package for this school and semester is already in %1. Replace it, or choose "
                                "another folder.")
                             .arg(QDir::toNativeSeparators(parent.absolutePath())));
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
    auto back = readPackage(partialPath);
    Status verified = back ? Status() : Status(back.error());
    if (verified && (back->manifest.files != report.files || back->manifestSha256 != report.manifestSha256))
        verified = makeError(ErrorCode::Damaged, Tr::tr("the files on the drive differ from those written"));
    if (!verified)
        return makeError(verified.error().code == ErrorCode::Io ? ErrorCode::Io : ErrorCode::Damaged,
                         Tr::tr("The package was written, but reading it back from the drive failed (%1). It was "
                                "removed; try another drive.")
                             .arg(verified.error().message));
    if (!step(report.bytes)) return cancelled();

    if (there != EntryKind::Missing) {
        CD_TRY(replaceInto(partialPath, target, parent.absolutePath(), name));
    } else if (const int error = renameNoReplace(partialPath, target); error != 0) {
        if (error == EEXIST || error == ENOTEMPTY) return alreadyThere();
        return makeError(ErrorCode::Io, writeErrorMessage(target, error));
    }
    partial.release();
    CD_TRY(syncDirectory(parent.absolutePath()));
    report.path = target;
    return report;
}

}  // namespace cd::district
