-- When an outbox row first failed for a reason worth retrying (5xx, timeout, network): 5xx retries stop at a bounded
-- age from then, as replies do, and the row is reported failed with the reason.
ALTER TABLE outbox ADD COLUMN first_failed_at INTEGER;
