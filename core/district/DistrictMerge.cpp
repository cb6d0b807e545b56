// The district merge (DistrictMerge.h, docs/district-merge.md): the packages checked against
// each other, added up by the Merger (DistrictMergeParts.h), the merge's own table of schools
// added, and the merged tables audited before anything is returned.

#include "district/DistrictMerge.h"

#include "district/DistrictMergeParts.h"
#include "district/PackageConformance.h"
#include "district/PackageDisclosure.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMerge)
};

QString folderOf(const ReadPackage &p) { return QDir::toNativeSeparators(p.dir); }

/// The packages must be of one semester and layout, one per school.
Status checkTogether(const QList<ReadPackage> &packages)
{
    if (packages.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("There is no package to merge. Choose the folders of the schools' packages."));
    const SummaryHeader &first = packages.first().summary.header;
    QHash<QString, const ReadPackage *> bySchool;
    for (const ReadPackage &p : packages) {
        const SummaryHeader &h = p.summary.header;
        if (h.semester != first.semester)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The packages are not all for the same semester: %1 is for %2, but %3 is for %4. "
                                    "Merge one semester at a time.")
                                 .arg(folderOf(packages.first()), first.semester, folderOf(p), h.semester));
        if (h.layoutId != first.layoutId || h.layoutVersion != first.layoutVersion)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The packages do not all have the same tables: %1 has layout %2 version %3, but "
                                    "%4 has layout %5 version %6. Ask the schools to export again with the same "
                                    "version of CounselDesk.")
                                 .arg(folderOf(packages.first()), first.layoutId)
                                 .arg(first.layoutVersion)
                                 .arg(folderOf(p), h.layoutId)
                                 .arg(h.layoutVersion));
        if (h.schoolCode.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 is a district summary, not a school's package: merge the schools' own "
                                    "packages.")
                                 .arg(folderOf(p)));
        // One school however its code is cased or spaced (E100 and e100 are one school).
        const QString school = h.schoolCode.simplified().toCaseFolded();
        if (const ReadPackage *other = bySchool.value(school))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Two packages are for the same school (%1) and semester (%2): %3 and %4. Keep "
                                    "only one of them, then merge again.")
                                 .arg(h.schoolCode, h.semester, folderOf(*other), folderOf(p)));
        bySchool.insert(school, &p);
    }
    return {};
}

/// InvalidInput naming the table and row of the first withheld count that can be worked out
/// closer than k.
Status auditMerged(Summary &s)
{
    const auto unsafe = [](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The district tables cannot be published safely: %1 Nothing was written. Leave out "
                                "the packages of the schools concerned, or ask them to export again.")
                             .arg(why));
    };
    auto ranges = disclosure::derivableRanges(s.counts, s.protection.suppressed);
    if (!ranges)
        return unsafe(Tr::tr("the schools' counts do not add up with each other, so the packages cannot be merged."));
    for (int i = 0; i < s.counts.size(); ++i) {
        const disclosure::Cell &c = s.counts.cells().at(i);
        if (!s.protection.suppressed[i] || c.hidden || (*ranges)[i].width() >= s.header.k) continue;
        QString table = c.table, row = c.row, column = c.column;
        for (const SummaryTable &t : s.tables)
            if (t.id == c.table) {
                table = t.title;
                for (const SummaryRow &r : t.rows)
                    if (r.key == c.row) row = r.label;
                for (const SummaryColumn &col : t.columns)
                    if (col.key == c.column) column = col.label;
            }
        //: %1 a table's title, %2 its row, %3 its column, %4 the threshold k
        return unsafe(Tr::tr("in \"%1\", row \"%2\", column \"%3\", a withheld count could be worked out to within "
                             "fewer than %4 from the other figures.")
                          .arg(table, row, column)
                          .arg(s.header.k));
    }
    s.protection.ranges = *ranges;
    return {};
}

}  // namespace

