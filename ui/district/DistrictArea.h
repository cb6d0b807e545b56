#pragma once
// The district summary in the shell: the room lead's "School profile…" (Vault menu, beside the
// room's other settings).

namespace cd::ui {
class AreaRegistry;
void registerDistrictArea(AreaRegistry &registry);
}  // namespace cd::ui
