-- Schema 1: everything a session holds, from set-up to follow-up.
-- Times are UTC ISO 8601 text ("2026-11-21T09:30:00.000Z") so they sort as
-- text and read in any SQLite browser; due dates are plain "yyyy-MM-dd".

CREATE TABLE sessions (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('premortem', 'postmortem')),
    title               TEXT    NOT NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    started_at          TEXT,
    ended_at            TEXT,
    scene               TEXT    NOT NULL DEFAULT '',
    writing_prompts     TEXT    NOT NULL DEFAULT '',
    incident_what       TEXT    NOT NULL DEFAULT '',
    incident_impact     TEXT    NOT NULL DEFAULT '',
    incident_detection  TEXT    NOT NULL DEFAULT '',
    incident_resolution TEXT    NOT NULL DEFAULT '',
    planned_minutes     INTEGER NOT NULL DEFAULT 60 CHECK (planned_minutes >= 0),
    timebox_scene       INTEGER NOT NULL DEFAULT 5  CHECK (timebox_scene >= 0),
    timebox_writing     INTEGER NOT NULL DEFAULT 10 CHECK (timebox_writing >= 0),
    timebox_sharing     INTEGER NOT NULL DEFAULT 20 CHECK (timebox_sharing >= 0),
    timebox_discussion  INTEGER NOT NULL DEFAULT 20 CHECK (timebox_discussion >= 0),
    timebox_actions     INTEGER NOT NULL DEFAULT 5  CHECK (timebox_actions >= 0),
    current_phase       TEXT    NOT NULL DEFAULT 'setup',
    attribute_concerns  INTEGER NOT NULL DEFAULT 0 CHECK (attribute_concerns IN (0, 1)),
    -- The countdown: an absolute end time while running, what was left while paused.
    timer_phase         TEXT,
    timer_end_at        TEXT,
    timer_paused_remaining_ms INTEGER
);
CREATE INDEX sessions_by_created ON sessions (created_at DESC, id DESC);

CREATE TABLE timeline_entries (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    happened_at TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX timeline_by_session ON timeline_entries (session_id, position);

CREATE TABLE participants (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL DEFAULT '',
    seat        INTEGER NOT NULL,
    present     INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    nothing_left INTEGER NOT NULL DEFAULT 0 CHECK (nothing_left IN (0, 1)),
    joined_at   TEXT,
    left_at     TEXT
);
CREATE INDEX participants_by_session ON participants (session_id, seat);

CREATE TABLE concerns (
    id               INTEGER PRIMARY KEY,
    session_id       INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    summary          TEXT    NOT NULL DEFAULT '',
    speaker_id       INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    round            INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    hands_raised     INTEGER NOT NULL DEFAULT 0 CHECK (hands_raised >= 0),
    category         TEXT    NOT NULL DEFAULT '',
    merged_into_id   INTEGER REFERENCES concerns (id) ON DELETE SET NULL,
    discussion_notes TEXT    NOT NULL DEFAULT '',
    avoidance        TEXT    NOT NULL DEFAULT '',
    root_cause       TEXT    NOT NULL DEFAULT '',
    mitigations      TEXT    NOT NULL DEFAULT '',
    discussed        INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),
    created_at       TEXT    NOT NULL
);
CREATE INDEX concerns_by_session ON concerns (session_id, position);

CREATE TABLE whys (
    id         INTEGER PRIMARY KEY,
    concern_id INTEGER NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    question   TEXT    NOT NULL DEFAULT '',
    answer     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX whys_by_concern ON whys (concern_id, position);

CREATE TABLE actions (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    concern_id  INTEGER REFERENCES concerns (id) ON DELETE SET NULL,
    text        TEXT    NOT NULL,
    owner       TEXT    NOT NULL DEFAULT '',
    due_date    TEXT,
    status      TEXT    NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    rank        INTEGER NOT NULL,
    right_away  INTEGER NOT NULL DEFAULT 0 CHECK (right_away IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX actions_by_session ON actions (session_id, rank);
CREATE INDEX actions_by_status ON actions (status, due_date);

-- The start of a session reviews the open actions of earlier ones.
CREATE TABLE action_reviews (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('done', 'still_open', 'dropped')),
    note        TEXT    NOT NULL DEFAULT '',
    reviewed_at TEXT    NOT NULL,
    UNIQUE (session_id, action_id)
);

CREATE TABLE prompt_templates (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('premortem', 'postmortem')),
    name            TEXT NOT NULL,
    scene           TEXT NOT NULL DEFAULT '',
    writing_prompts TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
