#pragma once
// Counts that leave the vault, as statistical disclosure control sees them (docs/disclosure.md):
// cells (a count in a named table, row and column) and the additive relations between them (this
// total is the sum of those parts), within a table and across tables. Every export of counts
// builds one CountTables, and `protect` (Suppression.h) decides which cells are withheld.

#include <QList>
#include <QString>
#include <QVector>

namespace cd::disclosure {

struct Cell {
    QString table;   ///< "monitoring", "screening"
    QString row;     ///< "grade=7 instrument=PHQ-9"
    QString column;  ///< "band=2", "total"
    qint64 value = 0;
    /// A count about people in a sensitive category (bands, flagged, crisis, referrals): besides
    /// the small counts, one within k−1 of its group's total is withheld too (a near-100 % rate
    /// identifies as well as a small count).
    bool sensitive = false;
    /// A count in no table, there only for its relations (the flagged of a grade over all its
    /// instruments): unknown to a reader, so always withheld, and its own range is not audited.
    bool hidden = false;
    /// The distinct people behind `value` when it counts events (crisis events, referrals,
    /// sessions, cases): one child with six events is `value` 6, `people` 1, and withheld like a
    /// count of 1. -1: the value counts people. Never published.
    qint64 people = -1;
    /// The people behind the count: `people`, or `value` when it counts people.
    qint64 peopleCount() const { return people >= 0 ? people : value; }
    /// A withheld cell known to be at least this much (a district's merged count, where some
    /// schools withheld their part: the sum of the parts they published). The lower bound of the
    /// cell in derivableRanges; 0 for every count of one school (counts are never negative).
    qint64 atLeast = 0;
};

/// `total` = the sum of `parts` (cell indexes). A cell equal to another across tables is a
/// relation with one part.
struct Relation {
    int total = -1;
    QList<int> parts;
    /// The parts split one group of people into categories (flagged / not flagged, the bands):
    /// a sensitive part near this total is withheld. Not for a sum over smaller groups (the
    /// classes of a grade), where a class holding all of a grade's cases says nothing of a child.
    bool breakdown = false;
    /// The parts, then the total: every cell of the relation.
    QList<int> members() const { return QList<int>(parts) << total; }
};

class CountTables {
public:
    /// Adds a cell; returns its index.
    int add(const Cell &cell);
    int add(const QString &table, const QString &row, const QString &column, qint64 value, bool sensitive = false);
    /// Adds a hidden cell (Cell::hidden) in the table "hidden"; returns its index.
    int addHidden(const QString &row = {}, const QString &column = {}, qint64 value = 0);
    /// Records `total` = Σ `parts`, a sum over smaller groups. The values must already add up
    /// (checked by `consistencyProblem`).
    void relate(int total, const QList<int> &parts);
    /// Records `total` = Σ `parts`, one group split into categories (Relation::breakdown).
    void breakDown(int total, const QList<int> &parts);

    const QVector<Cell> &cells() const { return m_cells; }
    const QVector<Relation> &relations() const { return m_relations; }
    int size() const { return static_cast<int>(m_cells.size()); }

    /// The first relation whose values do not add up, as text for a developer; empty when all do.
    QString consistencyProblem() const;

private:
    QVector<Cell> m_cells;
    QVector<Relation> m_relations;
};

}  // namespace cd::disclosure
