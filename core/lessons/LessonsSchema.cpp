#include "lessons/LessonsSchema.h"

namespace cd::lessons {

namespace {

// Version 9: the room's calendar (docs/calendar.md).
// - Dates are 'yyyy-MM-dd', times of day 'HH:mm', moments 'yyyy-MM-ddTHH:mm' (local time).
// - Weeks are numbered from the Monday of week 1 (`week1_monday`), weekdays 1 (Monday) to 7.
// - Classes are named as students are (grade 1–12, class_name) and come from the roster.
// - Semester settings (`window_weeks`, the targets) are per semester, since regions differ and a
//   school's rules change; the defaults are Guangzhou's (docs/calendar.md).
// - Every record naming a student is deleted with the student (the retention purge).
constexpr char kCalendarV9[] = R"SQL(
CREATE TABLE semesters (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    starts_on           TEXT NOT NULL,
    ends_on             TEXT NOT NULL CHECK (ends_on >= starts_on),
    week1_monday        TEXT NOT NULL,
    school_days         INTEGER NOT NULL DEFAULT 5 CHECK (school_days BETWEEN 5 AND 7),
    window_weeks        INTEGER NOT NULL DEFAULT 2 CHECK (window_weeks BETWEEN 1 AND 8),
    lessons_per_window  INTEGER NOT NULL DEFAULT 1 CHECK (lessons_per_window BETWEEN 1 AND 5),
    meetings_target     INTEGER NOT NULL DEFAULT 1 CHECK (meetings_target BETWEEN 0 AND 20),
    activities_target   INTEGER NOT NULL DEFAULT 1 CHECK (activities_target BETWEEN 0 AND 10),
    family_target       INTEGER NOT NULL DEFAULT 2 CHECK (family_target BETWEEN 0 AND 50),
    training_target     INTEGER NOT NULL DEFAULT 1 CHECK (training_target BETWEEN 0 AND 50),
    open_hours_target   INTEGER NOT NULL DEFAULT 10 CHECK (open_hours_target BETWEEN 0 AND 80),
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
);
CREATE TABLE semester_breaks (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('holiday', 'exam')),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL CHECK (ends_on >= starts_on),
    label        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE day_periods (
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 16),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (semester_id, period)
);
CREATE TABLE lesson_teachers (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    login        TEXT NOT NULL DEFAULT '',
    max_per_day  INTEGER NOT NULL DEFAULT 4 CHECK (max_per_day BETWEEN 1 AND 16),
    UNIQUE (semester_id, name)
);
CREATE TABLE teacher_classes (
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    class_name   TEXT NOT NULL,
    teacher_id   INTEGER NOT NULL REFERENCES lesson_teachers (id) ON DELETE CASCADE,
    PRIMARY KEY (semester_id, grade, class_name)
);
CREATE TABLE teacher_unavailable (
    id           INTEGER PRIMARY KEY,
    teacher_id   INTEGER NOT NULL REFERENCES lesson_teachers (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    period       INTEGER NOT NULL CHECK (period BETWEEN 0 AND 16),
    first_week   INTEGER NOT NULL CHECK (first_week >= 1),
    last_week    INTEGER NOT NULL CHECK (last_week >= first_week),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE class_slots (
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    class_name   TEXT NOT NULL,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 16),
    weeks        TEXT NOT NULL DEFAULT 'every' CHECK (weeks IN ('every', 'odd', 'even')),
    PRIMARY KEY (semester_id, grade, class_name, weekday, period)
);
CREATE TABLE lesson_topics (
    id         INTEGER PRIMARY KEY,
    grade      INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 12),
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    theme      TEXT NOT NULL DEFAULT '',
    materials  TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX lesson_topics_by_grade ON lesson_topics (grade, position);
CREATE TABLE lessons (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    class_name   TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'lesson' CHECK (kind IN ('lesson', 'class_meeting')),
    week         INTEGER NOT NULL CHECK (week >= 1),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 16),
    teacher_id   INTEGER REFERENCES lesson_teachers (id) ON DELETE SET NULL,
    topic_id     INTEGER REFERENCES lesson_topics (id) ON DELETE SET NULL,
    topic        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'delivered', 'cancelled', 'made_up')),
    pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    makes_up     INTEGER REFERENCES lessons (id) ON DELETE SET NULL,
    materials    TEXT NOT NULL DEFAULT '',
    reflection   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE INDEX lessons_by_class ON lessons (semester_id, grade, class_name, week);
CREATE INDEX lessons_by_time ON lessons (semester_id, week, weekday, period);
CREATE TABLE school_events (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('activity', 'family', 'training')),
    format       TEXT NOT NULL DEFAULT '',
    held_on      TEXT NOT NULL,
    topic        TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    audience     TEXT NOT NULL DEFAULT '',
    head_count   INTEGER NOT NULL DEFAULT 0 CHECK (head_count >= 0),
    minutes      INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE INDEX school_events_by_semester ON school_events (semester_id, kind, held_on);
CREATE TABLE room_hours (
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL CHECK (ends_at > starts_at),
    PRIMARY KEY (semester_id, weekday, starts_at)
);
CREATE TABLE duty_shifts (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER NOT NULL REFERENCES semesters (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL CHECK (ends_at > starts_at),
    person       TEXT NOT NULL CHECK (length(trim(person)) > 0),
    login        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX duty_shifts_by_day ON duty_shifts (semester_id, weekday, starts_at);
CREATE TABLE appointments (
    id              INTEGER PRIMARY KEY,
    starts_at       TEXT NOT NULL,
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    requester_kind  TEXT NOT NULL CHECK (requester_kind IN ('student', 'teacher', 'parent')),
    student_id      INTEGER REFERENCES students (id) ON DELETE CASCADE,
    requester       TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    counselor       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'kept', 'missed', 'cancelled')),
    session_id      INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (requester_kind <> 'student' OR student_id IS NOT NULL)
);
CREATE INDEX appointments_by_time ON appointments (starts_at);
CREATE INDEX appointments_by_student ON appointments (student_id);
CREATE TABLE counseling_groups (
    id           INTEGER PRIMARY KEY,
    semester_id  INTEGER REFERENCES semesters (id) ON DELETE SET NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    theme        TEXT NOT NULL,
    leader       TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    outcome      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE TABLE group_members (
    group_id    INTEGER NOT NULL REFERENCES counseling_groups (id) ON DELETE CASCADE,
    student_id  INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    joined_on   TEXT NOT NULL,
    left_on     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, student_id)
);
CREATE INDEX group_members_by_student ON group_members (student_id);
CREATE TABLE group_sessions (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES counseling_groups (id) ON DELETE CASCADE,
    held_at   TEXT NOT NULL,
    minutes   INTEGER NOT NULL DEFAULT 45 CHECK (minutes BETWEEN 5 AND 480),
    topic     TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE group_attendance (
    session_id  INTEGER NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    student_id  INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    present     INTEGER NOT NULL CHECK (present IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, student_id)
);
CREATE INDEX group_attendance_by_student ON group_attendance (student_id);
)SQL";

}  // namespace

const storage::Migration kSchemaV9 = {9, "calendar", kCalendarV9};

}  // namespace cd::lessons
