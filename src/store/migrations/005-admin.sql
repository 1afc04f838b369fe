-- Staff console: accounts, sessions, curated answers, and residents' feedback and moderators' flags on turns.
CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'campaign')),
  locality      TEXT,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL
);

-- Only a SHA-256 of the session token is stored, so a copy of the database cannot be used to log in.
CREATE TABLE staff_sessions (
  token_hash   TEXT PRIMARY KEY,
  staff_id     INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  csrf         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX staff_sessions_staff ON staff_sessions(staff_id);

-- questions: JSON array of phrasings the answer is for; citations: JSON array like turns.citations.
CREATE TABLE curated_answers (
  id          INTEGER PRIMARY KEY,
  questions   TEXT NOT NULL,
  answer      TEXT NOT NULL,
  citations   TEXT NOT NULL DEFAULT '[]',
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  retired_at  TEXT
);

ALTER TABLE turns ADD COLUMN feedback TEXT CHECK (feedback IN ('up', 'down'));
ALTER TABLE turns ADD COLUMN feedback_at TEXT;
ALTER TABLE turns ADD COLUMN flagged_at TEXT;
ALTER TABLE turns ADD COLUMN flag_note TEXT;
ALTER TABLE turns ADD COLUMN flagged_by TEXT;
ALTER TABLE turns ADD COLUMN curated_id INTEGER REFERENCES curated_answers(id);
