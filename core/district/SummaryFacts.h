#pragma once
// Internal to the semester summary: the figures each part collects from the vault (facts, one per
// measure, dimension and row), and the builder that lays them out as a layout's tables with every
// count in a disclosure::CountTables and its additive relations (SummaryTables.cpp).

#include "common/Result.h"
#include "district/SchoolProfile.h"
#include "district/Summary.h"
#include "district/SummaryLayout.h"
#include "lessons/Semester.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>

#include <atomic>
#include <functional>

namespace cd::vault {
class Vault;
}
namespace cd::storage {
class Statement;
}

namespace cd::district {

/// The figures of a semester, before any layout: leaves[measure][dimension][key], where key is a
/// grade ("7"), an instrument and grade ("PHQ-9|7") or a fixed key ("individual"); and the
/// school's own figure for a measure that has no breakdown.
struct SummaryFacts {
    QHash<QString, QHash<QString, QMap<QString, double>>> leaves;
    QHash<QString, double> school;
    /// The school's grades in the semester ("7"), from its roster: every table by grade has a row for
    /// each, zero or not, so that a row's being there tells nothing about its counts.
    QSet<QString> grades;
    /// Instruments whose scoring defines no bands: their band columns are 0 and "screened =
    /// invalid + bands" is not stated for their rows (it does not hold; docs/district-summary.md).
    QSet<QString> withoutBands;

    /// The students behind a measure that counts events (crisis events, referrals, sessions,
    /// cases, group places): students[measure][dimension][key]. A measure with none here counts
    /// people. Used only to withhold (disclosure::Cell::people); never published.
    QHash<QString, QHash<QString, QMap<QString, QSet<qint64>>>> students;

    void add(const char *measure, const char *dimension, const QString &key, double value = 1);
    /// One event of `student`: the leaf's count up by one, the student among its people.
    void addEvent(const char *measure, const char *dimension, const QString &key, qint64 student);
    /// The distinct students behind the leaves `keys` of a measure that counts events (every leaf
    /// of the measure's first dimension with data when `keys` is empty: the school's); -1 for a
    /// measure that counts people.
    qint64 people(const QString &measure, const QString &dimension, const QStringList &keys) const;
    void setSchool(const char *measure, double value);
    /// The school's figure: its own, else the sum of the leaves of the measure's first dimension.
    double schoolValue(const QString &measure) const;
    double leaf(const QString &measure, const QString &dimension, const QString &key) const;
};

/// What every part reads: the semester and the day it is counted to (its end, or today if sooner).
struct SummaryPeriod {
    lessons::Semester semester;
    QDate asOf;
    bool contains(const QDate &day) const { return day >= semester.startsOn && day <= asOf; }
};

Status collectProfile(const SchoolProfile &profile, SummaryFacts &facts);
/// The grades of the students on the roster at any time in the semester (SummaryFacts::grades).
Status collectGrades(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts);
Status collectEducation(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts);
Status collectMonitoring(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts);
Status collectCounseling(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts);
Status collectIntervention(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts);

/// The layout's tables filled from `facts` into `summary` (tables and counts with every relation:
/// the rows of a table to its total, a row's parts to its total, the same count in two tables,
/// an instrument's grades to the instrument). No protection yet.
void buildSummaryTables(const SummaryLayout &layout, const SummaryFacts &facts, Summary &summary);

/// SQL for the grade a student (the SQL expression `student`) was in on the day `day` (an SQL
/// date expression): the class history's, else `fallback` (the roster's grade column).
/// Withholds the summary's counts for `k` (primary and complementary suppression) and audits the
/// result again: Internal if any withheld count's derivable range is narrower than k.
Status protectSummary(Summary &summary, int k, const std::atomic_bool *cancel = nullptr);

/// Runs `sql`, calling `row` for each row; with `period`, ?1 and ?2 are its first and last day.
Status forEachRow(vault::Vault &vault, const QString &sql, const std::function<void(storage::Statement &)> &row,
                  const SummaryPeriod *period = nullptr);

/// `code` when it is one of the dimension's fixed keys, else "other" (a school's own category).
QString fixedKey(const char *dimension, const QString &code);

/// The local day of a stored time (clock::fromStorage is UTC; "" → an invalid date).
QDate dayOf(const QString &stored);

QString gradeOnSql(const QString &student, const QString &day, const QString &fallback);

}  // namespace cd::district
