#pragma once
// The one list of the areas the application is made of (see docs/ARCHITECTURE.md, "Adding an area").

namespace cd::ui {

/// Fills AreaRegistry::instance() with every area's pages, menu actions and record tabs, in order.
/// Called once by the GUI's start-up (and by the UI tests); later calls do nothing.
void registerAreas();

}  // namespace cd::ui
