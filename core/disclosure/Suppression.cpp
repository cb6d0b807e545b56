#include "disclosure/Suppression.h"

#include <glpk.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cd::disclosure {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Disclosure)
};

/// The relations each cell takes part in (as total or part).
QVector<QList<int>> relationsOfCells(const CountTables &tables)
{
    QVector<QList<int>> out(tables.size());
    const auto &relations = tables.relations();
    for (int r = 0; r < relations.size(); ++r) {
        out[relations[r].total].append(r);
        for (int p : relations[r].parts) out[p].append(r);
    }
    return out;
}

int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

struct ProblemDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

/// The LP of one component of withheld cells: a column per cell, a fixed row per relation.
Status rangesOfComponent(const CountTables &tables, const QVector<bool> &suppressed, const QList<int> &cells,
                         const QList<int> &relations, QVector<CellRange> &out)
{
    QHash<int, int> column;  // cell → 1-based column
    for (int c : cells) column.insert(c, static_cast<int>(column.size()) + 1);
    std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
    glp_add_cols(lp.get(), static_cast<int>(cells.size()));
    for (int j = 1; j <= cells.size(); ++j) glp_set_col_bnds(lp.get(), j, GLP_LO, 0.0, 0.0);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    if (!relations.isEmpty()) glp_add_rows(lp.get(), static_cast<int>(relations.size()));
    int row = 0;
    for (int r : relations) {
        ++row;
        const Relation &rel = tables.relations()[r];
        // Σ parts − total = 0, the published ones moved to the right-hand side.
        QHash<int, double> coefficients;
        double constant = 0;
        const auto term = [&](int cell, double sign) {
            if (suppressed[cell]) coefficients[column.value(cell)] += sign;
            else constant -= sign * static_cast<double>(tables.cells()[cell].value);
        };
        for (int p : rel.parts) term(p, 1.0);
        term(rel.total, -1.0);
        glp_set_row_bnds(lp.get(), row, GLP_FX, constant, constant);
        for (auto it = coefficients.cbegin(); it != coefficients.cend(); ++it) {
            if (it.value() == 0.0) continue;
            ia.push_back(row);
            ja.push_back(it.key());
            ar.push_back(it.value());
        }
    }
    glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    for (int j = 1; j <= cells.size(); ++j) {
        for (int dir : {GLP_MIN, GLP_MAX}) {
            for (int k = 1; k <= cells.size(); ++k) glp_set_obj_coef(lp.get(), k, k == j ? 1.0 : 0.0);
            glp_set_obj_dir(lp.get(), dir);
            const int ret = glp_simplex(lp.get(), &parm);
            const int status = glp_get_status(lp.get());
            CellRange &range = out[cells[j - 1]];
            if (dir == GLP_MAX && (status == GLP_UNBND || ret == GLP_ENODFS)) {
                range.high = CellRange::kUnbounded;
                continue;
            }
            if (ret != 0 || status != GLP_OPT)
                return makeError(ErrorCode::Internal,
                                 Tr::tr("The check that withheld counts cannot be worked out failed (solver status %1). "
                                        "Nothing was written.")
                                     .arg(status));
            const double z = glp_get_obj_val(lp.get());
            if (dir == GLP_MIN) range.low = static_cast<qint64>(std::ceil(z - 1e-7));
            else range.high = static_cast<qint64>(std::floor(z + 1e-7));
        }
    }
    return {};
}

/// Unsuppressed, non-zero cells sharing a relation with `cell`.
QList<int> neighbours(const CountTables &tables, const QVector<QList<int>> &byCell, const QVector<bool> &suppressed,
                      int cell)
{
    QList<int> out;
    for (int r : byCell[cell]) {
        const Relation &rel = tables.relations()[r];
        QList<int> members = rel.parts;
        members.append(rel.total);
        for (int m : members)
            if (m != cell && !suppressed[m] && tables.cells()[m].value > 0 && !out.contains(m)) out.append(m);
    }
    return out;
}

/// Every cell connected to `cell` through relations.
QList<int> connected(const CountTables &tables, const QVector<QList<int>> &byCell, int cell)
{
    QList<int> out{cell};
    QSet<int> seen{cell};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (int r : byCell[out[i]]) {
            const Relation &rel = tables.relations()[r];
            QList<int> members = rel.parts;
            members.append(rel.total);
            for (int m : members)
                if (!seen.contains(m)) {
                    seen.insert(m);
                    out.append(m);
                }
        }
    return out;
}
}  // namespace

QVector<bool> primarySuppression(const CountTables &tables, int k)
{
    QVector<bool> out(tables.size(), false);
    for (int i = 0; i < tables.size(); ++i) {
        const qint64 v = tables.cells()[i].value;
        out[i] = v >= 1 && v <= k - 1;
    }
    for (const Relation &rel : tables.relations()) {
        if (rel.parts.size() < 2) continue;  // an equality across tables is no group
        const qint64 total = tables.cells()[rel.total].value;
        for (int p : rel.parts) {
            const Cell &c = tables.cells()[p];
            if (c.sensitive && c.value > 0 && total - c.value <= k - 1) out[p] = true;
        }
    }
    return out;
}

