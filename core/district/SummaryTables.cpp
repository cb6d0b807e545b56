// The layout's tables filled from a semester's facts, every count a cell of the summary's
// CountTables, with every additive relation between the cells (docs/district-summary.md,
// "Relations").

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::district {

void SummaryFacts::add(const char *measure, const char *dimension, const QString &key, double value)
{
    leaves[QLatin1String(measure)][QLatin1String(dimension)][key] += value;
}

void SummaryFacts::addEvent(const char *measure, const char *dimension, const QString &key, qint64 student)
{
    add(measure, dimension, key);
    students[QLatin1String(measure)][QLatin1String(dimension)][key].insert(student);
}

qint64 SummaryFacts::people(const QString &measure, const QString &dimension, const QStringList &keys) const
{
    if (!students.contains(measure)) return -1;
    const auto byDimension = students.value(measure);
    QMap<QString, QSet<qint64>> byKey;
    if (!keys.isEmpty()) {
        byKey = byDimension.value(dimension);
    } else {
        // The school's: the first dimension with data, as schoolValue sums.
        const MeasureInfo *m = district::measure(measure);
        for (const QString &d : m ? m->dimensions : QStringList())
            if (leaves.value(measure).contains(d)) {
                byKey = byDimension.value(d);
                break;
            }
    }
    QSet<qint64> all;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (keys.isEmpty() || keys.contains(it.key())) all.unite(it.value());
    return all.size();
}

void SummaryFacts::setSchool(const char *measure, double value)
{
    school[QLatin1String(measure)] = value;
}

double SummaryFacts::schoolValue(const QString &measure) const
{
    if (school.contains(measure)) return school.value(measure);
    const MeasureInfo *m = district::measure(measure);
    const auto byDimension = leaves.value(measure);
    for (const QString &d : m ? m->dimensions : QStringList()) {
        if (!byDimension.contains(d)) continue;
        double sum = 0;
        for (double v : byDimension.value(d)) sum += v;
        return sum;
    }
    return 0;
}

double SummaryFacts::leaf(const QString &measure, const QString &dimension, const QString &key) const
{
    return leaves.value(measure).value(dimension).value(key, 0);
}

QDate dayOf(const QString &stored)
{
    return stored.isEmpty() ? QDate() : clock::fromStorage(stored).toLocalTime().date();
}

QString gradeOnSql(const QString &student, const QString &day, const QString &fallback)
{
    return u"COALESCE((SELECT h.grade FROM class_history h WHERE h.student_id = %1 AND h.from_date <= %2 "
           "ORDER BY h.from_date DESC LIMIT 1), %3)"_s
        .arg(student, day, fallback);
}

Status forEachRow(vault::Vault &vault, const QString &sql, const std::function<void(storage::Statement &)> &row,
                  const SummaryPeriod *period)
{
    auto stmt = vault.database().prepare(sql);
    if (!stmt) return stmt.error();
    if (period)
        stmt->bind(1, clock::dateToStorage(period->semester.startsOn)).bind(2, clock::dateToStorage(period->asOf));
    for (;;) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) return {};
        row(*stmt);
    }
}

QString fixedKey(const char *dimensionKey, const QString &code)
{
    return dimension(QLatin1String(dimensionKey))->fixedKeys.contains(code) ? code : u"other"_s;
}

