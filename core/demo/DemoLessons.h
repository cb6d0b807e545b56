#pragma once
// The demo school's mental-health lessons (docs/lessons.md): its counselors as the teachers,
// every class assigned with 3–4 open slots, the default topics, a saved plan for the current
// semester, the lessons before today delivered (a few cancelled, half of those made up) and theme
// class meetings. Deterministic for the seed, relative to `today`, synthetic only.

#include "common/Result.h"

#include <QDate>

namespace cd::vault {
class Vault;
}

namespace cd::demo {

/// Fills the current demo semester (saved by populateDemoCalendar) with the timetable, the plan
/// and what was delivered before `today`.
Status populateDemoLessons(vault::Vault &vault, quint32 seed, const QDate &today);

}  // namespace cd::demo
