#include "district/DistrictSchema.h"

namespace cd::district {

namespace {

// Version 10: the school's profile for the district summary (docs/district-summary.md, "School
// profile"). One row (id 1), written whole by SchoolProfiles::save. Facts about the school, never
// about a student. `school_type` holds the vault's school-type codes (vault/Types.cpp);
// `room_open_hours` is NULL while the room's weekly open hours are taken from the room's own hours
// (core/room) rather than typed in. Also the index on group_sessions (group_id) that schema 9
// left out (a group's sessions were found by a scan).
constexpr char kDistrictV10[] = R"SQL(
CREATE TABLE school_profile (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    school_name           TEXT NOT NULL DEFAULT '',
    district_code         TEXT NOT NULL CHECK (length(district_code) BETWEEN 1 AND 32),
    school_type           TEXT NOT NULL CHECK (school_type IN ('primary', 'junior', 'senior',
                                                               'primary_junior', 'junior_senior', 'all')),
    students_enrolled     INTEGER NOT NULL DEFAULT 0 CHECK (students_enrolled >= 0),
    boarders              INTEGER NOT NULL DEFAULT 0 CHECK (boarders >= 0),
    counselors_full_time  INTEGER NOT NULL DEFAULT 0 CHECK (counselors_full_time >= 0),
    counselors_part_time  INTEGER NOT NULL DEFAULT 0 CHECK (counselors_part_time >= 0),
    counselors_certified  INTEGER NOT NULL DEFAULT 0 CHECK (counselors_certified >= 0),
    room_name             TEXT NOT NULL DEFAULT '',
    room_area             REAL NOT NULL DEFAULT 0 CHECK (room_area >= 0),
    room_open_hours       REAL CHECK (room_open_hours IS NULL OR room_open_hours BETWEEN 0 AND 168),
    funding_yuan          INTEGER NOT NULL DEFAULT 0 CHECK (funding_yuan >= 0),
    funding_year          INTEGER NOT NULL CHECK (funding_year BETWEEN 2000 AND 2100),
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL
);
CREATE INDEX group_sessions_by_group ON group_sessions (group_id);
)SQL";

}  // namespace

const storage::Migration kSchemaV10 = {10, "district", kDistrictV10};

}  // namespace cd::district