namespace {

/// One row of a table before its values: where it sits among the dimension's rows.
struct RowPlan {
    QString key;      ///< "grade=7", "instrument=PHQ-9 grade=7", "total"
    QString label;
    QString rowId;    ///< the row across tables: "grade:7", "instrument_grade:PHQ-9|7", "school"
    QString parentId; ///< the row it adds up to
    QStringList leafKeys;  ///< the facts' keys it sums (one for a leaf)
};

QString gradeLabel(const SummaryLayout &layout, const QString &grade, const QString &language)
{
    return layout.label(u"grade="_s + grade, language);
}

QList<RowPlan> planRows(const SummaryLayout &layout, const LayoutTable &table, const SummaryFacts &facts,
                        const QString &language)
{
    const DimensionInfo *d = dimension(table.dimension);
    QList<RowPlan> rows;
    if (table.dimension == u"school"_s) {
        rows << RowPlan{u"school"_s, layout.label(u"school"_s, language), u"school"_s, {}, {}};
        return rows;
    }
    QStringList keys = d->fixedKeys;
    if (keys.isEmpty()) {
        QSet<QString> seen;
        for (const LayoutColumn &c : table.columns)
            for (const QString &k : facts.leaves.value(c.measure).value(table.dimension).keys()) seen.insert(k);
        // Every grade of the school, counted or not: a row that is there only because of the data
        // would tell that its count is at least one.
        // And every grade any table by grade counts in: all tables by grade have the same rows
        // (docs/district-package.md, "The rows"; the merge refuses a package missing one).
        if (table.dimension == u"grade"_s) {
            seen.unite(facts.grades);
            for (const auto &byDimension : facts.leaves)
                for (const QString &k : byDimension.value(u"grade"_s).keys()) seen.insert(k);
        }
        keys = QStringList(seen.cbegin(), seen.cend());
        // Grades as numbers; an instrument's grades together.
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const QString ia = a.section(u'|', 0, -2), ib = b.section(u'|', 0, -2);
            if (ia != ib) return ia < ib;
            return a.section(u'|', -1).toInt() < b.section(u'|', -1).toInt();
        });
    }
    const QString dim = table.dimension;
    if (dim == u"instrument_grade"_s) {
        QString current;
        RowPlan subtotal;
        const auto flush = [&] {
            if (!current.isEmpty()) rows << subtotal;
        };
        for (const QString &k : keys) {
            const QString instrument = k.section(u'|', 0, -2), grade = k.section(u'|', -1);
            if (instrument != current) {
                flush();
                current = instrument;
                subtotal = RowPlan{u"instrument=%1"_s.arg(instrument),
                                   layout.label(u"instrument"_s, language).replace(u"{instrument}"_s, instrument),
                                   dim + u':' + instrument, u"school"_s, {}};
            }
            subtotal.leafKeys << k;
            rows << RowPlan{u"instrument=%1 grade=%2"_s.arg(instrument, grade),
                            layout.label(u"instrument_grade"_s, language)
                                .replace(u"{instrument}"_s, instrument)
                                .replace(u"{grade}"_s, gradeLabel(layout, grade, language)),
                            dim + u':' + k, subtotal.rowId, {k}};
        }
        flush();
        return rows;
    }
    for (const QString &k : keys)
        rows << RowPlan{d->rowPrefix + u'=' + k, layout.label(d->rowPrefix + u'=' + k, language), dim + u':' + k,
                        u"school"_s, {k}};
    if (table.total) rows << RowPlan{u"total"_s, layout.label(u"total"_s, language), u"school"_s, {}, {}};
    return rows;
}

class Builder {
public:
    Builder(const SummaryLayout &layout, const SummaryFacts &facts, Summary &summary)
        : m_layout(layout), m_facts(facts), m_summary(summary)
    {
    }

    void build()
    {
        const QString language = m_summary.header.language;
        for (const LayoutTable &lt : m_layout.tables) {
            SummaryTable table;
            table.id = lt.id;
            table.part = lt.part;
            table.title = lt.title.in(language);
            table.note = lt.note.in(language);
            for (const LayoutColumn &c : lt.columns)
                table.columns << SummaryColumn{c.measure, c.label.in(language), measure(c.measure)->kind};
            for (const RowPlan &plan : planRows(m_layout, lt, m_facts, language))
                table.rows << row(lt, plan);
            m_summary.tables << table;
        }
        relate();
        relateFollowUps();
    }

private:
    double value(const QString &m, const QString &dimension, const RowPlan &plan) const
    {
        if (plan.rowId == u"school"_s) return m_facts.schoolValue(m);
        double sum = 0;
        for (const QString &k : plan.leafKeys) sum += m_facts.leaf(m, dimension, k);
        return sum;
    }

