#pragma once
// Shared roles of the crisis page's table models (OpenEventsModel, ReferralListModel, AwayModel).

#include <Qt>

namespace cd::ui::crisisui {
/// The row's record id (event, referral or student).
inline constexpr int IdRole = Qt::UserRole + 1;
/// The value a column sorts by (a time, a severity), when it differs from the text.
inline constexpr int SortRole = Qt::UserRole + 2;
/// The student's id of the row.
inline constexpr int StudentRole = Qt::UserRole + 3;
}  // namespace cd::ui::crisisui
