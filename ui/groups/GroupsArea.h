#pragma once
// What group counseling and school events add to the application: the Groups & events page and
// the growth record's Groups tab.

namespace cd::ui {

class AreaRegistry;

void registerGroupsArea(AreaRegistry &registry);

}  // namespace cd::ui