    SummaryRow row(const LayoutTable &lt, const RowPlan &plan)
    {
        SummaryRow row{plan.key, plan.label, {}};
        QMap<QString, int> cells;  // this row's count cells, by measure
        for (const LayoutColumn &c : lt.columns) {
            const MeasureInfo *m = measure(c.measure);
            if (m->kind != ValueKind::Count) continue;
            const bool sensitive = m->sensitive
                                   || (plan.leafKeys.size() == 1
                                       && dimension(lt.dimension)->sensitiveKeys.contains(plan.leafKeys.first()));
            disclosure::Cell count{lt.id, plan.key, c.measure,
                                   static_cast<qint64>(value(c.measure, lt.dimension, plan)), sensitive};
            count.people = plan.rowId == u"school"_s && m_facts.school.contains(c.measure)
                               ? -1
                               : m_facts.people(c.measure, lt.dimension, plan.leafKeys);
            const int cell = m_summary.counts.add(count);
            cells.insert(c.measure, cell);
            auto &first = m_rowCells[plan.rowId];
            if (first.contains(c.measure))
                m_summary.counts.relate(first.value(c.measure), {cell});  // the same count, published twice
            else
                first.insert(c.measure, cell);
            m_parents.insert(plan.rowId, plan.parentId);
            m_dimensionOf.insert(plan.rowId, lt.dimension);
        }
        for (const LayoutColumn &c : lt.columns) {
            const MeasureInfo *m = measure(c.measure);
            switch (m->kind) {
            case ValueKind::Count: row.values << SummaryValue::ofCount(cells.value(c.measure)); break;
            case ValueKind::Number: row.values << SummaryValue::ofNumber(value(c.measure, lt.dimension, plan)); break;
            case ValueKind::Percent: {
                const QString num = QLatin1String(m->numerator), den = QLatin1String(m->denominator);
                const double n = value(num, lt.dimension, plan), d = value(den, lt.dimension, plan);
                const double percent = d > 0 ? 100.0 * n / d : 0;
                row.values << SummaryValue::ofPercent(percent, cells.value(num, -1), cells.value(den, -1));
                break;
            }
            }
        }
        return row;
    }

