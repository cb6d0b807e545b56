#pragma once
// The crisis area in the shell: the "Crisis and referrals" page, "Record a crisis event…" (Tools
// menu, toolbar, Ctrl+Shift+E), the lead's risk levels and step time limits and the directory
// (Vault menu), and its sections of the home page's desk (overdue crisis steps, open events,
// referral reminders, support and safety plan reviews).

namespace cd::ui {
class AreaRegistry;
void registerCrisisArea(AreaRegistry &registry);
}  // namespace cd::ui
