-- Schema 2: deleting a session only hides it until the deletion can no
-- longer be undone, so undo brings back every participant, concern and
-- action exactly as it was. Each session also keeps its concern and action
-- counts, kept true by triggers, so a list of a thousand sessions needs no
-- counting when Candor starts.

ALTER TABLE sessions ADD COLUMN deleted_at TEXT;
ALTER TABLE sessions ADD COLUMN concern_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN action_count INTEGER NOT NULL DEFAULT 0;

DROP INDEX sessions_by_created;
CREATE INDEX sessions_live_by_created ON sessions (created_at DESC, id DESC)
    WHERE deleted_at IS NULL;

-- A concern merged into another is counted once, as the one it joined.
UPDATE sessions SET
    concern_count = (SELECT count(*) FROM concerns c
                     WHERE c.session_id = sessions.id AND c.merged_into_id IS NULL),
    action_count = (SELECT count(*) FROM actions a WHERE a.session_id = sessions.id);

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
