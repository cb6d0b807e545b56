#pragma once
// The demo school's calendar: the semester holding today (or the next one, in the holidays) and
// the one before it, with the national holidays, mid-term and final exam weeks and an eight-period
// day. The lessons, appointments, groups and duty of the demo are added on top of it by the
// calendar's areas (populateDemoCalendar). Deterministic for a date.

#include "common/Result.h"

#include <QDate>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {
struct Semester;
}

namespace cd::demo {

/// The demo's semester around `today`: the autumn one (1 September – the Friday before the
/// Spring Festival holidays, about 20 January) or the spring one (about 20 February – early July).
/// `previous` steps back one semester. Not saved.
lessons::Semester demoSemester(const QDate &today, int previous = 0);

/// Saves the current and the previous demo semester and fills the calendar around `today`.
Status populateDemoCalendar(vault::Vault &vault, quint32 seed, const QDate &today);

}  // namespace cd::demo
