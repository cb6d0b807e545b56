#include "students/StudentsSchema.h"

namespace cd::students {

namespace {

// Version 2: students and their growth record (roster facts, class history, family, status).
constexpr char kStudentsV2[] = R"SQL(
CREATE TABLE students (
    id             INTEGER PRIMARY KEY,
    student_no     TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    sex            TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    birth_date     TEXT NOT NULL DEFAULT '',
    grade          INTEGER NOT NULL DEFAULT 0 CHECK (grade BETWEEN 0 AND 12),
    class_name     TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'graduated', 'transferred', 'left')),
    left_on        TEXT NOT NULL DEFAULT '',
    name_pinyin    TEXT NOT NULL DEFAULT '',
    name_initials  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX students_by_class ON students (grade, class_name);
CREATE INDEX students_by_status ON students (status, left_on);
CREATE TABLE class_history (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    grade       INTEGER NOT NULL,
    class_name  TEXT NOT NULL,
    from_date   TEXT NOT NULL,
    to_date     TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX class_history_by_student ON class_history (student_id, from_date);
CREATE TABLE growth_records (
    student_id        INTEGER PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
    family_structure  TEXT NOT NULL DEFAULT '',
    left_behind       INTEGER NOT NULL DEFAULT 0,
    family_notes      TEXT NOT NULL DEFAULT '',
    psych_status      TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE TABLE guardians (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    relation    TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX guardians_by_student ON guardians (student_id);
CREATE TABLE import_mappings (
    kind       TEXT NOT NULL,
    signature  TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    PRIMARY KEY (kind, signature)
);
)SQL";

// Version 3: the watch list (重点关注) and every change to it.
constexpr char kWatchListV3[] = R"SQL(
CREATE TABLE watch_list (
    student_id   INTEGER PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
    level        TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'crisis')),
    reason       TEXT NOT NULL,
    next_review  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE TABLE watch_history (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    level        TEXT NOT NULL CHECK (level IN ('', 'low', 'medium', 'high', 'crisis')),
    reason       TEXT NOT NULL,
    next_review  TEXT NOT NULL DEFAULT '',
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL
);
CREATE INDEX watch_history_by_student ON watch_history (student_id, id);
)SQL";

}  // namespace

const storage::Migration kSchemaV2 = {2, "students", kStudentsV2};
const storage::Migration kSchemaV3 = {3, "students", kWatchListV3};

}  // namespace cd::students
