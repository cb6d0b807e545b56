#pragma once
// The screening area in the shell: the Screening page and the growth record's Screening tab.

namespace cd::ui {
class AreaRegistry;
void registerScreeningArea(AreaRegistry &registry);
}  // namespace cd::ui
