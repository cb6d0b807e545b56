#pragma once
// The one catalogue of what a district summary can publish (docs/district-summary.md): the
// MEASURES the code knows how to compute, the DIMENSIONS it can break them down by, and the
// additive relations between measures in one row. A layout (SummaryLayout) composes these into
// tables; it cannot name anything that is not here.

#include "district/Summary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::district {

/// A breakdown a table's rows follow.
struct DimensionInfo {
    const char *key;     ///< "grade", "risk_level", …
    /// The rows split one group of people into categories (the risk levels of the events): a
    /// sensitive row near the total is withheld (disclosure::Relation::breakdown). False for sums
    /// over smaller groups (the grades).
    bool breakdown;
    /// The fixed row keys in order ("individual", …); empty when the rows come from the data
    /// (grades, instruments).
    QStringList fixedKeys;
    QString rowPrefix;   ///< a row's key is PREFIX=KEY ("kind=individual")
    /// Fixed rows whose counts are sensitive whatever the measure (cases of self-harm).
    QStringList sensitiveKeys = {};
};

struct MeasureInfo {
    const char *key;        ///< "screened", "band2", …
    ValueKind kind;
    bool sensitive;         ///< a Count about people in a sensitive category
    QStringList dimensions; ///< the dimensions it can be broken down by ("school" always works)
    /// A Percent: numerator / denominator, both measures of the same row.
    const char *numerator = nullptr;
    const char *denominator = nullptr;
};

/// total = Σ parts, in every row where the measures are computed (and for the school).
struct MeasureRelation {
    const char *total;
    QStringList parts;
    bool breakdown;  ///< the parts split one group into categories (see disclosure::Relation)
};

const QList<DimensionInfo> &dimensions();
const QList<MeasureInfo> &measures();
const QList<MeasureRelation> &measureRelations();

const DimensionInfo *dimension(const QString &key);
const MeasureInfo *measure(const QString &key);

/// A part of the summary: its key and its heading (QT_TRANSLATE_NOOP("DistrictSummary", …)).
struct PartInfo {
    const char *key;
    const char *heading;
};
/// The parts a table of a layout may belong to, in report order: the school's staffing and
/// funding, then the national plan's four (education, monitoring, counseling, intervention).
const QList<PartInfo> &parts();
/// Their keys, in report order.
QStringList summaryParts();
/// The parts of `summary` that hold a table, in report order (a part unknown here after them).
QStringList summaryParts(const Summary &summary);
/// The indexes of the tables of `part`, in the layout's order.
QList<int> tablesOfPart(const Summary &summary, const QString &part);
/// The heading of a part in `language` ("Monitoring and early warning"); an unknown part's key.
QString partHeading(const QString &part, const QString &language);

/// The footnote on the withheld mark, in the summary's language, the same in every output (PDF,
/// preview, CSV, workbook, summary.json): "* Withheld so that no student can be identified; k = 5."
QString withheldFootnote(const SummaryHeader &header);

/// The highest screening band a summary reports; an instrument's bands above it count in it.
constexpr int kMaxBands = 5;

}  // namespace cd::district
