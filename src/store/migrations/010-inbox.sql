-- The durable inbox: every platform update is stored (deduplicated per channel) before it is acknowledged, and is
-- done only when its reply was confirmed sent. inbox_sends journals each confirmed outgoing part of a reply, so an
-- update resumed after a restart never sends a part twice. Times are epoch ms.
CREATE TABLE inbox (
  id          INTEGER PRIMARY KEY,
  channel     TEXT NOT NULL,
  dedupe_key  TEXT NOT NULL,
  chat_id     TEXT NOT NULL,
  payload     TEXT NOT NULL,
  state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  finished_at INTEGER,
  last_error  TEXT,
  UNIQUE (channel, dedupe_key)
);
CREATE INDEX inbox_pending ON inbox(channel, id) WHERE state = 'pending';

CREATE TABLE inbox_sends (
  inbox_id INTEGER NOT NULL REFERENCES inbox(id),
  seq      INTEGER NOT NULL,
  result   TEXT NOT NULL,
  sent_at  INTEGER NOT NULL,
  PRIMARY KEY (inbox_id, seq)
) WITHOUT ROWID;
