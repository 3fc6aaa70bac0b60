-- Schema 3: what the live flow needs to survive a restart: whose turn it is
-- in the round-robin, when sharing began, and the whole countdown.

ALTER TABLE sessions ADD COLUMN sharing_round INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN sharing_speaker_id INTEGER
    REFERENCES participants (id) ON DELETE SET NULL;
ALTER TABLE sessions ADD COLUMN sharing_stopped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN sharing_started_at TEXT;
ALTER TABLE sessions ADD COLUMN timer_state TEXT NOT NULL DEFAULT 'idle'
    CHECK (timer_state IN ('idle', 'running', 'paused'));
ALTER TABLE sessions ADD COLUMN timer_duration_ms INTEGER NOT NULL DEFAULT 0;
