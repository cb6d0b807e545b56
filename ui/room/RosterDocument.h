#pragma once
// The weekly roster for the room's door: the room's open hours and who is on duty, per school
// day, as a one-page document (print preview or PDF). Names of staff only; nothing about students.

#include "core/room/RoomSchedule.h"

class QTextDocument;

namespace cd::lessons {
struct Semester;
}

namespace cd::ui {

void buildRosterDocument(QTextDocument &document, const QString &schoolName, const lessons::Semester &semester,
                         const room::RoomSchedule &schedule);

}  // namespace cd::ui
