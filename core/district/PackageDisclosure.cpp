#include "district/PackageDisclosure.h"

#include "disclosure/Suppression.h"
#include "district/SummaryCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMerge)
};

/// The quantity a row stands for across tables: a table's total row and the school's own row are
/// both the school's.
QString rowOf(const QString &row) { return row == u"total"_s ? u"school"_s : row; }

/// The row `row` adds up into with the other rows of its dimension: an instrument's grade into
/// the instrument ("instrument=PHQ-9 grade=7" → "instrument=PHQ-9"), every other row into the
/// school's.
QString parentOf(const QString &row)
{
    if (row.startsWith(u"instrument="_s) && row.contains(u' ')) return row.section(u' ', 0, 0);
    return u"school"_s;
}

/// The rows that add up together: the same dimension under the same parent.
QString dimensionOf(const QString &row)
{
    return row.contains(u' ') ? u"instrument_grade"_s : row.section(u'=', 0, 0);
}

/// The dimension whose rows are keyed PREFIX=… (dimensionOf's name for them).
const DimensionInfo *dimensionOfRows(const QString &prefix)
{
    for (const DimensionInfo &d : dimensions())
        if (d.rowPrefix == prefix || QLatin1String(d.key) == prefix) return &d;
    return nullptr;
}

class PackageCells {
public:
    explicit PackageCells(const ReadPackage &package) : m_package(package) {}

    /// The package's counts as cells (withheld ones at 0: their value is not known); a published
    /// count from 1 to k − 1 refused.
    Status build()
    {
        const PackageSummary &s = m_package.summary;
        for (const PackageTable &t : s.tables)
            for (const PackageRow &r : t.rows)
                for (qsizetype c = 0; c < r.values.size() && c < t.columns.size(); ++c) {
                    const PackageValue &v = r.values.at(c);
                    if (v.kind != ValueKind::Count) continue;
                    disclosure::Cell cell{t.id, r.key, t.columns.at(c).key,
                                          v.withheld ? 0 : static_cast<qint64>(v.value.value_or(0)), v.sensitive};
                    cell.atLeast = v.withheld ? v.atLeast : 0;
                    if (!v.withheld && cell.value >= 1 && cell.value < s.header.k)
                        return refused(t, r, t.columns.at(c),
                                       Tr::tr("it publishes a count from 1 to %1").arg(s.header.k - 1));
                    const QString position = t.id + u'\x1f' + r.key + u'\x1f' + cell.column;
                    if (m_positions.contains(position))
                        return refused(t, r, t.columns.at(c), Tr::tr("it states the same count twice"));
                    m_positions.insert(position);
                    const int index = m_tables.add(cell);
                    m_withheld << v.withheld;
                    m_byId.insert(v.id, index);
                    m_labels << Labels{t.title, r.label, t.columns.at(c).label};
                    // The same quantity shown twice (in two tables) is one count.
                    QHash<QString, int> &row = m_cellAt[rowOf(r.key)];
                    if (const auto first = row.constFind(cell.column); first != row.constEnd()) {
                        m_tables.relate(*first, {index});
                        m_sameCount << std::pair{*first, index};
                    } else
                        row.insert(cell.column, index);
                }
        for (const QString &id : s.hiddenCounts) {
            m_byId.insert(id, m_tables.addHidden());
            m_withheld << true;
            m_labels << Labels{};
        }
        return {};
    }

