#pragma once
// Reads a district package folder back (docs/district-package.md): checks manifest.json against
// the folder (every file listed present, sizes and SHA-256 as listed, nothing else in the folder)
// and parses summary.json into tables whose withheld values have no value. Every problem names
// the file and what is wrong with it. writePackage reads its own package back with it; the
// district's merge reads the schools' packages with it.

#include "common/Result.h"
#include "district/PackageFiles.h"
#include "district/Summary.h"

#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace cd::district {

/// One value of a table as summary.json states it.
struct PackageValue {
    ValueKind kind = ValueKind::Number;
    QString id;                    ///< a count's cell id ("c12"); empty for numbers and percents
    QString numerator;             ///< a percent of counts: the cells' ids
    QString denominator;
    bool sensitive = false;
    bool withheld = false;
    std::optional<double> value;   ///< never set when withheld
    /// A withheld count of a district's merged summary known to be at least this ("at_least");
    /// 0 when the summary states no bound.
    qint64 atLeast = 0;
};

struct PackageRow {
    QString key;
    QString label;
    QVector<PackageValue> values;
};

struct PackageTable {
    QString id;
    QString part;
    QString title;
    QString note;
    QVector<SummaryColumn> columns;
    QVector<PackageRow> rows;
};

struct PackageRelation {
    QString total;
    QStringList parts;
    bool breakdown = false;
};

/// summary.json, parsed.
struct PackageSummary {
    int formatVersion = 0;
    SummaryHeader header;  ///< as in Summary; `k` the threshold applied
    QString withheldMark;
    QString footnote;
    int withheldValues = 0;
    QVector<PackageTable> tables;
    QVector<PackageRelation> relations;
    QStringList hiddenCounts;  ///< count cells no table shows but a relation names
};

/// manifest.json, parsed.
struct PackageManifest {
    int formatVersion = 0;
    QString generator;
    QString layoutId;
    int layoutVersion = 0;
    int k = 0;
    QString schoolCode;
    QString semester;
    QList<PackageFile> files;
    QList<PackageInput> inputs;  ///< a district's merged package: the packages it was made from
};

struct ReadPackage {
    QString dir;
    PackageManifest manifest;
    QByteArray manifestSha256;  ///< hex: the package's checksum
    PackageSummary summary;
};

/// Reads and checks the package in `dir`. Damaged (or NotFound for a folder that is not there)
/// naming the file: a missing, extra, truncated or changed file, a manifest or summary.json that
/// does not parse or does not follow the format.
Result<ReadPackage> readPackage(const QString &dir);

/// Parses manifest.json (`fileName` names it in errors).
Result<PackageManifest> parseManifest(const QByteArray &json, const QString &fileName);
/// Parses summary.json (`fileName` names it in errors): every table, value and relation checked
/// (kinds, ids unique and known, withheld values without a value, counts whole and not negative).
Result<PackageSummary> parseSummaryJson(const QByteArray &json, const QString &fileName);

}  // namespace cd::district
