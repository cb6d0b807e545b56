#pragma once
// The bytes of each file of a district package (docs/district-package.md), built in memory from a
// Summary before anything touches the drive: one CSV per table, summary.json, summary.xlsx and
// manifest.json. Package.cpp checks them with the LeakGuard, then writes them; PackageReader
// parses summary.json and manifest.json back. A withheld value is the mark `*` in the CSVs and
// the workbook and has no value in summary.json.

#include "common/Result.h"
#include "district/Summary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cd::district {

/// The format of summary.json and manifest.json this build writes (and the newest it reads).
inline constexpr int kPackageFormatVersion = 1;
inline constexpr char kSummaryJsonName[] = "summary.json";
inline constexpr char kManifestName[] = "manifest.json";
inline constexpr char kPdfName[] = "summary.pdf";
inline constexpr char kXlsxName[] = "summary.xlsx";

/// One file of a package as the manifest lists it.
struct PackageFile {
    QString name;
    qint64 size = 0;
    QByteArray sha256;  ///< lower-case hex
    bool operator==(const PackageFile &other) const
    {
        return name == other.name && size == other.size && sha256 == other.sha256;
    }
};

/// A file's name and bytes, before it is written.
struct PackageContent {
    QString name;
    QByteArray bytes;
};

/// A string of a package in the summary's `language` ("zh_CN" or "en"), whatever the interface
/// speaks: `source` (marked with QT_TRANSLATE_NOOP in `context`) translated.
QString textInLanguage(const QString &language, const char *context, const char *source);

/// Characters FAT and NTFS refuse in a file name, and control characters, made "_"; no leading or
/// trailing dots or spaces; spaces as "_".
QString safeFileName(const QString &text);

/// The package's folder name: "summary_<school code>_<semester>", made safe for FAT and NTFS
/// drives (no \ / : * ? " < > |, no control characters, no leading or trailing dots or spaces).
QString packageFolderName(const SummaryHeader &header);

/// The CSV file of the table at `index` ("03_monitoring.bands.csv").
QString tableCsvName(int index, const SummaryTable &table);
/// One table as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formula characters
/// neutralised (io::csvCell). First row: the title, then the column labels; a row per row: its
/// label, then each value's text (`*` when withheld); after an empty line the table's note and,
/// when a value is withheld, the footnote explaining the mark. Every line has as many fields.
QByteArray tableCsv(const Summary &summary, const SummaryTable &table);
/// The footnote under a table with a withheld value, in the summary's language.
QString withheldFootnote(const SummaryHeader &header);

/// summary.json: the header, every table with its cells (count cells with an id; a withheld
/// value with `"withheld": true` and no value) and every additive relation between count cells.
QByteArray summaryJson(const Summary &summary);
/// The id summary.json gives count cell `cell` ("c12").
QString countCellId(int cell);

/// summary.xlsx (libxlsxwriter): one sheet per table, header row bold, withheld values as the
/// mark, the note and the footnote under each table.
Result<QByteArray> summaryXlsx(const Summary &summary);

/// A file's entry: its size and SHA-256.
PackageFile describeFile(const QString &name, const QByteArray &bytes);
/// A package a district's merged package was made from: its school and its checksum.
struct PackageInput {
    QString schoolCode;
    QByteArray manifestSha256;  ///< hex
    bool operator==(const PackageInput &other) const
    {
        return schoolCode == other.schoolCode && manifestSha256 == other.manifestSha256;
    }
};

/// manifest.json over `files` (every file of the package but itself); a district's merged package
/// also lists its `inputs` ("inputs").
QByteArray manifestJson(const SummaryHeader &header, const QList<PackageFile> &files,
                        const QList<PackageInput> &inputs = {});

/// Every file of the package but the manifest, in the order they are written: summary.pdf, the
/// CSVs, summary.xlsx, summary.json.
Result<QList<PackageContent>> packageContents(const Summary &summary, const RenderedPdf &pdf);

/// The part of summaryProblem that holds for a district's merged summary too: rows that match
/// their columns, values naming cells that exist, no published count from 1 to k − 1.
QString summaryStructureProblem(const Summary &summary);

/// Problems that must stop any export of `summary` (a bug upstream, never the user's input): a
/// published count from 1 to k − 1, a value naming a count cell that does not exist, a row whose
/// values do not match its table's columns. Empty when there is none.
QString summaryProblem(const Summary &summary);

}  // namespace cd::district
