-- Console corrections: a moderator's corrected answer sent to the resident who asked, through the durable outbox.
-- Each is a one-recipient broadcast (kind 'staff', status 'sending' at once) marked here with the turn it corrects;
-- the dispatcher sends these before reminders and broadcasts and skips the subscription check (the resident asked).
CREATE TABLE IF NOT EXISTS corrections (
  broadcast_id INTEGER PRIMARY KEY REFERENCES broadcasts(id),
  turn_id      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_turn ON corrections(turn_id);
