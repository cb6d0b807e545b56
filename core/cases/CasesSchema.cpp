#include "cases/CasesSchema.h"

namespace cd::cases {

namespace {

// Version 4: cases, counseling sessions (with a full-text index inside the encrypted database)
// and private notes sealed with their author's key.
constexpr char kCasesV4[] = R"SQL(
CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    student_id        INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    category          TEXT NOT NULL,
    opened_on         TEXT NOT NULL,
    opened_by         TEXT NOT NULL,
    consent_guardian  TEXT NOT NULL DEFAULT '',
    consent_on        TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on         TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_by_student ON cases (student_id, status);
CREATE TABLE sessions (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    held_on           TEXT NOT NULL,
    minutes           INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 600),
    kind              TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'guardian', 'teacher')),
    presenting        TEXT NOT NULL DEFAULT '',
    observations      TEXT NOT NULL DEFAULT '',
    intervention      TEXT NOT NULL DEFAULT '',
    plan              TEXT NOT NULL DEFAULT '',
    risk              TEXT NOT NULL DEFAULT '' CHECK (risk IN ('', 'low', 'medium', 'high', 'crisis')),
    next_appointment  TEXT NOT NULL DEFAULT '',
    author            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX sessions_by_case ON sessions (case_id, held_on);
CREATE VIRTUAL TABLE session_text USING fts4 (body);
CREATE TABLE private_notes (
    session_id  INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL REFERENCES users (id),
    sealed      BLOB NOT NULL
);
)SQL";

// Version 5: the concern categories a room lead can extend, rename, reorder and hide (the eight
// built-in codes keep their translated names until renamed), and session drafts kept in the
// vault while a counselor writes (one per case, session and author; 0 = a session not yet saved).
constexpr char kCategoriesDraftsV5[] = R"SQL(
CREATE TABLE concern_categories (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL,
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO concern_categories (code, position) VALUES
    ('study', 1), ('peers', 2), ('family', 3), ('emotions', 4), ('self_harm', 5), ('bullying', 6),
    ('adolescence', 7), ('other', 8);
CREATE TABLE session_drafts (
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    session_id      INTEGER NOT NULL DEFAULT 0,
    author_id       INTEGER NOT NULL REFERENCES users (id),
    body            TEXT NOT NULL,
    private_sealed  BLOB,
    saved_at        TEXT NOT NULL,
    PRIMARY KEY (case_id, session_id, author_id)
);
)SQL";

}  // namespace

const storage::Migration kSchemaV4 = {4, "cases", kCasesV4};
const storage::Migration kSchemaV5 = {5, "cases", kCategoriesDraftsV5};

}  // namespace cd::cases
