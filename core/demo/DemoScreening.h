#pragma once
// The demo school's screening runs: the autumn and spring runs of the current school year, with
// synthetic answer sheets drawn to a typical community distribution, deterministic for a seed.

#include "common/Result.h"

#include <QDate>

namespace cd::vault {
class Vault;
}

namespace cd::demo {

/// Adds the runs of the school year `today` falls in (it starts on 1 September): an autumn run
/// (late September to mid-October) and a spring run (March). A run that has closed by `today` is
/// closed with about 92–97 % of its students' sheets and most of its follow-ups closed; a run in
/// progress is open with part of its sheets; a run still to come is planned, without sheets.
/// Secondary grades (7–12) answer PHQ-9 and GAD-7; primary grades 3–6 answer SCARED (ages 8–18),
/// in a run of their own when the school has both. Sheets are saved one batch per run and
/// instrument, as an answer-file import would save them.
Status populateDemoScreening(vault::Vault &vault, quint32 seed, const QDate &today);

}  // namespace cd::demo
