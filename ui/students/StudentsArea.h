#pragma once
// The students area in the shell: the Students and Watch list pages, and the growth record as the
// way every area opens a student.

namespace cd::ui {
class AreaRegistry;
void registerStudentsArea(AreaRegistry &registry);
}  // namespace cd::ui
