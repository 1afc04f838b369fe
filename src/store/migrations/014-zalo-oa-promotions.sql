-- Zalo OA promotion messages sent, one row per follower per local day: Zalo allows at most one a day per user.
CREATE TABLE IF NOT EXISTS zalo_oa_promotions (
  user_id TEXT NOT NULL,
  day     TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, day)
) WITHOUT ROWID;

-- A follower's last update (is the 48-hour customer-service window open?) is read per recipient of a broadcast.
CREATE INDEX IF NOT EXISTS inbox_chat_received ON inbox(channel, chat_id, received_at);
