// One part of the plan as a GLPK MIP (docs/planner.md, "The model"): a binary per usable time of
// each unit; at most `need` per unit; at most one lesson per teacher time; the daily limit; a
// continuous L at least every week's load. Objective: minimise −W·(lessons placed) + L with W larger
// than any L, so the fewest missing lessons come first and the flattest week second.
#include "lessons/PlannerModel.h"

#include <glpk.h>

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <memory>
#include <vector>

namespace cd::lessons::planner {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

struct ProbDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

struct CallbackData {
    const std::atomic_bool *cancel = nullptr;
};

void callback(glp_tree *tree, void *info)
{
    const auto *data = static_cast<const CallbackData *>(info);
    if (data->cancel && data->cancel->load()) glp_ios_terminate(tree);
}

/// The sparse matrix in GLPK's 1-based triplets.
struct Matrix {
    std::vector<int> rows{0};
    std::vector<int> cols{0};
    std::vector<double> values{0.0};
    void add(int row, int col, double value)
    {
        rows.push_back(row);
        cols.push_back(col);
        values.push_back(value);
    }
};
}  // namespace

Status solvePart(const PlannerInput &in, const Occupancy &o, const PlanTeacher &teacher, QList<Unit *> &units,
                 Clock::time_point deadline, QList<PlannedLesson> &out)
{
    // Columns 1…n: the unit's candidate times; column n+1: L.
    struct Column {
        Unit *unit;
        Time time;
    };
    std::vector<Column> columns;
    for (Unit *unit : units)
        for (const Time &time : unit->candidates) columns.push_back({unit, time});
    if (columns.empty()) return {};
    const int n = static_cast<int>(columns.size());
    const int lColumn = n + 1;

    std::unique_ptr<glp_prob, ProbDeleter> prob(glp_create_prob());
    glp_prob *p = prob.get();
    glp_set_obj_dir(p, GLP_MIN);
    glp_add_cols(p, n + 1);
    const QHash<int, int> fixedWeek = o.teacherWeek.value(teacher.id);
    int maxFixedWeek = 0;
    for (int v : fixedWeek) maxFixedWeek = std::max(maxFixedWeek, v);
    const double weight = n + maxFixedWeek + 1.0;  // > any L: one more lesson beats any flattening
    for (int j = 1; j <= n; ++j) {
        glp_set_col_kind(p, j, GLP_BV);
        glp_set_obj_coef(p, j, -weight);
    }
    glp_set_col_bnds(p, lColumn, GLP_LO, 0.0, 0.0);
    glp_set_obj_coef(p, lColumn, 1.0);

    Matrix m;
    int row = 0;
    auto addRow = [&](double upper, const std::vector<int> &cols, double lCoef) {
        glp_add_rows(p, 1);
        ++row;
        glp_set_row_bnds(p, row, GLP_UP, 0.0, upper);
        for (int j : cols) m.add(row, j, 1.0);
        if (lCoef != 0.0) m.add(row, lColumn, lCoef);
    };
    // Each unit: at most its need.
    {
        std::vector<int> cols;
        const Unit *current = nullptr;
        for (int j = 1; j <= n; ++j) {
            if (columns[j - 1].unit != current && !cols.empty()) {
                if (static_cast<int>(cols.size()) > current->need) addRow(current->need, cols, 0.0);
                cols.clear();
            }
            current = columns[j - 1].unit;
            cols.push_back(j);
        }
        if (static_cast<int>(cols.size()) > current->need) addRow(current->need, cols, 0.0);
    }
    // The teacher in one place at a time; the daily limit; every week's load at most L.
    QMap<qint64, std::vector<int>> byTime;
    QMap<qint64, std::vector<int>> byDay;
    QMap<int, std::vector<int>> byWeek;
    for (int j = 1; j <= n; ++j) {
        const Time &t = columns[j - 1].time;
        byTime[timeKey(t.week, t.weekday, t.period)].push_back(j);
        byDay[dayKey(t.week, t.weekday)].push_back(j);
        byWeek[t.week].push_back(j);
    }
    for (const std::vector<int> &cols : byTime)
        if (cols.size() > 1) addRow(1.0, cols, 0.0);
    const QHash<qint64, int> fixedDay = o.teacherDay.value(teacher.id);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const int room = teacher.maxPerDay - fixedDay.value(it.key());
        if (static_cast<int>(it->size()) > room) addRow(room, *it, 0.0);
    }
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it) addRow(-fixedWeek.value(it.key()), *it, -1.0);
    glp_load_matrix(p, static_cast<int>(m.rows.size()) - 1, m.rows.data(), m.cols.data(), m.values.data());

    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0)
        return makeError(ErrorCode::Internal, Tr::tr("The planner ran out of its time limit of %1 s: plan fewer "
                                                     "classes at once or give it more time.")
                                                  .arg(in.timeLimitSeconds));
    CallbackData data{in.cancel};
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    parm.tm_lim = static_cast<int>(std::min<qint64>(left, 1'000'000'000));
    parm.cb_func = callback;
    parm.cb_info = &data;
    const int rc = glp_intopt(p, &parm);
    if (in.cancel && in.cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Planning was cancelled."));
    if (rc == GLP_ETMLIM)
        return makeError(ErrorCode::Internal, Tr::tr("The planner ran out of its time limit of %1 s: plan fewer "
                                                     "classes at once or give it more time.")
                                                  .arg(in.timeLimitSeconds));
    if (rc != 0 || glp_mip_status(p) != GLP_OPT)
        return makeError(ErrorCode::Internal,
                         Tr::tr("The solver could not finish the plan (GLPK code %1): report this.").arg(rc));

    for (int j = 1; j <= n; ++j) {
        if (glp_mip_col_val(p, j) < 0.5) continue;
        const Column &c = columns[j - 1];
        ++c.unit->placed;
        const PlanClass &cls = in.classes[c.unit->cls];
        out << PlannedLesson{cls.grade, cls.className, c.time.week, c.time.weekday, c.time.period, teacher.id};
    }
    return {};
}

}  // namespace cd::lessons::planner
