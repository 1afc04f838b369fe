-- Proactive delivery: the Lifelong Learning Week calendar, broadcasts (staff and reminders) and the durable outbox.

-- One row per year, edited by staff (`loa week set`); events: JSON array of {text, locality?}.
CREATE TABLE week_calendar (
  year       INTEGER PRIMARY KEY,
  start_date TEXT NOT NULL,
  end_date   TEXT NOT NULL CHECK (end_date >= start_date),
  theme      TEXT,
  events     TEXT NOT NULL DEFAULT '[]',
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A message to many subscribers. channel: NULL = every channel, 'zalo' = zalo-bot and zalo-oa.
-- scheduled → (expanded into the outbox) sending → done; or cancelled. Times are ISO instants.
CREATE TABLE broadcasts (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('staff', 'reminder')),
  text           TEXT NOT NULL,
  channel        TEXT,
  locality       TEXT,
  send_at        TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  started_at     TEXT,
  finished_at    TEXT,
  recipients     INTEGER,
  reminder_year  INTEGER,
  reminder_kinds TEXT
);
CREATE INDEX broadcasts_due ON broadcasts(status, send_at);

-- Each Week reminder goes out at most once per year: (year, kind) is claimed by the broadcast that carries it.
CREATE TABLE reminders_sent (
  year         INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
  PRIMARY KEY (year, kind)
) WITHOUT ROWID;

-- One row per recipient per broadcast (the unique key). text: per-recipient text (reminders with local
-- events), NULL = the broadcast's. States: pending → sending → sent | failed | pending (429/5xx retry);
-- a row found in 'sending' after a crash becomes 'unconfirmed' and is never resent. Times are epoch ms.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  broadcast_id    INTEGER NOT NULL REFERENCES broadcasts(id),
  channel         TEXT NOT NULL,
  chat_id         TEXT NOT NULL,
  text            TEXT,
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unconfirmed', 'skipped', 'cancelled')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  updated_at      INTEGER NOT NULL,
  UNIQUE (broadcast_id, channel, chat_id)
);
CREATE INDEX outbox_pending ON outbox(next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_sending ON outbox(id) WHERE state = 'sending';
