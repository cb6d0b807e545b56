#pragma once
// The audit area in the shell: the room lead's Audit log page.

namespace cd::ui {
class AreaRegistry;
void registerAuditArea(AreaRegistry &registry);
}  // namespace cd::ui