    /// The relations summary.json states, and those the layout implies whether or not it states
    /// them: each row's measures (screened = invalid + the bands, …) and each dimension's rows to
    /// the row they add up to. An implied relation whose cells are all published and do not add
    /// up is not one this package has (an instrument without bands); with a withheld cell it is
    /// taken as holding, the cautious side.
    void relate()
    {
        for (const PackageRelation &rel : m_package.summary.relations) {
            QList<int> parts;
            for (const QString &p : rel.parts) parts << m_byId.value(p, -1);
            const int total = m_byId.value(rel.total, -1);
            if (total < 0 || parts.contains(-1)) continue;  // the reader checked every id
            const QString sig = signature(total, parts);
            if (m_stated.contains(sig) && m_problem.isEmpty()) {
                m_problemAt = total;
                m_problem = Tr::tr("it states the relation of this total to its parts twice");
            }
            m_stated.insert(sig, rel.breakdown);
            // Held as the layout implies below, with the layout's breakdown flag: a package's own
            // flag decides nothing.
            m_tables.relate(total, parts);
        }
        for (const auto &[first, again] : std::as_const(m_sameCount)) expect(first, {again}, false);
        for (auto row = m_cellAt.cbegin(); row != m_cellAt.cend(); ++row)
            for (const MeasureRelation &r : measureRelations()) {
                const int total = row->value(QLatin1String(r.total), -1);
                QList<int> parts;
                for (const QString &p : r.parts) parts << row->value(p, -1);
                if (total < 0 || parts.contains(-1)) continue;
                if (r.parts.contains(u"band1"_s) && allPublishedZero(parts)) continue;  // no bands
                implied(total, parts, r.breakdown);
            }
        QMap<QString, QList<int>> children;  // parent, dimension, measure → the rows' cells
        for (auto row = m_cellAt.cbegin(); row != m_cellAt.cend(); ++row) {
            if (row.key() == u"school"_s) continue;
            for (auto m = row->cbegin(); m != row->cend(); ++m)
                children[parentOf(row.key()) + u'\x1f' + dimensionOf(row.key()) + u'\x1f' + m.key()] << m.value();
        }
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const int total = m_cellAt.value(it.key().section(u'\x1f', 0, 0)).value(it.key().section(u'\x1f', 2), -1);
            const DimensionInfo *d = dimensionOfRows(it.key().section(u'\x1f', 1, 1));
            // As SummaryTables.cpp: a dimension's rows break the school's total down when the
            // dimension is one (risk levels, destinations), not the grades' sum.
            const bool breakdown = d && d->breakdown && it.key().section(u'\x1f', 0, 0) == u"school"_s;
            if (total >= 0) implied(total, it.value(), breakdown);
        }
    }

    /// Every withheld count's range at least k wide, or the first that is not, named; before
    /// that, every relation the layout implies stated in summary.json (a reader checking the
    /// package on its own, and the district's relations, rely on the list).
    Status audit() const
    {
        if (!m_problem.isEmpty()) return refusedAt(m_labels.at(m_problemAt), m_problem);
        if (m_unstated >= 0)
            return refusedAt(m_labels.at(m_unstated),
                             Tr::tr("it does not state that this count is the sum of its parts, as its layout "
                                    "implies (its list of relations was cut)"));
        const int k = m_package.summary.header.k;
        // The exporter's second primary rule: a sensitive part of a breakdown within k − 1 of its
        // total (equal included) is withheld, as a near-100 % rate singles out as well as a small
        // count (disclosure::primarySuppression; not called itself: here a withheld total's value
        // is not known, and a published part under it says nothing).
        for (const disclosure::Relation &rel : m_tables.relations()) {
            if (!rel.breakdown || m_withheld[rel.total]) continue;
            for (int p : rel.parts) {
                const disclosure::Cell &c = m_tables.cells()[p];
                if (m_withheld[p] || !c.sensitive || c.value <= 0) continue;
                if (m_tables.cells()[rel.total].value - c.value <= k - 1)
                    return refusedAt(m_labels.at(p), Tr::tr("it publishes a sensitive count within %1 of its total, "
                                                            "which identifies as well as a small count")
                                                         .arg(k - 1));
            }
        }
        const int unequal = firstUnequalTotal();  // even with nothing withheld to work out
        auto ranges = unequal >= 0 ? Result<QVector<disclosure::CellRange>>(makeError(ErrorCode::InvalidInput, QString()))
                                   : disclosure::derivableRanges(m_tables, m_withheld);
        if (!ranges) {
            const QString folder = QDir::toNativeSeparators(m_package.dir);
            if (const int total = unequal; total >= 0)
                //: %1 a package's folder, %2 a table's title, %3 its row, %4 its column
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("%1: the package's counts do not add up with each other: in \"%2\", row "
                                        "\"%3\", column \"%4\", the total is not the sum of its parts. It cannot be "
                                        "merged. Ask the school for a new copy of the package.")
                                     .arg(folder, m_labels.at(total).table, m_labels.at(total).row,
                                          m_labels.at(total).column));
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: the package's counts do not add up with each other, so it cannot be "
                                    "merged. Ask the school for a new copy of the package.")
                                 .arg(folder));
        }
        for (int i = 0; i < m_tables.size(); ++i) {
            if (!m_withheld[i] || m_tables.cells()[i].hidden || (*ranges)[i].width() >= k) continue;
            const Labels &l = m_labels.at(i);
            return refusedAt(l, Tr::tr("a withheld count can be worked out to within fewer than %1 from the "
                                       "package's other figures")
                                    .arg(k));
        }
        return {};
    }

