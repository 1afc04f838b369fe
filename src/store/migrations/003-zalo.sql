-- Zalo OA tokens: the current access/refresh pair per app. Refresh tokens are single-use, so each new pair is
-- written here (one row, one statement) before it is used; seed_hash remembers which ZALO_OA_REFRESH_TOKEN it grew from.
CREATE TABLE zalo_oa_tokens (
  app_id            TEXT PRIMARY KEY,
  access_token      TEXT NOT NULL,
  refresh_token     TEXT NOT NULL,
  access_expires_at TEXT NOT NULL,
  seed_hash         TEXT NOT NULL,
  refreshed_at      TEXT NOT NULL
);
