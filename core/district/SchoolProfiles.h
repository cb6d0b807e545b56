#pragma once
// The school profile (SchoolProfile.h) in the vault: loaded (the saved row, or defaults from the
// vault's school and the room's hours), checked (`profileProblems`: every problem named), saved
// through the vault's audited door by the room lead only (`district.profile_save`), and compared
// with the standards (`checkStandards`, `standardsProblems`): counselors per school type, funding
// per student a year, the room's weekly open hours against the semester's target.
// docs/district-summary.md, "School profile (staffing and funding)".

#include "common/Result.h"
#include "district/SchoolProfile.h"
#include "lessons/Semester.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::district {

/// The type's stored code (the vault's school-type codes: "primary", "junior", …) and back.
QString schoolTypeCode(SchoolType type);
std::optional<SchoolType> schoolTypeFromCode(const QString &code);
/// The key a summary's header publishes ("junior_high"), from the vault's one table of types,
/// and back (nullopt for a key no CounselDesk writes).
QString schoolTypeKey(SchoolType type);
std::optional<SchoolType> schoolTypeFromKey(const QString &key);
/// Translated, e.g. "Junior high school".
QString schoolTypeName(SchoolType type);
/// Every type, in the order a chooser lists them.
QList<SchoolType> allSchoolTypes();

/// Counselors (full and part time) a school of this type needs at least: primary 1, junior high 1,
/// senior high 2; a school teaching several stages is held to its highest one.
int requiredCounselors(SchoolType type);
/// Yuan per student a year the funding standard asks for.
inline constexpr int kFundingPerStudentYuan = 10;
/// The room's weekly open-hours target when no semester says otherwise.
inline constexpr int kDefaultOpenHoursTarget = 10;

/// Problems that stop a save, one translated sentence each: a negative number, certified
/// counselors more than full plus part time, boarders more than students, a school code that is
/// not 1–32 letters or digits, a funding year out of range, open hours beyond a week, too long a
/// name. Empty when the profile can be saved.
QStringList profileProblems(const SchoolProfile &profile);

enum class Standard { Counselors, Funding, OpenHours };

/// One standard compared with the profile, in words ("Met: …" / "Not met: …").
struct StandardCheck {
    Standard standard = Standard::Counselors;
    bool checkable = true;  ///< false: not enough facts to tell (funding with no students)
    bool met = false;
    QString sentence;       ///< translated, whole
};

/// Every standard, met or not, in the order Counselors, Funding, OpenHours.
/// `openHoursTarget`: the semester's open-hours target (core/lessons SemesterTargets).
QList<StandardCheck> checkStandards(const SchoolProfile &profile, int openHoursTarget = kDefaultOpenHoursTarget);
/// The sentences of the standards not met, and of those that cannot be checked; empty when all are met.
QStringList standardsProblems(const SchoolProfile &profile, int openHoursTarget = kDefaultOpenHoursTarget);

/// What the room itself says, for the profile's defaults and the open-hours check.
struct RoomFacts {
    QString semesterName;        ///< the current semester (Semesters::current); empty when none
    double openHoursPerWeek = 0; ///< its room_hours added up
    int openHoursTarget = kDefaultOpenHoursTarget;  ///< its open-hours target
};

class SchoolProfiles {
public:
    explicit SchoolProfiles(vault::Vault &vault) : m_vault(vault) {}

    /// The saved profile, or nothing when none was saved yet.
    Result<std::optional<SchoolProfile>> stored();
    /// The saved profile, or a new one from the vault's school (name, type) with the funding year
    /// of today; either way, unless overridden, the room's open hours from `roomFacts`.
    Result<SchoolProfile> load();
    /// The current semester's room hours and target.
    Result<RoomFacts> roomFacts();
    /// `semester`'s room hours and target (a summary of a past semester counts its own hours).
    Result<RoomFacts> roomFacts(const lessons::Semester &semester);
    /// Saves the profile whole. Room lead only (PermissionDenied); InvalidInput naming every problem
    /// of `profileProblems` (one per line), nothing written. Audited (`district.profile_save`, the
    /// detail says the school code, never a person).
    Status save(const SchoolProfile &profile);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::district
