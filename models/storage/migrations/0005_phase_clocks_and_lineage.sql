-- Schema 5: sharing has an end as well as a start, so its clock stops when
-- sharing is stopped or complete; and a session remembers the one it was
-- duplicated from, so it reviews the open actions of its own line of
-- sessions only, not everyone's (teams come later and take this over).

ALTER TABLE sessions ADD COLUMN sharing_ended_at TEXT;
ALTER TABLE sessions ADD COLUMN duplicated_from_id INTEGER
    REFERENCES sessions (id) ON DELETE SET NULL;
