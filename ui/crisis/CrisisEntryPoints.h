#pragma once
// What other code calls to open the crisis area's windows (the growth record's tab, the home
// page, the toolbar). Each is modal and returns when the window closes.

#include <QtGlobal>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// Records a crisis event; `studentId` 0 lets the user choose the student. After a save the event
/// opens, so that the next steps can be recorded. Returns the new event's id, or 0.
qint64 openCrisisEventDialog(vault::Vault &vault, qint64 studentId, QWidget *parent);
/// Shows an event with its steps and notifications.
void openCrisisEvent(vault::Vault &vault, qint64 eventId, QWidget *parent);
/// Edits a referral (its status, the return slip).
void openReferralDialog(vault::Vault &vault, qint64 referralId, QWidget *parent);
/// Drafts a new referral for the student (`eventId`: the crisis event it comes from, or 0).
/// Returns the new referral's id, or 0.
qint64 newReferralDialog(vault::Vault &vault, qint64 studentId, qint64 eventId, QWidget *parent);

}  // namespace cd::ui
