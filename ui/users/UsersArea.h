#pragma once
// The users area in the shell: the room lead's Users page.

namespace cd::ui {
class AreaRegistry;
void registerUsersArea(AreaRegistry &registry);
}  // namespace cd::ui
