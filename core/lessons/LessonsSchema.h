#pragma once
// The schema steps of the room's calendar: semesters (weeks, holidays and exam weeks, the periods
// of a school day), where mental-health lessons can go and who teaches them, the lessons
// themselves (planned, delivered, cancelled, made up) with their topics, theme class meetings,
// school events (monthly activities, family education, teacher training), appointments, group
// counseling, the room's open hours and its duty roster. A released step never changes (its
// checksum is pinned in tests/unit/test_migrations.cpp); a change is a new step with a fixture
// vault made before it (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::lessons {

/// Version 9: the room's calendar (docs/calendar.md).
extern const storage::Migration kSchemaV9;

}  // namespace cd::lessons
