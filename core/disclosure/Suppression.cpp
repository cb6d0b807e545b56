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
    for (int r = 0; r < relations.size(); ++r)
        for (int m : relations[r].members()) out[m].append(r);
    return out;
}

int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

/// Withheld cells joined by the relations they share: each one's component (-1 for a published
/// cell), and each relation's (-1 for a relation with nothing withheld).
struct Components {
    QVector<int> ofCell;
    QVector<int> ofRelation;
};

Components componentsOf(const CountTables &tables, const QVector<bool> &suppressed)
{
    QVector<int> parent(tables.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto &relations = tables.relations();
    QVector<int> first(relations.size(), -1);
    for (int r = 0; r < relations.size(); ++r) {
        for (int m : relations[r].members()) {
            if (!suppressed[m]) continue;
            if (first[r] < 0) first[r] = m;
            else parent[findRoot(parent, m)] = findRoot(parent, first[r]);
        }
    }
    Components out;
    out.ofCell.resize(tables.size());
    for (int i = 0; i < tables.size(); ++i) out.ofCell[i] = suppressed[i] ? findRoot(parent, i) : -1;
    out.ofRelation.resize(relations.size());
    for (int r = 0; r < relations.size(); ++r) out.ofRelation[r] = first[r] < 0 ? -1 : findRoot(parent, first[r]);
    return out;
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
    for (int j = 1; j <= cells.size(); ++j) {
        const double atLeast = static_cast<double>(qMax<qint64>(0, tables.cells()[cells[j - 1]].atLeast));
        glp_set_col_bnds(lp.get(), j, GLP_LO, atLeast, 0.0);
    }
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

/// The unsuppressed, non-zero cells nearest to `cell`: those sharing a relation with it, else
/// those sharing one with the withheld cells it shares a relation with, and so on.
QList<int> candidatesNear(const CountTables &tables, const QVector<QList<int>> &byCell, const QVector<bool> &suppressed,
                          int cell)
{
    QList<int> frontier{cell};
    QSet<int> visited{cell};
    QSet<int> seenRelations;
    while (!frontier.isEmpty()) {
        QList<int> found, next;
        for (int f : frontier)
            for (int r : byCell[f]) {
                if (seenRelations.contains(r)) continue;
                seenRelations.insert(r);
                for (int m : tables.relations()[r].members()) {
                    if (visited.contains(m)) continue;
                    visited.insert(m);
                    if (!suppressed[m] && tables.cells()[m].value > 0) found.append(m);
                    else if (suppressed[m]) next.append(m);
                }
            }
        if (!found.isEmpty()) return found;
        frontier = next;
    }
    return {};
}

/// Every cell connected to `cell` through relations.
QList<int> connected(const CountTables &tables, const QVector<QList<int>> &byCell, int cell)
{
    QList<int> out{cell};
    QSet<int> seen{cell};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (int r : byCell[out[i]])
            for (int m : tables.relations()[r].members())
                if (!seen.contains(m)) {
                    seen.insert(m);
                    out.append(m);
                }
    return out;
}
}  // namespace

QVector<bool> primarySuppression(const CountTables &tables, int k)
{
    QVector<bool> out(tables.size(), false);
    const auto small = [k](qint64 n) { return n >= 1 && n <= k - 1; };
    for (int i = 0; i < tables.size(); ++i) {
        const Cell &c = tables.cells()[i];
        // Six events of one child are one child: small in people, whatever the value.
        out[i] = c.hidden || small(c.value) || small(c.peopleCount());
    }
    for (const Relation &rel : tables.relations()) {
        if (!rel.breakdown) continue;  // a sum over smaller groups is no group's breakdown
        const Cell &total = tables.cells()[rel.total];
        for (int p : rel.parts) {
            const Cell &c = tables.cells()[p];
            if (!c.sensitive || c.value <= 0) continue;
            // The rest of the group: its events, and the people with none in this category (a
            // child with events in two categories is in both parts, so the difference of people
            // is at most the rest's people: withholding on it errs on the safe side).
            if (total.value - c.value <= k - 1 || total.peopleCount() - c.peopleCount() <= k - 1) out[p] = true;
        }
    }
    return out;
}

Result<QVector<CellRange>> derivableRanges(const CountTables &tables, const QVector<bool> &suppressed)
{
    if (suppressed.size() != tables.size()) return makeError(ErrorCode::Internal, u"suppression of another table"_s);
    // GLPK keeps an environment per thread that outlives its problems: on a worker thread (the
    // District window merges off the UI thread) it would leak at the thread's exit. Every problem
    // here is freed before this returns (rangesOfComponent owns its own), so the environment goes
    // with it, on every path, as the planner does (core/lessons/Planner.cpp).
    struct GlpkEnvironment {
        GlpkEnvironment() { glp_term_out(GLP_OFF); }
        ~GlpkEnvironment() { glp_free_env(); }
    } environment;
    QVector<CellRange> out(tables.size());
    for (int i = 0; i < tables.size(); ++i)
        out[i] = suppressed[i] ? CellRange{qMax<qint64>(0, tables.cells()[i].atLeast), CellRange::kUnbounded}
                               : CellRange{tables.cells()[i].value, tables.cells()[i].value};
    const Components components = componentsOf(tables, suppressed);
    const auto &relations = tables.relations();
    QHash<int, QList<int>> cellsOf, relationsOf;
    for (int i = 0; i < tables.size(); ++i)
        if (suppressed[i]) cellsOf[components.ofCell[i]].append(i);
    for (int r = 0; r < relations.size(); ++r)
        if (components.ofRelation[r] >= 0) relationsOf[components.ofRelation[r]].append(r);
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
        if (suppressed[i] && !tables.cells()[i].hidden && (*ranges)[i].width() < k) narrow.append(i);
    return narrow;
}

Result<Protection> protect(const CountTables &tables, int k, const std::atomic_bool *cancel)
{
    if (k < 2) return makeError(ErrorCode::InvalidInput, Tr::tr("The smallest count published must be at least 2."));
    if (const QString problem = tables.consistencyProblem(); !problem.isEmpty())
        return makeError(ErrorCode::Internal, u"The counts to export do not add up (%1). Nothing was written."_s.arg(problem));
    Protection out;
    out.suppressed = primarySuppression(tables, k);
    for (int i = 0; i < tables.size(); ++i) out.primary += out.suppressed[i] && !tables.cells()[i].hidden ? 1 : 0;
    const QVector<QList<int>> byCell = relationsOfCells(tables);
    for (;;) {
        if (cancel && cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled: nothing was written."));
        auto ranges = derivableRanges(tables, out.suppressed);
        if (!ranges) return ranges.error();
        QList<int> narrow;
        for (int i = 0; i < tables.size(); ++i)
            if (out.suppressed[i] && !tables.cells()[i].hidden && (*ranges)[i].width() < k) narrow.append(i);
        if (narrow.isEmpty()) {
            out.ranges = *ranges;
            break;
        }
        QVector<bool> next = out.suppressed;
        // One new cell per component of withheld cells and pass: the next pass's audit sees its
        // effect on the component's other cells before anything more is withheld.
        const Components components = componentsOf(tables, out.suppressed);
        QSet<int> handled;
        for (int cell : narrow) {
            if (handled.contains(components.ofCell[cell])) continue;
            handled.insert(components.ofCell[cell]);
            const qint64 missing = k - (*ranges)[cell].width();
            // Each candidate is priced by what withholding it costs: its value, and for every other
            // relation in which it would be the only withheld member (so exactly derivable there)
            // the cheapest partner there, itself priced by its value and its own such relations
            // (one step of look-ahead). Cells that do not close the gap alone come after those that do.
            const QList<int> candidates = candidatesNear(tables, byCell, next, cell);
            const auto exposedRelations = [&](int c, int alsoWithheld) {
                QList<int> exposed;
                for (int r : byCell[c]) {
                    const QList<int> members = tables.relations()[r].members();
                    const bool covered = std::any_of(members.cbegin(), members.cend(), [&](int m) {
                        return m != c && (next[m] || m == alsoWithheld);
                    });
                    if (!covered) exposed.append(r);
                }
                return exposed;
            };
            const auto price = [&](int c) {
                qint64 total = tables.cells()[c].value;
                for (int r : exposedRelations(c, -1)) {
                    qint64 cheapest = -1;
                    for (int m : tables.relations()[r].members()) {
                        if (m == c || next[m] || tables.cells()[m].value == 0) continue;
                        const qint64 partner = tables.cells()[m].value + qint64(k) * exposedRelations(m, c).size();
                        if (cheapest < 0 || partner < cheapest) cheapest = partner;
                    }
                    total += cheapest < 0 ? 0 : cheapest;
                }
                return total;
            };
            int pick = -1;
            qint64 pickPrice = 0;
            bool pickCloses = false;
            for (int c : candidates) {
                const bool closes = tables.cells()[c].value >= missing;
                const qint64 p = price(c);
                if (pick < 0 || (closes && !pickCloses) || (closes == pickCloses && p < pickPrice)) {
                    pick = c;
                    pickPrice = p;
                    pickCloses = closes;
                }
            }
            if (pick >= 0) {
                next[pick] = true;
                continue;
            }
            // Nothing left beside it: withhold every non-zero cell it is connected to. With every
            // cell of a component withheld, nothing bounds any of them from above.
            for (int c : connected(tables, byCell, cell))
                if (tables.cells()[c].value > 0) next[c] = true;
        }
        if (next == out.suppressed)
            return makeError(ErrorCode::Internal, u"complementary suppression made no progress"_s);
        out.suppressed = next;
    }
    for (int i = 0; i < tables.size(); ++i) out.secondary += out.suppressed[i] && !tables.cells()[i].hidden ? 1 : 0;
    out.secondary -= out.primary;
    return out;
}

}  // namespace cd::disclosure
