-- Subscribers of proactive messages and the consent ledger of every opt-in, opt-out and block.
CREATE TABLE subscribers (
  channel       TEXT NOT NULL,
  chat_id       TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('active', 'unsubscribed', 'inactive')),
  province      TEXT,
  ward          TEXT,
  subscribed_at TEXT,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (channel, chat_id)
);
CREATE INDEX subscribers_status ON subscribers(status, channel);

CREATE TABLE consent_events (
  id         INTEGER PRIMARY KEY,
  channel    TEXT NOT NULL,
  chat_id    TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('opt-in', 'opt-out', 'blocked')),
  method     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX consent_events_chat ON consent_events(channel, chat_id, id);
