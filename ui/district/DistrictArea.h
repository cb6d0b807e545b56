#pragma once
// The district summary in the shell: the room lead's "School profile…" (Vault menu, beside the
// room's other settings) and "District summary…" beside it (preview and export).

namespace cd::ui {
class AreaRegistry;
void registerDistrictArea(AreaRegistry &registry);
}  // namespace cd::ui
