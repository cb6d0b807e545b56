#pragma once
// The school's name beside the vault, readable without the key (`school-name.txt`, one line of
// UTF-8), so that the sign-in window can say whose records it unlocks. A school's name is not
// personal data and nothing else is in the file (docs/vault-format.md). It is only a label: it is
// not authenticated, so it is rewritten from the encrypted database at every unlock and never
// read back into the vault.

#include "common/Result.h"

#include <QString>

namespace cd::vault {

/// The file's path in a vault folder.
QString schoolLabelPath(const QString &dir);

/// The school's name as the label gives it (one line, at most kMaxSchoolLabel characters, no
/// control characters), or empty when there is no label (a vault not unlocked since labels came).
QString readSchoolLabel(const QString &dir);

/// Writes the label when it differs from `schoolName` (atomically, owner-only).
Status writeSchoolLabel(const QString &dir, const QString &schoolName);

inline constexpr int kMaxSchoolLabel = 200;

}  // namespace cd::vault
