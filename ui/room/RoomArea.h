#pragma once

namespace cd::ui {

class AreaRegistry;

/// The Agenda page (appointments, the day and week, duty roster, .ics export).
void registerRoomArea(AreaRegistry &registry);

}  // namespace cd::ui
