#pragma once
// The schema steps of the crisis area: risk-level labels, the directory of institutions, crisis
// events with their steps and notifications, safety plans, referrals with the documents that left
// the room, time off school and support plans. A released step never changes (its checksum is
// pinned in tests/unit/test_migrations.cpp); a change is a new step with a fixture vault made
// before it (tests/data/vaults).

#include "storage/Migrations.h"

namespace cd::crisis {

/// Version 7: the crisis and referral area.
extern const storage::Migration kSchemaV7;

}  // namespace cd::crisis
