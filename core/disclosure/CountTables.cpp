#include "disclosure/CountTables.h"

using namespace Qt::StringLiterals;

namespace cd::disclosure {

int CountTables::add(const Cell &cell)
{
    m_cells.append(cell);
    return static_cast<int>(m_cells.size()) - 1;
}

int CountTables::add(const QString &table, const QString &row, const QString &column, qint64 value, bool sensitive)
{
    return add(Cell{table, row, column, value, sensitive});
}

int CountTables::addHidden(const QString &row, const QString &column, qint64 value)
{
    Cell cell{QStringLiteral("hidden"), row, column, value};
    cell.hidden = true;
    return add(cell);
}

void CountTables::relate(int total, const QList<int> &parts) { m_relations.append(Relation{total, parts, false}); }

void CountTables::breakDown(int total, const QList<int> &parts) { m_relations.append(Relation{total, parts, true}); }

QString CountTables::consistencyProblem() const
{
    for (const Relation &r : m_relations) {
        if (r.total < 0 || r.total >= size()) return u"a relation names no total"_s;
        qint64 sum = 0;
        for (int p : r.parts) {
            if (p < 0 || p >= size() || p == r.total) return u"a relation names a part that is not a cell"_s;
            sum += m_cells[p].value;
        }
        if (sum != m_cells[r.total].value) {
            const Cell &t = m_cells[r.total];
            return u"%1 / %2 / %3 is %4 but its parts add up to %5"_s.arg(t.table, t.row, t.column).arg(t.value).arg(sum);
        }
    }
    for (const Cell &c : m_cells)
        if (c.value < 0) return u"%1 / %2 / %3 is negative"_s.arg(c.table, c.row, c.column);
    return {};
}

}  // namespace cd::disclosure
