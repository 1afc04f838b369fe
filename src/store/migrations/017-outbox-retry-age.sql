-- When an outbox row first failed for a reason worth retrying (5xx, timeout, network): 5xx retries stop at a bounded
-- age from then, as replies do, and the row is reported failed with the reason. A side table, so the migration can run
-- again on a database that has it.
CREATE TABLE IF NOT EXISTS outbox_failures (
  outbox_id       INTEGER PRIMARY KEY REFERENCES outbox(id),
  first_failed_at INTEGER NOT NULL
) WITHOUT ROWID;
