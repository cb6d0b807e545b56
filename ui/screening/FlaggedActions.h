#pragma once
// What a counselor does with one flagged sheet of a screening run: put the student on the watch
// list, open a case, schedule the interview, close (or reopen) the follow-up. Each asks in a
// dialog, writes to the vault (audited) and returns true when something changed; errors are shown.

#include "core/screening/Results.h"
#include "core/students/WatchList.h"

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

struct FlaggedContext {
    vault::Vault &vault;
    const screening::Run &run;
    const screening::FlaggedSheet &sheet;
    QString instrumentName;  ///< as shown
    QString why;             ///< why it is flagged, in a few words
};

namespace flagged {

/// High after a critical item, else Medium.
students::RiskLevel suggestedRisk(const screening::FlaggedSheet &sheet);
/// "Spring screening 2026, PHQ-9: Critical item" (the watch-list reason, editable).
QString watchReason(const FlaggedContext &context);

bool addToWatchList(QWidget *parent, const FlaggedContext &context);
bool openCase(QWidget *parent, const FlaggedContext &context);
bool scheduleInterview(QWidget *parent, const FlaggedContext &context);
/// Closes an open follow-up (confirm or clear, with a note) or reopens a closed one.
bool closeOrReopenFollowUp(QWidget *parent, const FlaggedContext &context);

}  // namespace flagged
}  // namespace ui
}  // namespace cd
