#include "crisis/CrisisSchema.h"

namespace cd::crisis {

namespace {

// Version 7: crisis intervention and referrals (docs/crisis.md).
// - risk_labels: the room lead's own words and colours for the four internal severities (the
//   codes the watch list already stores); a severity without a row shows the default label.
// - crisis_step_limits: minutes after the event within which each step is due (0: no limit).
// - Every record about a student is deleted with the student (the retention purge).
constexpr char kCrisisV7[] = R"SQL(
CREATE TABLE risk_labels (
    level       TEXT PRIMARY KEY CHECK (level IN ('low', 'medium', 'high', 'crisis')),
    label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
    colour      TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL
);
CREATE TABLE crisis_step_limits (
    step     TEXT PRIMARY KEY,
    minutes  INTEGER NOT NULL CHECK (minutes >= 0)
);
CREATE TABLE letterhead (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    room        TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    logo        BLOB,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE TABLE institutions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    department  TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (name, department)
);
CREATE TABLE crisis_events (
    id               INTEGER PRIMARY KEY,
    student_id       INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    occurred_at      TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    description      TEXT NOT NULL,
    assessment       TEXT NOT NULL,
    suggested_level  TEXT NOT NULL CHECK (suggested_level IN ('low', 'medium', 'high', 'crisis')),
    level            TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'crisis')),
    override_reason  TEXT NOT NULL DEFAULT '',
    immediate_action TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at        TEXT NOT NULL DEFAULT '',
    closed_by        TEXT NOT NULL DEFAULT '',
    closing_note     TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL
);
CREATE INDEX crisis_events_by_student ON crisis_events (student_id, occurred_at);
CREATE TABLE crisis_steps (
    event_id     INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
    step         TEXT NOT NULL,
    done_at      TEXT NOT NULL,
    person       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    PRIMARY KEY (event_id, step)
);
CREATE TABLE crisis_notifications (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
    notified_at     TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    person          TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL,
    institution_id  INTEGER REFERENCES institutions (id),
    breach          INTEGER NOT NULL DEFAULT 0 CHECK (breach IN (0, 1)),
    reason          TEXT NOT NULL DEFAULT '',
    response        TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
);
CREATE INDEX crisis_notifications_by_event ON crisis_notifications (event_id, notified_at);
CREATE TABLE safety_plans (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    event_id     INTEGER REFERENCES crisis_events (id) ON DELETE SET NULL,
    version      INTEGER NOT NULL,
    content      TEXT NOT NULL,
    review_on    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    UNIQUE (student_id, version)
);
CREATE TABLE referrals (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    student_id      INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES crisis_events (id) ON DELETE SET NULL,
    institution_id  INTEGER REFERENCES institutions (id),
    reason          TEXT NOT NULL DEFAULT '',
    duration        TEXT NOT NULL DEFAULT '',
    urgency         TEXT NOT NULL DEFAULT 'routine',
    questions       TEXT NOT NULL DEFAULT '',
    disclose        TEXT NOT NULL DEFAULT '',
    screening_text  TEXT NOT NULL DEFAULT '',
    session_text    TEXT NOT NULL DEFAULT '',
    consent         TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'drafted'
                    CHECK (status IN ('drafted', 'given', 'seen', 'slip_returned', 'closed')),
    slip            TEXT NOT NULL DEFAULT '',
    slip_due        TEXT NOT NULL DEFAULT '',
    follow_up_on    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    given_at        TEXT NOT NULL DEFAULT '',
    seen_at         TEXT NOT NULL DEFAULT '',
    slip_at         TEXT NOT NULL DEFAULT '',
    closed_at       TEXT NOT NULL DEFAULT '',
    closing_note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referrals_by_student ON referrals (student_id);
CREATE TABLE printed_documents (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    referral_id  INTEGER REFERENCES referrals (id) ON DELETE CASCADE,
    plan_id      INTEGER REFERENCES safety_plans (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    language     TEXT NOT NULL,
    body         TEXT NOT NULL,
    printed_at   TEXT NOT NULL,
    printed_by   TEXT NOT NULL
);
CREATE INDEX printed_documents_by_student ON printed_documents (student_id, printed_at);
CREATE TABLE school_absences (
    id                INTEGER PRIMARY KEY,
    student_id        INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    referral_id       INTEGER REFERENCES referrals (id) ON DELETE SET NULL,
    leave_from        TEXT NOT NULL,
    reason            TEXT NOT NULL DEFAULT '',
    certificate_on    TEXT NOT NULL DEFAULT '',
    application_on    TEXT NOT NULL DEFAULT '',
    assessment_on     TEXT NOT NULL DEFAULT '',
    assessment        TEXT NOT NULL DEFAULT '',
    assessment_passed INTEGER NOT NULL DEFAULT 0 CHECK (assessment_passed IN (0, 1)),
    returned_on       TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE TABLE support_plans (
    student_id      INTEGER PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
    goals           TEXT NOT NULL DEFAULT '',
    counselor_does  TEXT NOT NULL DEFAULT '',
    teacher_does    TEXT NOT NULL DEFAULT '',
    guardian_does   TEXT NOT NULL DEFAULT '',
    review_on       TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
)SQL";

}  // namespace

const storage::Migration kSchemaV7 = {7, "crisis", kCrisisV7};

}  // namespace cd::crisis