    /// Every relation between the cells: a row's parts to its total, and a dimension's rows to
    /// the row they add up to (an instrument's grades to the instrument, the rows to the school).
    void relate()
    {
        for (auto it = m_rowCells.cbegin(); it != m_rowCells.cend(); ++it)
            for (const MeasureRelation &r : measureRelations()) {
                const QString total = QLatin1String(r.total);
                if (!it->contains(total)) continue;
                QList<int> parts;
                for (const QString &p : r.parts)
                    if (it->contains(p)) parts << it->value(p);
                if (parts.size() != r.parts.size()) continue;  // the layout publishes them together
                if (r.parts.contains(u"band1"_s) && withoutBands(it.key())) continue;  // no bands: no such sum
                if (r.breakdown) m_summary.counts.breakDown(it->value(total), parts);
                else m_summary.counts.relate(it->value(total), parts);
            }
        // parent row → its children, per measure
        QMap<QString, QStringList> children;
        for (auto it = m_parents.cbegin(); it != m_parents.cend(); ++it)
            if (!it.value().isEmpty()) children[it.value() + u'\x1f' + m_dimensionOf.value(it.key())] << it.key();
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const QString parentId = it.key().section(u'\x1f', 0, 0);
            const QString dim = it.key().section(u'\x1f', 1);
            const DimensionInfo *d = dimension(dim);
            const bool breakdown = d && d->breakdown && parentId == u"school"_s;
            const auto parentCells = m_rowCells.value(parentId);
            for (auto m = parentCells.cbegin(); m != parentCells.cend(); ++m) {
                QList<int> parts;
                for (const QString &child : it.value())
                    if (m_rowCells.value(child).contains(m.key())) parts << m_rowCells.value(child).value(m.key());
                if (parts.isEmpty()) continue;
                // A measure some rows lack in this dimension is zero there: the sum still holds.
                if (breakdown) m_summary.counts.breakDown(m.value(), parts);
                else m_summary.counts.relate(m.value(), parts);
            }
        }
    }

    /// Scoring opens one follow-up per flagged sheet, in the student's grade of the run: per grade,
    /// a hidden F = Σ flagged over the instruments and a hidden slack S ≥ 0 with F = followups + S;
    /// and, for the near-total rule, a hidden R ≥ 0 with the grade's largest screened count =
    /// followups + R, a breakdown. Skipped for a grade whose counts would not add up (more
    /// follow-ups than flagged), where no such bound holds.
    void relateFollowUps()
    {
        for (auto it = m_rowCells.cbegin(); it != m_rowCells.cend(); ++it) {
            if (!it.key().startsWith(u"grade:"_s) || !it->contains(u"followups"_s)) continue;
            const QString grade = it.key().section(u':', 1);
            const int followups = it->value(u"followups"_s);
            QList<int> flagged;
            int screened = -1;
            for (auto row = m_rowCells.cbegin(); row != m_rowCells.cend(); ++row) {
                if (!row.key().startsWith(u"instrument_grade:"_s) || row.key().section(u'|', -1) != grade) continue;
                if (row->contains(u"flagged"_s)) flagged << row->value(u"flagged"_s);
                if (row->contains(u"screened"_s)
                    && (screened < 0 || valueOf(row->value(u"screened"_s)) > valueOf(screened)))
                    screened = row->value(u"screened"_s);
            }
            const QString rowKey = u"grade="_s + grade;
            if (!flagged.isEmpty()) {
                qint64 all = 0;
                for (int c : flagged) all += valueOf(c);
                if (all >= valueOf(followups)) {
                    const int f = hiddenCell(rowKey, u"flagged_all_instruments"_s, all);
                    m_summary.counts.relate(f, flagged);
                    m_summary.counts.relate(f, {followups, hiddenCell(rowKey, u"flagged_not_followed_up"_s,
                                                                      all - valueOf(followups))});
                }
            }
            if (screened >= 0 && valueOf(screened) >= valueOf(followups))
                m_summary.counts.breakDown(screened, {followups, hiddenCell(rowKey, u"screened_not_followed_up"_s,
                                                                            valueOf(screened) - valueOf(followups))});
        }
    }

    /// A row of an instrument whose scoring defines no bands ("instrument_grade:CODE|7",
    /// "instrument_grade:CODE").
    bool withoutBands(const QString &rowId) const
    {
        if (!rowId.startsWith(u"instrument_grade:"_s)) return false;
        const QString key = rowId.mid(rowId.indexOf(u':') + 1);
        return m_facts.withoutBands.contains(key.contains(u'|') ? key.section(u'|', 0, -2) : key);
    }

    qint64 valueOf(int cell) const { return m_summary.counts.cells().at(cell).value; }

    int hiddenCell(const QString &row, const QString &column, qint64 value)
    {
        return m_summary.counts.addHidden(row, column, value);
    }

    const SummaryLayout &m_layout;
    const SummaryFacts &m_facts;
    Summary &m_summary;
    // Maps, not hashes: the relations' order, and so the cells suppression picks, is the same every run.
    QMap<QString, QMap<QString, int>> m_rowCells;  // row id → measure → its first cell
    QMap<QString, QString> m_parents;              // row id → the row it adds up to
    QMap<QString, QString> m_dimensionOf;          // row id → its dimension
};

}  // namespace

void buildSummaryTables(const SummaryLayout &layout, const SummaryFacts &facts, Summary &summary)
{
    Builder(layout, facts, summary).build();
}

}  // namespace cd::district
