#pragma once
// The demo school's counseling room: open hours outside class (more than the ten a week the
// target asks for), a duty roster shared by the room's users, and appointments in the last four
// weeks (kept or missed) and the next two (booked), with invented reasons. Deterministic for a seed
// and relative to `today`.

#include "common/Result.h"

#include <QDate>

namespace cd::vault {
class Vault;
}

namespace cd::demo {

/// Fills the room of the semester `semesterId` (saved already) around `today`.
Status populateDemoRoom(vault::Vault &vault, quint32 seed, qint64 semesterId, const QDate &today);

}  // namespace cd::demo
