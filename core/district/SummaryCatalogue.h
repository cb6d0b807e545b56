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

/// The parts a Count table of a layout version may belong to, in report order.
QStringList summaryParts();

/// The highest screening band a summary reports; an instrument's bands above it count in it.
constexpr int kMaxBands = 5;

}  // namespace cd::district
