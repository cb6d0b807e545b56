#pragma once
// The cases area in the shell: the growth record's Cases and sessions tab, and the room lead's
// concern categories (Vault menu).

namespace cd::ui {
class AreaRegistry;
void registerCasesArea(AreaRegistry &registry);
}  // namespace cd::ui
