#pragma once
// How much of a summary's tables is withheld, in the words every output uses (the preview, the
// export's and the merge's messages, the CLI, the District window): a *count* withheld is a count
// of students printed as the mark (or "≥n"); the *values* withheld are those counts and the
// percents worked out from them, every value printed as the mark or "≥n".

#include "district/Summary.h"

namespace cd::district {

struct WithheldTally {
    int counts = 0;       ///< counts of students printed * or ≥n
    int lowerBounds = 0;  ///< of those, printed ≥n (a district's merge)
    int values = 0;       ///< every value printed * or ≥n: the counts and the percents of them
};

inline WithheldTally withheldTally(const Summary &summary)
{
    WithheldTally tally;
    for (const SummaryTable &table : summary.tables)
        for (const SummaryRow &row : table.rows)
            for (const SummaryValue &v : row.values) {
                if (!summary.withheld(v)) continue;
                ++tally.values;
                if (v.kind != ValueKind::Count) continue;
                ++tally.counts;
                if (summary.lowerBound(v) > 0) ++tally.lowerBounds;
            }
    return tally;
}

}  // namespace cd::district