private:
    struct Labels {
        QString table, row, column;
    };

    /// The total of the first relation its published cells already break: all published and
    /// unequal, or published parts above a published total; -1 when none does.
    int firstUnequalTotal() const
    {
        for (const disclosure::Relation &rel : m_tables.relations()) {
            if (m_withheld[rel.total] || m_tables.cells()[rel.total].hidden) continue;
            bool allPublished = true;
            qint64 published = 0;
            for (int p : rel.parts) {
                allPublished = allPublished && !m_withheld[p];
                if (!m_withheld[p]) published += m_tables.cells()[p].value;
            }
            const qint64 total = m_tables.cells()[rel.total].value;
            if ((allPublished && published != total) || published > total) return rel.total;
        }
        return -1;
    }

    bool allPublishedZero(const QList<int> &cells) const
    {
        for (int c : cells)
            if (m_withheld[c] || m_tables.cells()[c].value != 0) return false;
        return true;
    }

    void implied(int total, const QList<int> &parts, bool breakdown)
    {
        bool allPublished = !m_withheld[total];
        qint64 sum = 0;
        for (int p : parts) {
            allPublished = allPublished && !m_withheld[p];
            sum += m_tables.cells()[p].value;
        }
        if (allPublished && sum != m_tables.cells()[total].value) return;
        if (breakdown) m_tables.breakDown(total, parts);
        else m_tables.relate(total, parts);
        expect(total, parts, breakdown);
    }

    static QString signature(int total, QList<int> parts)
    {
        std::sort(parts.begin(), parts.end());
        QString out = QString::number(total);
        for (int p : std::as_const(parts)) out += u',' + QString::number(p);
        return out;
    }

    /// Notes the first relation the layout implies that summary.json does not state, or states
    /// with another breakdown flag.
    void expect(int total, const QList<int> &parts, bool breakdown)
    {
        const auto stated = m_stated.constFind(signature(total, parts));
        if (m_unstated < 0 && stated == m_stated.constEnd()) m_unstated = total;
        if (stated != m_stated.constEnd() && *stated != breakdown && m_problem.isEmpty()) {
            m_problemAt = total;
            m_problem = Tr::tr("it does not state whether this total's parts break one group down as its layout does");
        }
    }

    Error refused(const PackageTable &t, const PackageRow &r, const SummaryColumn &c, const QString &why) const
    {
        return refusedAt(Labels{t.title, r.label, c.label}, why);
    }

    Error refusedAt(const Labels &l, const QString &why) const
    {
        //: %1 a package's folder, %2 a table's title, %3 its row, %4 its column, %5 what is wrong
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not safe to add to the district's tables: in \"%2\", row \"%3\", column \"%4\", "
                                "%5. Nothing was merged. Leave this package out, and ask the school to export "
                                "again with CounselDesk.")
                             .arg(QDir::toNativeSeparators(m_package.dir), l.table, l.row, l.column, why));
    }

    const ReadPackage &m_package;
    disclosure::CountTables m_tables;
    QVector<bool> m_withheld;
    QHash<QString, int> m_byId;
    QVector<Labels> m_labels;
    QHash<QString, QHash<QString, int>> m_cellAt;  ///< row → measure → its first cell
    QSet<QString> m_positions;                     ///< table, row and column of every count
    QList<std::pair<int, int>> m_sameCount;        ///< a count's first cell and another showing of it
    QHash<QString, bool> m_stated;                 ///< the relations summary.json states: signature → breakdown
    QString m_problem;                             ///< the first relation stated twice or with the wrong flag
    int m_problemAt = -1;                          ///< its total
    int m_unstated = -1;                           ///< the total of the first implied relation not stated
};

}  // namespace

Status checkPackageDisclosure(const ReadPackage &package)
{
    PackageCells cells(package);
    CD_TRY(cells.build());
    cells.relate();
    return cells.audit();
}

}  // namespace cd::district