Result<QVector<CellRange>> derivableRanges(const CountTables &tables, const QVector<bool> &suppressed)
{
    if (suppressed.size() != tables.size()) return makeError(ErrorCode::Internal, u"suppression of another table"_s);
    glp_term_out(GLP_OFF);
    QVector<CellRange> out(tables.size());
    for (int i = 0; i < tables.size(); ++i)
        out[i] = suppressed[i] ? CellRange{0, CellRange::kUnbounded} : CellRange{tables.cells()[i].value, tables.cells()[i].value};
    // Components: withheld cells joined by the relations they share.
    QVector<int> parent(tables.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto &relations = tables.relations();
    QVector<int> relationRoot(relations.size(), -1);
    for (int r = 0; r < relations.size(); ++r) {
        int first = -1;
        QList<int> members = relations[r].parts;
        members.append(relations[r].total);
        for (int m : members) {
            if (!suppressed[m]) continue;
            if (first < 0) first = m;
            else parent[findRoot(parent, m)] = findRoot(parent, first);
        }
        relationRoot[r] = first;
    }
    QHash<int, QList<int>> cellsOf, relationsOf;
    for (int i = 0; i < tables.size(); ++i)
        if (suppressed[i]) cellsOf[findRoot(parent, i)].append(i);
    for (int r = 0; r < relations.size(); ++r)
        if (relationRoot[r] >= 0) relationsOf[findRoot(parent, relationRoot[r])].append(r);
    for (auto it = cellsOf.cbegin(); it != cellsOf.cend(); ++it)
        CD_TRY(rangesOfComponent(tables, suppressed, it.value(), relationsOf.value(it.key()), out));
    return out;
}

Result<QList<int>> audit(const CountTables &tables, const QVector<bool> &suppressed, int k)
{
    auto ranges = derivableRanges(tables, suppressed);
    if (!ranges) return ranges.error();
    QList<int> narrow;
    for (int i = 0; i < tables.size(); ++i)
        if (suppressed[i] && (*ranges)[i].width() < k) narrow.append(i);
    return narrow;
}

Result<Protection> protect(const CountTables &tables, int k, const std::atomic_bool *cancel)
{
    if (k < 2) return makeError(ErrorCode::InvalidInput, Tr::tr("The smallest count published must be at least 2."));
    if (const QString problem = tables.consistencyProblem(); !problem.isEmpty())
        return makeError(ErrorCode::Internal, u"The counts to export do not add up (%1). Nothing was written."_s.arg(problem));
    Protection out;
    out.suppressed = primarySuppression(tables, k);
    out.primary = static_cast<int>(std::count(out.suppressed.cbegin(), out.suppressed.cend(), true));
    const QVector<QList<int>> byCell = relationsOfCells(tables);
    for (;;) {
        if (cancel && cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was written."));
        auto ranges = derivableRanges(tables, out.suppressed);
        if (!ranges) return ranges.error();
        QList<int> narrow;
        for (int i = 0; i < tables.size(); ++i)
            if (out.suppressed[i] && (*ranges)[i].width() < k) narrow.append(i);
        if (narrow.isEmpty()) {
            out.ranges = *ranges;
            break;
        }
        QVector<bool> next = out.suppressed;
        QSet<int> touched;  // one new cell per narrow cell and pass; the next pass sees its effect
        for (int cell : narrow) {
            bool handled = false;
            for (int r : byCell[cell]) handled = handled || touched.contains(r);
            if (handled) continue;
            const qint64 missing = k - (*ranges)[cell].width();
            QList<int> candidates = neighbours(tables, byCell, next, cell);
            int pick = -1;
            // The smallest cell that closes the gap on its own; else the largest there is.
            for (int c : candidates) {
                const qint64 v = tables.cells()[c].value;
                if (v >= missing && (pick < 0 || v < tables.cells()[pick].value)) pick = c;
            }
            if (pick < 0)
                for (int c : candidates)
                    if (pick < 0 || tables.cells()[c].value > tables.cells()[pick].value) pick = c;
            if (pick >= 0) {
                next[pick] = true;
                for (int r : byCell[pick]) touched.insert(r);
                continue;
            }
            // Nothing left beside it: withhold every non-zero cell it is connected to. With every
            // cell of a component withheld, nothing bounds any of them from above.
            for (int c : connected(tables, byCell, cell))
                if (tables.cells()[c].value > 0) next[c] = true;
            for (int r : byCell[cell]) touched.insert(r);
        }
        if (next == out.suppressed)
            return makeError(ErrorCode::Internal, u"complementary suppression made no progress"_s);
        out.suppressed = next;
    }
    out.secondary = static_cast<int>(std::count(out.suppressed.cbegin(), out.suppressed.cend(), true)) - out.primary;
    return out;
}

}  // namespace cd::disclosure
