#pragma once
// The lessons area in the shell: the "Lessons" page (after Crisis and referrals): semesters, the
// timetable inputs, the planner, the timetable and compliance.

namespace cd::ui {
class AreaRegistry;
void registerLessonsArea(AreaRegistry &registry);
}  // namespace cd::ui
