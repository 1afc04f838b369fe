// Remembers which platform updates were already handled, so webhook retries and replays are answered once.
import type { Db } from './db.js';

/** Durable set of handled update keys, per source (e.g. "telegram", "zalo-bot"). */
export interface ProcessedUpdates {
  /** Records `key` for `source`; returns false when it was already recorded (a duplicate). */
  claim(source: string, key: string): boolean;
}

/** Creates the processed-updates store over an open database. */
export function createProcessedUpdates(db: Db, now: () => Date = () => new Date()): ProcessedUpdates {
  const insert = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO processed_updates (source, key, received_at) VALUES (?, ?, ?)',
  );
  return {
    claim: (source, key) => insert.run(source, key, now().toISOString()).changes === 1,
  };
}