Result<DistrictMerge> mergePackages(const QList<ReadPackage> &packages, const MergeOptions &options,
                                    const std::atomic_bool *cancel)
{
    CD_TRY(checkTogether(packages));
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was merged.")); };
    // The district's k is the one asked for (5 unless the user chose another): a package
    // exported with a smaller k is refused, never followed, since a merge cannot be stricter
    // than its packages (a count of events does not say how many children it is about: the
    // school withheld it by its children, docs/disclosure.md).
    if (options.k < kMinMergeK || options.k > kMaxMergeK)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The district's k must be a whole number from %1 to %2, not %3.")
                                                      .arg(kMinMergeK)
                                                      .arg(kMaxMergeK)
                                                      .arg(options.k));
    const int k = options.k;
    for (const ReadPackage &p : packages)
        if (p.summary.header.k < k)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 was exported with k = %2, below the %3 asked for. A district summary cannot "
                                    "withhold more than the schools' packages did: ask the school to export again with "
                                    "k = %3, or merge with k = %2.")
                                 .arg(folderOf(p))
                                 .arg(p.summary.header.k)
                                 .arg(k));
    // Each school's package checked as the district reads it: exactly what an exporter writes for
    // its layout (PackageConformance.h), and its own disclosure audited again
    // (PackageDisclosure.h): the merge never trusts that the file it was given was written by a
    // careful exporter.
    auto layout = builtInSummaryLayout();
    if (!layout) return layout.error();
    for (const ReadPackage &p : packages) {
        if (cancel && cancel->load()) return cancelled();
        CD_TRY(checkSchoolPackage(p, *layout));
        CD_TRY(checkPackageDisclosure(p));
    }

    DistrictMerge out;
    Summary &s = out.summary;
    const SummaryHeader &first = packages.first().summary.header;
    s.header.generator = u"CounselDesk "_s + QStringLiteral(CD_VERSION);
    s.header.layoutId = first.layoutId;
    s.header.layoutVersion = first.layoutVersion;
    s.header.language = options.language == u"zh_CN"_s ? options.language : u"en"_s;
    s.header.semester = first.semester;
    s.header.k = k;
    s.header.schoolName = settings::translateFor(s.header.language, "DistrictMerge",
                                         QT_TRANSLATE_NOOP("DistrictMerge", "District summary: %1 schools"))
                              .arg(packages.size());

    merge::Merger merger(packages, MergeOptions{k, s.header.language}, k);
    if (cancel && cancel->load()) return cancelled();
    CD_TRY(merger.buildTables(s));
    merger.buildRelations(s);
    if (cancel && cancel->load()) return cancelled();
    for (int i = 0; i < s.counts.size(); ++i)
        s.protection.primary += s.protection.suppressed[i] && !s.counts.cells()[i].hidden ? 1 : 0;

    // The schools' own table after the profile's tables.
    qsizetype at = 0;
    for (qsizetype i = 0; i < s.tables.size(); ++i)
        if (s.tables.at(i).part == u"profile"_s) at = i + 1;
    s.tables.insert(at, merger.schoolsTable(s));

    for (SummaryTable &t : s.tables) {
        bool bounded = false;
        for (const SummaryRow &r : t.rows)
            for (const SummaryValue &v : r.values) {
                const bool lower = s.lowerBound(v) > 0;
                bounded = bounded || lower;
                out.lowerBounds += lower ? 1 : 0;
                out.withheld += s.withheld(v) ? 1 : 0;
            }
        if (bounded)
            t.note = merge::withSentence(t.note,
                                         settings::translateFor(s.header.language, "DistrictMerge",
                                                        QT_TRANSLATE_NOOP("DistrictMerge",
                                                                          "≥ n: at least n; some schools withheld part "
                                                                          "of this count.")),
                                         s.header.language);
    }
    if (cancel && cancel->load()) return cancelled();
    CD_TRY(auditMerged(s));

    for (const ReadPackage &p : packages)
        out.sources << MergeSource{p.dir, p.summary.header.schoolCode, p.summary.header.schoolType,
                                   p.summary.header.semester, p.manifestSha256, p.summary.header.k};
    std::sort(out.sources.begin(), out.sources.end(),
              [](const MergeSource &a, const MergeSource &b) { return a.schoolCode < b.schoolCode; });
    return out;
}

QString mergedFolderName(const SummaryHeader &header)
{
    const QString semester = safeFileName(header.semester);
    return u"district_%1"_s.arg(semester.isEmpty() ? u"semester"_s : semester).left(120);
}

}  // namespace cd::district

namespace cd::district {

Result<PackageReport> writeMergedPackage(const DistrictMerge &merge, const RenderedPdf &pdf, const QString &parentDir,
                                         const PackageProgress &progress, const std::atomic_bool *cancel,
                                         ExistingPackage existing)
{
    const Summary &s = merge.summary;
    QString problem = summaryStructureProblem(s);
    if (problem.isEmpty()) {  // audited again on exactly what is written
        auto narrow = disclosure::audit(s.counts, s.protection.suppressed, s.header.k);
        if (!narrow) problem = narrow.error().message;
        else if (!narrow->isEmpty()) problem = u"%1 withheld count cells can be worked out closer than k"_s.arg(narrow->size());
    }
    if (!problem.isEmpty())
        return makeError(ErrorCode::Internal, Tr::tr("The district summary cannot be written (%1). This is a fault in "
                                                     "CounselDesk; please report it.")
                                                  .arg(problem));
    if (pdf.summarySha256 != summaryDigest(s))
        return makeError(ErrorCode::Internal, Tr::tr("The PDF was not made from this district summary, so nothing was "
                                                     "written. This is a fault in CounselDesk; please report it."));
    auto contents = packageContents(s, pdf);
    if (!contents) return contents.error();
    QList<PackageInput> inputs;
    for (const MergeSource &source : merge.sources) inputs << PackageInput{source.schoolCode, source.manifestSha256};
    return writePackageFolder(
        s, *contents, [&](const QList<PackageFile> &files) { return manifestJson(s.header, files, inputs); },
        mergedFolderName(s.header), parentDir, progress, cancel, existing);
}

}  // namespace cd::district
