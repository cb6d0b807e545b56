#include "support/IntegerRange.h"

#include <glpk.h>

#include <cmath>
#include <vector>

namespace cd::test {

std::pair<double, double> integerRange(const PublishedCounts &m, int target)
{
    glp_term_out(GLP_OFF);
    glp_prob *p = glp_create_prob();
    const int n = static_cast<int>(m.value.size());
    glp_add_cols(p, n);
    for (int i = 0; i < n; ++i) {
        glp_set_col_kind(p, i + 1, GLP_IV);
        if (m.withheld[i]) glp_set_col_bnds(p, i + 1, GLP_LO, 0, 0);
        else glp_set_col_bnds(p, i + 1, GLP_FX, double(m.value[i]), double(m.value[i]));
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    glp_add_rows(p, static_cast<int>(m.sums.size()));
    int row = 0;
    for (const KnownSum &r : m.sums) {
        glp_set_row_bnds(p, ++row, GLP_FX, 0, 0);
        for (int part : r.parts) {
            ia.push_back(row);
            ja.push_back(part + 1);
            ar.push_back(1);
        }
        ia.push_back(row);
        ja.push_back(r.total + 1);
        ar.push_back(-1);
    }
    glp_load_matrix(p, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_set_obj_coef(p, target + 1, 1);
    std::pair<double, double> out;
    for (int dir : {GLP_MIN, GLP_MAX}) {
        glp_set_obj_dir(p, dir);
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.msg_lev = GLP_MSG_OFF;
        const int ret = glp_intopt(p, &parm);
        const double v = (ret == 0 && glp_mip_status(p) == GLP_OPT) ? glp_mip_obj_val(p) : HUGE_VAL;
        (dir == GLP_MIN ? out.first : out.second) = v;
    }
    glp_delete_prob(p);
    return out;
}

}  // namespace cd::test
