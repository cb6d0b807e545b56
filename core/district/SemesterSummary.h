#pragma once
// The semester summary for the district (docs/district-summary.md): the tables of a layout, filled
// from the vault for one semester, every count under disclosure control (docs/disclosure.md):
// primary and complementary suppression for k, audited before it is returned. Only the
// semester's name, the school's code and counts leave: no name, number, date or free text.

#include "common/Result.h"
#include "district/SchoolProfile.h"
#include "district/SchoolProfiles.h"  // schoolTypeKey
#include "district/Summary.h"

#include <QString>

#include <atomic>

namespace cd::vault {
class Vault;
}

namespace cd::district {

struct SummaryLayout;

struct SummaryOptions {
    QString semester;  ///< the semester's name; empty: the current one
    int k = 5;         ///< the smallest count published (2 to 1000)
    QString language = QStringLiteral("zh_CN");  ///< "zh_CN" or "en": titles and labels
    const SummaryLayout *layout = nullptr;       ///< null: the built-in newest
};

/// Computes the summary of `options.semester` (as of its end, or today if sooner). NotFound when
/// there is no such semester (or none at all), InvalidInput for a k out of range, Cancelled when
/// `cancel` is set, Internal if the disclosure audit finds a range narrower than k (a bug).
Result<Summary> computeSummary(vault::Vault &vault, const SchoolProfile &profile, const SummaryOptions &options,
                               const std::atomic_bool *cancel = nullptr);

}  // namespace cd::district
