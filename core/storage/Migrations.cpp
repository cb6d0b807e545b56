#include "storage/Migrations.h"

#include <QCoreApplication>

namespace cd::storage {

namespace {

// Version 1: the vault itself (meta facts, users, the audit chain).
const char *const kVaultV1 = R"SQL(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'counselor')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
)SQL";

// Version 2: students and their growth record (roster facts, class history, family, status).
const char *const kStudentsV2 = R"SQL(
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
const char *const kWatchListV3 = R"SQL(
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

// Version 4: cases, counseling sessions (with a full-text index inside the encrypted database)
// and private notes sealed with their author's key.
const char *const kCasesV4 = R"SQL(
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
const char *const kCategoriesDraftsV5 = R"SQL(
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

// Version 6: screening. Definitions a vault uses are kept in it (so scores can be recomputed with
// the exact version); a run snapshots the students expected; a sheet holds one student's answers
// to one instrument, one row per answer; scores keep their history (one current row per sheet);
// a flagged student gets one follow-up per run.
const char *const kScreeningV6 = R"SQL(
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

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, kVaultV1},
        {2, kStudentsV2},
        {3, kWatchListV3},
        {4, kCasesV4},
        {5, kCategoriesDraftsV5},
        {6, kScreeningV6},
    };
    return migrations;
}

int latestSchemaVersion() { return allMigrations().back().version; }

Status migrate(Database &db, const std::vector<Migration> &migrations)
{
    const int current = db.userVersion();
    if (current < 0) return db.lastError();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Storage",
                                                     "This vault was written by a newer CounselDesk (schema %1, "
                                                     "this program knows %2). Install the newer version.")
                             .arg(current)
                             .arg(latest));
    if (current == latest) return {};

    Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    for (const Migration &m : migrations) {
        if (m.version <= current) continue;
        CD_TRY(db.exec(QString::fromUtf8(m.sql)));
    }
    CD_TRY(db.setUserVersion(latest));
    return tx.commit();
}

}  // namespace cd::storage
