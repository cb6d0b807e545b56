#pragma once
// The crisis area's sections of the home page's desk: crisis steps past their time limit, open
// crisis events, referral reminders (slips overdue, follow-ups due), and support-plan and
// safety-plan reviews due within the week.

namespace cd::ui {
class AreaRegistry;
void registerCrisisDesk(AreaRegistry &registry);
}  // namespace cd::ui
