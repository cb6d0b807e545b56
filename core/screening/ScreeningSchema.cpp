#include "screening/ScreeningSchema.h"

namespace cd::screening {

namespace {

// Version 6: screening. Definitions a vault uses are kept in it (so scores can be recomputed with
// the exact version); a run snapshots the students expected; a sheet holds one student's answers
// to one instrument, one row per answer; scores keep their history (one current row per sheet);
// a flagged student gets one follow-up per run.
constexpr char kScreeningV6[] = R"SQL(
CREATE TABLE instrument_definitions (
    code        TEXT NOT NULL,
    version     TEXT NOT NULL,
    definition  BLOB NOT NULL,
    shipped     INTEGER NOT NULL CHECK (shipped IN (0, 1)),
    loaded_at   TEXT NOT NULL,
    loaded_by   TEXT NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE TABLE screening_runs (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    targets     TEXT NOT NULL,
    opens_on    TEXT NOT NULL,
    closes_on   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed')),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE TABLE run_instruments (
    run_id    INTEGER NOT NULL REFERENCES screening_runs (id) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    version   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (run_id, code)
);
CREATE TABLE run_students (
    run_id      INTEGER NOT NULL REFERENCES screening_runs (id) ON DELETE CASCADE,
    student_id  INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    grade       INTEGER NOT NULL,
    class_name  TEXT NOT NULL,
    sex         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, student_id)
) WITHOUT ROWID;
CREATE TABLE screening_sheets (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL,
    student_id  INTEGER NOT NULL,
    instrument  TEXT NOT NULL,
    complete    INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1)),
    seconds     INTEGER,
    source      TEXT NOT NULL CHECK (source IN ('import', 'kiosk', 'grid')),
    entered_at  TEXT NOT NULL,
    entered_by  TEXT NOT NULL,
    UNIQUE (run_id, student_id, instrument),
    FOREIGN KEY (run_id, student_id) REFERENCES run_students (run_id, student_id) ON DELETE CASCADE
);
CREATE TABLE screening_answers (
    sheet_id  INTEGER NOT NULL REFERENCES screening_sheets (id) ON DELETE CASCADE,
    item      INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (sheet_id, item)
) WITHOUT ROWID;
CREATE TABLE screening_scores (
    id         INTEGER PRIMARY KEY,
    sheet_id   INTEGER NOT NULL REFERENCES screening_sheets (id) ON DELETE CASCADE,
    version    TEXT NOT NULL,
    current    INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
    valid      INTEGER NOT NULL CHECK (valid IN (0, 1)),
    total      REAL NOT NULL,
    band       INTEGER NOT NULL DEFAULT -1,
    t_score    REAL,
    follow_up  INTEGER NOT NULL CHECK (follow_up IN (0, 1)),
    flags      TEXT NOT NULL DEFAULT '',
    subscales  TEXT NOT NULL DEFAULT '',
    critical   TEXT NOT NULL DEFAULT '',
    invalid    TEXT NOT NULL DEFAULT '',
    scored_at  TEXT NOT NULL,
    scored_by  TEXT NOT NULL
);
CREATE INDEX screening_scores_by_sheet ON screening_scores (sheet_id, current);
CREATE TABLE screening_follow_ups (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL,
    student_id    INTEGER NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'cleared')),
    opened_at     TEXT NOT NULL,
    interview_at  TEXT NOT NULL DEFAULT '',
    closed_at     TEXT NOT NULL DEFAULT '',
    closed_by     TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (run_id, student_id),
    FOREIGN KEY (run_id, student_id) REFERENCES run_students (run_id, student_id) ON DELETE CASCADE
);
CREATE INDEX screening_follow_ups_by_status ON screening_follow_ups (status, opened_at);
)SQL";

}  // namespace

const storage::Migration kSchemaV6 = {6, "screening", kScreeningV6};

}  // namespace cd::screening
