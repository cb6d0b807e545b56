// One part of the plan as a GLPK MIP (docs/planner.md, "The model"): a binary per usable time of
// each unit; at most `need` per unit; at most one lesson per teacher time; the daily limit; every
// week's load at most a cap. Phase 1 maximises the lessons placed (the fewest gaps); phase 2 finds
// the smallest cap that still places as many, by binary search. The constraints form a network
// (unit → time → day → week), so every solve ends at the root LP.
#include "lessons/PlannerModel.h"

#include <glpk.h>

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
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

Error timeLimitError(const PlannerInput &in)
{
    return makeError(ErrorCode::Internal, Tr::tr("The planner ran out of its time limit of %1 s: plan fewer classes "
                                                 "at once or give it more time.")
                                              .arg(in.timeLimitSeconds));
}

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
    // Columns 1…n: the units' candidate times.
    struct Column {
        Unit *unit;
        Time time;
    };
    std::vector<Column> columns;
    for (Unit *unit : units)
        for (const Time &time : unit->candidates) columns.push_back({unit, time});
    if (columns.empty()) return {};
    const int n = static_cast<int>(columns.size());

    std::unique_ptr<glp_prob, ProbDeleter> prob(glp_create_prob());
    glp_prob *p = prob.get();
    glp_set_obj_dir(p, GLP_MAX);
    glp_add_cols(p, n);
    for (int j = 1; j <= n; ++j) {
        glp_set_col_kind(p, j, GLP_BV);
        glp_set_obj_coef(p, j, 1.0);
    }

    Matrix m;
    int row = 0;
    auto addRow = [&](double upper, const std::vector<int> &cols) {
        glp_add_rows(p, 1);
        ++row;
        glp_set_row_bnds(p, row, GLP_UP, 0.0, upper);
        for (int j : cols) m.add(row, j, 1.0);
        return row;
    };
    // Each unit: at most its need.
    {
        std::vector<int> cols;
        const Unit *current = nullptr;
        for (int j = 1; j <= n; ++j) {
            if (columns[j - 1].unit != current && !cols.empty()) {
                if (static_cast<int>(cols.size()) > current->need) addRow(current->need, cols);
                cols.clear();
            }
            current = columns[j - 1].unit;
            cols.push_back(j);
        }
        if (static_cast<int>(cols.size()) > current->need) addRow(current->need, cols);
    }
    // The teacher in one place at a time; the daily limit; every week's load (bounded in phase 2).
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
        if (cols.size() > 1) addRow(1.0, cols);
    const QHash<qint64, int> fixedDay = o.teacherDay.value(teacher.id);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const int room = teacher.maxPerDay - fixedDay.value(it.key());
        if (static_cast<int>(it->size()) > room) addRow(room, *it);
    }
    const QHash<int, int> fixedWeek = o.teacherWeek.value(teacher.id);
    std::vector<std::pair<int, int>> weekRows;  // (row, fixed lessons that week)
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it)
        weekRows.push_back({addRow(static_cast<double>(n), *it), fixedWeek.value(it.key())});
    glp_load_matrix(p, static_cast<int>(m.rows.size()) - 1, m.rows.data(), m.cols.data(), m.values.data());

    // Solves with every week's load (kept lessons included) at most `cap`; the lessons placed.
    std::vector<char> best(n + 1, 0);
    CallbackData data{in.cancel};
    auto solve = [&](int cap) -> Result<int> {
        for (const auto &[r, fixed] : weekRows) glp_set_row_bnds(p, r, GLP_UP, 0.0, std::max(0, cap - fixed));
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return timeLimitError(in);
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.msg_lev = GLP_MSG_OFF;
        parm.tm_lim = static_cast<int>(std::min<qint64>(left, 1'000'000'000));
        parm.cb_func = callback;
        parm.cb_info = &data;
        const int rc = glp_intopt(p, &parm);
        if (in.cancel && in.cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Planning was cancelled."));
        if (rc == GLP_ETMLIM) return timeLimitError(in);
        if (rc != 0 || glp_mip_status(p) != GLP_OPT)
            return makeError(ErrorCode::Internal,
                             Tr::tr("The solver could not finish the plan (GLPK code %1): report this.").arg(rc));
        return static_cast<int>(std::lround(glp_mip_obj_val(p)));
    };
    auto keep = [&] {
        for (int j = 1; j <= n; ++j) best[j] = glp_mip_col_val(p, j) > 0.5;
    };

    // Phase 1: the most lessons that can be placed at all (the fewest gaps).
    int maxFixed = 0;
    for (const auto &[r, fixed] : weekRows) maxFixed = std::max(maxFixed, fixed);
    const Result<int> most = solve(maxFixed + n);
    if (!most) return most.error();
    keep();
    // Phase 2: the smallest weekly load that still places them all (binary search; each step is
    // exact). The phase 1 plan's busiest week bounds it from above.
    int hi = maxFixed;
    for (const auto &[week, cols] : byWeek.asKeyValueRange()) {
        int load = fixedWeek.value(week);
        for (int j : cols) load += best[j];
        hi = std::max(hi, load);
    }
    int lo = maxFixed;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const Result<int> placed = solve(mid);
        if (!placed) return placed.error();
        if (*placed == *most) {
            keep();
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }

    for (int j = 1; j <= n; ++j) {
        if (!best[j]) continue;
        const Column &c = columns[j - 1];
        ++c.unit->placed;
        const PlanClass &cls = in.classes[c.unit->cls];
        out << PlannedLesson{cls.grade, cls.className, c.time.week, c.time.weekday, c.time.period, teacher.id};
    }
    return {};
}

}  // namespace cd::lessons::planner
