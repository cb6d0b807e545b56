#pragma once
// A school type's key in what leaves the vault: a district summary's header publishes
// "junior_high" where the vault stores "junior". Both are columns of the one table of school
// types in Types.cpp (here apart from Types.h, which nearly every file includes).

#include "vault/Types.h"

#include <QString>

namespace cd::vault {

/// The key a district summary publishes for the type ("junior_high"; never changed once published).
QString schoolTypeSummaryKey(SchoolType type);

}  // namespace cd::vault
