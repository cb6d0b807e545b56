#pragma once
// The demo school's group counseling and school events in the semester around `today`: a group
// for the youngest grade adjusting to the school and one for the oldest facing exam stress, with
// members, weekly sessions so far and their attendance; the monthly whole-school activities, a
// teacher training and a family-education event held so far (one family event still to come).
// Deterministic for the seed and the date; synthetic only.

#include "common/Result.h"

#include <QDate>

namespace cd::vault {
class Vault;
}
namespace cd::lessons {
struct Semester;
}

namespace cd::demo {

Status populateDemoGroups(vault::Vault &vault, quint32 seed, const lessons::Semester &semester, const QDate &today);

}  // namespace cd::demo
