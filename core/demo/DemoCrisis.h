#pragma once
// The demo school's crisis work: a directory of institutions and a handful of students at every
// stage of the procedure (an event just found, one with the guardian not yet told, referrals
// drafted, given with the slip overdue, back with a slip, closed; a safety plan; time off and the
// return with a support plan). Deterministic for a seed; every name synthetic.

#include "common/Result.h"

#include <QDateTime>

namespace cd::vault {
class Vault;
}

namespace cd::demo {

/// Adds the crisis records, relative to `now` (events in the past, reviews in the coming days).
Status populateDemoCrisis(vault::Vault &vault, quint32 seed, const QDateTime &now);

}  // namespace cd::demo
