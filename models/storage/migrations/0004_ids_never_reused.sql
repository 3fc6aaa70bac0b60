-- Schema 4: a row id is never handed out twice. Without AUTOINCREMENT SQLite
-- gives a new row the highest free id, so a row deleted by undo could see its
-- id go to another session's new row, and a later redo of the first session
-- would write into it. Each table is rebuilt with AUTOINCREMENT, keeping every
-- row and id.
--
-- The rebuild runs with foreign keys on, inside the migration's transaction:
-- the new tables refer to each other under their new names, so dropping the
-- old ones cascades into nothing, and renaming a new table rewrites the
-- references to it. Checks wait for the commit, when everything is in place.

PRAGMA defer_foreign_keys = ON;

DROP TRIGGER concern_counted;
DROP TRIGGER concern_uncounted;
DROP TRIGGER concern_recounted;
DROP TRIGGER action_counted;
DROP TRIGGER action_uncounted;
DROP TRIGGER action_recounted;

CREATE TABLE sessions_new (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
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
    timer_phase         TEXT,
    timer_end_at        TEXT,
    timer_paused_remaining_ms INTEGER,
    deleted_at          TEXT,
    concern_count       INTEGER NOT NULL DEFAULT 0,
    action_count        INTEGER NOT NULL DEFAULT 0,
    sharing_round       INTEGER NOT NULL DEFAULT 0,
    sharing_speaker_id  INTEGER REFERENCES participants_new (id) ON DELETE SET NULL,
    sharing_stopped     INTEGER NOT NULL DEFAULT 0,
    sharing_started_at  TEXT,
    timer_state         TEXT    NOT NULL DEFAULT 'idle'
                        CHECK (timer_state IN ('idle', 'running', 'paused')),
    timer_duration_ms   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE timeline_entries_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES sessions_new (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    happened_at TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE participants_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES sessions_new (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL DEFAULT '',
    seat        INTEGER NOT NULL,
    present     INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    nothing_left INTEGER NOT NULL DEFAULT 0 CHECK (nothing_left IN (0, 1)),
    joined_at   TEXT,
    left_at     TEXT
);

CREATE TABLE concerns_new (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id       INTEGER NOT NULL REFERENCES sessions_new (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    summary          TEXT    NOT NULL DEFAULT '',
    speaker_id       INTEGER REFERENCES participants_new (id) ON DELETE SET NULL,
    round            INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    hands_raised     INTEGER NOT NULL DEFAULT 0 CHECK (hands_raised >= 0),
    category         TEXT    NOT NULL DEFAULT '',
    merged_into_id   INTEGER REFERENCES concerns_new (id) ON DELETE SET NULL,
    discussion_notes TEXT    NOT NULL DEFAULT '',
    avoidance        TEXT    NOT NULL DEFAULT '',
    root_cause       TEXT    NOT NULL DEFAULT '',
    mitigations      TEXT    NOT NULL DEFAULT '',
    discussed        INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),
    created_at       TEXT    NOT NULL
);

CREATE TABLE whys_new (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    concern_id INTEGER NOT NULL REFERENCES concerns_new (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    question   TEXT    NOT NULL DEFAULT '',
    answer     TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE actions_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES sessions_new (id) ON DELETE CASCADE,
    concern_id  INTEGER REFERENCES concerns_new (id) ON DELETE SET NULL,
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

CREATE TABLE action_reviews_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES sessions_new (id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL REFERENCES actions_new (id) ON DELETE CASCADE,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('done', 'still_open', 'dropped')),
    note        TEXT    NOT NULL DEFAULT '',
    reviewed_at TEXT    NOT NULL,
    UNIQUE (session_id, action_id)
);

CREATE TABLE prompt_templates_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL CHECK (kind IN ('premortem', 'postmortem')),
    name            TEXT NOT NULL,
    scene           TEXT NOT NULL DEFAULT '',
    writing_prompts TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

INSERT INTO sessions_new (id, kind, title, created_at, updated_at, started_at, ended_at, scene,
    writing_prompts, incident_what, incident_impact, incident_detection, incident_resolution,
    planned_minutes, timebox_scene, timebox_writing, timebox_sharing, timebox_discussion,
    timebox_actions, current_phase, attribute_concerns, timer_phase, timer_end_at,
    timer_paused_remaining_ms, deleted_at, concern_count, action_count, sharing_round,
    sharing_speaker_id, sharing_stopped, sharing_started_at, timer_state, timer_duration_ms)
SELECT id, kind, title, created_at, updated_at, started_at, ended_at, scene,
    writing_prompts, incident_what, incident_impact, incident_detection, incident_resolution,
    planned_minutes, timebox_scene, timebox_writing, timebox_sharing, timebox_discussion,
    timebox_actions, current_phase, attribute_concerns, timer_phase, timer_end_at,
    timer_paused_remaining_ms, deleted_at, concern_count, action_count, sharing_round,
    sharing_speaker_id, sharing_stopped, sharing_started_at, timer_state, timer_duration_ms
FROM sessions;

INSERT INTO timeline_entries_new (id, session_id, position, happened_at, description)
SELECT id, session_id, position, happened_at, description FROM timeline_entries;

INSERT INTO participants_new (id, session_id, name, role, seat, present, nothing_left,
    joined_at, left_at)
SELECT id, session_id, name, role, seat, present, nothing_left, joined_at, left_at
FROM participants;

INSERT INTO concerns_new (id, session_id, position, summary, speaker_id, round, hands_raised,
    category, merged_into_id, discussion_notes, avoidance, root_cause, mitigations, discussed,
    created_at)
SELECT id, session_id, position, summary, speaker_id, round, hands_raised,
    category, merged_into_id, discussion_notes, avoidance, root_cause, mitigations, discussed,
    created_at
FROM concerns;

INSERT INTO whys_new (id, concern_id, position, question, answer)
SELECT id, concern_id, position, question, answer FROM whys;

INSERT INTO actions_new (id, session_id, concern_id, text, owner, due_date, status, rank,
    right_away, created_at, updated_at)
SELECT id, session_id, concern_id, text, owner, due_date, status, rank,
    right_away, created_at, updated_at
FROM actions;

INSERT INTO action_reviews_new (id, session_id, action_id, outcome, note, reviewed_at)
SELECT id, session_id, action_id, outcome, note, reviewed_at FROM action_reviews;

INSERT INTO prompt_templates_new (id, kind, name, scene, writing_prompts, created_at)
SELECT id, kind, name, scene, writing_prompts, created_at FROM prompt_templates;

-- Children before parents, so no old row is left pointing at a dropped one.
DROP TABLE action_reviews;
DROP TABLE whys;
DROP TABLE actions;
DROP TABLE timeline_entries;
DROP TABLE concerns;
DROP TABLE prompt_templates;
DROP TABLE sessions;
DROP TABLE participants;

ALTER TABLE sessions_new RENAME TO sessions;
ALTER TABLE participants_new RENAME TO participants;
ALTER TABLE concerns_new RENAME TO concerns;
ALTER TABLE whys_new RENAME TO whys;
ALTER TABLE actions_new RENAME TO actions;
ALTER TABLE action_reviews_new RENAME TO action_reviews;
ALTER TABLE timeline_entries_new RENAME TO timeline_entries;
ALTER TABLE prompt_templates_new RENAME TO prompt_templates;

CREATE INDEX sessions_live_by_created ON sessions (created_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX timeline_by_session ON timeline_entries (session_id, position);
CREATE INDEX participants_by_session ON participants (session_id, seat);
CREATE INDEX concerns_by_session ON concerns (session_id, position);
CREATE INDEX whys_by_concern ON whys (concern_id, position);
CREATE INDEX actions_by_session ON actions (session_id, rank);
CREATE INDEX actions_by_status ON actions (status, due_date);

CREATE TRIGGER concern_counted AFTER INSERT ON concerns
WHEN NEW.merged_into_id IS NULL
BEGIN
    UPDATE sessions SET concern_count = concern_count + 1 WHERE id = NEW.session_id;
END;

CREATE TRIGGER concern_uncounted AFTER DELETE ON concerns
WHEN OLD.merged_into_id IS NULL
BEGIN
    UPDATE sessions SET concern_count = concern_count - 1 WHERE id = OLD.session_id;
END;

CREATE TRIGGER concern_recounted AFTER UPDATE OF merged_into_id, session_id ON concerns
BEGIN
    UPDATE sessions SET concern_count = concern_count - (OLD.merged_into_id IS NULL)
        WHERE id = OLD.session_id;
    UPDATE sessions SET concern_count = concern_count + (NEW.merged_into_id IS NULL)
        WHERE id = NEW.session_id;
END;

CREATE TRIGGER action_counted AFTER INSERT ON actions
BEGIN
    UPDATE sessions SET action_count = action_count + 1 WHERE id = NEW.session_id;
END;

CREATE TRIGGER action_uncounted AFTER DELETE ON actions
BEGIN
    UPDATE sessions SET action_count = action_count - 1 WHERE id = OLD.session_id;
END;

CREATE TRIGGER action_recounted AFTER UPDATE OF session_id ON actions
BEGIN
    UPDATE sessions SET action_count = action_count - 1 WHERE id = OLD.session_id;
    UPDATE sessions SET action_count = action_count + 1 WHERE id = NEW.session_id;
END;
