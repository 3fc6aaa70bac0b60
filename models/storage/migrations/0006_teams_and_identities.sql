-- Schema 6: sessions belong to teams, and every row that can travel to
-- another machine in a session file carries an identity that is the same
-- everywhere (a UUID) and the time it last changed. Local integer ids stay
-- internal: they differ from one database to the next.

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE UNIQUE INDEX teams_by_uuid ON teams (uuid);

ALTER TABLE sessions ADD COLUMN team_id INTEGER REFERENCES teams (id);
ALTER TABLE sessions ADD COLUMN uuid TEXT;
ALTER TABLE participants ADD COLUMN uuid TEXT;
ALTER TABLE participants ADD COLUMN updated_at TEXT;
ALTER TABLE concerns ADD COLUMN uuid TEXT;
ALTER TABLE concerns ADD COLUMN updated_at TEXT;
ALTER TABLE whys ADD COLUMN uuid TEXT;
ALTER TABLE whys ADD COLUMN updated_at TEXT;
ALTER TABLE actions ADD COLUMN uuid TEXT;
ALTER TABLE action_reviews ADD COLUMN uuid TEXT;
ALTER TABLE action_reviews ADD COLUMN updated_at TEXT;
ALTER TABLE timeline_entries ADD COLUMN uuid TEXT;
ALTER TABLE timeline_entries ADD COLUMN updated_at TEXT;

UPDATE participants SET updated_at =
    coalesce(joined_at, (SELECT s.created_at FROM sessions s WHERE s.id = session_id));
UPDATE concerns SET updated_at = created_at;
UPDATE whys SET updated_at =
    (SELECT c.created_at FROM concerns c WHERE c.id = concern_id);
UPDATE action_reviews SET updated_at = reviewed_at;
UPDATE timeline_entries SET updated_at =
    (SELECT s.updated_at FROM sessions s WHERE s.id = session_id);

-- After these statements Database gives every row its identity and puts the
-- sessions there are into a first team, named in the user's language.

CREATE UNIQUE INDEX sessions_by_uuid ON sessions (uuid);
CREATE UNIQUE INDEX participants_by_uuid ON participants (uuid);
CREATE UNIQUE INDEX concerns_by_uuid ON concerns (uuid);
CREATE UNIQUE INDEX whys_by_uuid ON whys (uuid);
CREATE UNIQUE INDEX actions_by_uuid ON actions (uuid);
CREATE UNIQUE INDEX action_reviews_by_uuid ON action_reviews (uuid);
CREATE UNIQUE INDEX timeline_entries_by_uuid ON timeline_entries (uuid);
CREATE INDEX sessions_by_team ON sessions (team_id, created_at DESC) WHERE deleted_at IS NULL;

-- For each row that was last seen the same on both sides of a trip (an
-- export, an import), a fingerprint of what it then held: a row changed
-- here since and changed there since is a conflict, not a silent overwrite.
CREATE TABLE shared_versions (
    uuid        TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
