#pragma once
// A synthetic demo school, deterministic for a seed. Never real people: every name is generated.

#include "common/Result.h"
#include "vault/Types.h"

#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::demo {

/// The school profile the demo uses for `seed`, named in `language` ("zh_CN" or "en"; the
/// translators of that language must be installed, as for everything else the demo writes).
vault::SchoolProfile demoSchoolProfile(quint32 seed, const QString &language);

struct DemoStaff {
    QString login;
    QString displayName;
    vault::Role role;
};

/// The counselors the demo adds beside the lead (they share the lead's passphrase).
QList<DemoStaff> demoStaff(quint32 seed);

/// Fills a freshly created vault (signed in as its lead) with the demo school's data:
/// its counselors and `students` synthetic students with classes and growth records, and the
/// screening runs of the current school year (DemoScreening.h) and its crisis work: events,
/// safety plans, referrals at every stage, time off (DemoCrisis.h).
Status populateDemo(vault::Vault &vault, quint32 seed, const QString &passphrase, int students = 600);

/// The grades a school of this type teaches (e.g. 7–12 for a complete secondary school).
QList<int> gradesOf(vault::SchoolType type);

}  // namespace cd::demo
