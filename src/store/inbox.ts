// The durable inbox: platform updates stored before they are acknowledged, their state, and the journal of sent reply parts.
import { type Db, writeTransaction } from './db.js';

/** A stored update waiting to be answered. */
export interface InboxItem {
  id: number;
  channel: string;
  chatId: string;
  /** The update as received (JSON text parsed back). */
  payload: unknown;
  /** Times it was taken by a worker before (0 the first time; more after restarts). */
  attempts: number;
  receivedAt: number;
}

/** Counts of one channel's updates per state. */
export type InboxCounts = Record<'pending' | 'done' | 'failed', number>;

/** Inbox storage. Each method is one short statement (autocommit). */
export interface InboxStore {
  /** Stores an update unless (channel, key) is already there; false for a duplicate. */
  accept(channel: string, key: string, chatId: string, payload: unknown, now: number): boolean;
  /** The oldest pending update of each chat of `channel`, oldest first, at most `limit` of them. */
  next(channel: string, limit: number): InboxItem[];
  /** Counts one more take of a pending update (before it is handled). */
  markTaken(id: number): void;
  markDone(id: number, now: number): void;
  markFailed(id: number, reason: string, now: number): void;
  /** The journaled result of reply part `seq` of update `id`, when it was confirmed sent before. */
  sentPart(id: number, seq: number): string | undefined;
  /** Records that reply part `seq` of update `id` was confirmed sent, with the platform's result. */
  recordPart(id: number, seq: number, result: string, now: number): void;
  counts(channel: string): InboxCounts;
  /** Deletes finished (done or failed) updates received before `before` (epoch ms) with their journal; returns how many. */
  prune(before: number): number;
  /** One update's state and reason (tests, status views). */
  get(channel: string, key: string): { state: string; attempts: number; lastError?: string } | undefined;
}

interface Row {
  id: number;
  channel: string;
  chat_id: string;
  payload: string;
  attempts: number;
  received_at: number;
}

/** Creates the inbox store over an open database (migration 010). */
export function createInboxStore(db: Db): InboxStore {
  const pruneSends = db.prepare<[number]>(
    "DELETE FROM inbox_sends WHERE inbox_id IN (SELECT id FROM inbox WHERE state <> 'pending' AND received_at < ?)",
  );
  const pruneRows = db.prepare<[number]>("DELETE FROM inbox WHERE state <> 'pending' AND received_at < ?");
  const prune = writeTransaction(db, (before: number) => {
    pruneSends.run(before);
    return pruneRows.run(before).changes;
  });
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT OR IGNORE INTO inbox (channel, dedupe_key, chat_id, payload, received_at) VALUES (?, ?, ?, ?, ?)',
  );
  const next = db.prepare<[string, number], Row>(
    // Each chat's oldest pending update only: a chat with a long backlog never hides the other chats' updates.
    // Read in id order along the pending index, each row checked against its chat's earlier pending ones, so the read
    // stops after `limit` rows however many are pending.
    `SELECT id, channel, chat_id, payload, attempts, received_at FROM inbox AS i INDEXED BY inbox_pending
     WHERE channel = ? AND state = 'pending'
       AND NOT EXISTS (SELECT 1 FROM inbox AS e WHERE e.channel = i.channel AND e.chat_id = i.chat_id AND e.state = 'pending' AND e.id < i.id)
     ORDER BY id LIMIT ?`,
  );
  const taken = db.prepare<[number]>('UPDATE inbox SET attempts = attempts + 1 WHERE id = ?');
  const finish = db.prepare<[string, number, string | null, number]>(
    "UPDATE inbox SET state = ?, finished_at = ?, last_error = ? WHERE id = ? AND state = 'pending'",
  );
  const part = db.prepare<[number, number], { result: string }>('SELECT result FROM inbox_sends WHERE inbox_id = ? AND seq = ?');
  const record = db.prepare<[number, number, string, number]>('INSERT OR IGNORE INTO inbox_sends (inbox_id, seq, result, sent_at) VALUES (?, ?, ?, ?)');
  const counts = db.prepare<[string], { state: keyof InboxCounts; n: number }>('SELECT state, count(*) AS n FROM inbox WHERE channel = ? GROUP BY state');
  const get = db.prepare<[string, string], { state: string; attempts: number; last_error: string | null }>(
    'SELECT state, attempts, last_error FROM inbox WHERE channel = ? AND dedupe_key = ?',
  );
  return {
    accept: (channel, key, chatId, payload, now) => insert.run(channel, key, chatId, JSON.stringify(payload), now).changes === 1,
    next: (channel, limit) =>
      next.all(channel, limit).map((row) => {
        let parsed: { value: unknown } | undefined;
        return {
          id: row.id,
          channel: row.channel,
          chatId: row.chat_id,
          // Parsed only for the rows a worker starts (most rows of a batch are skipped: their chat is busy).
          get payload() {
            parsed ??= { value: JSON.parse(row.payload) as unknown };
            return parsed.value;
          },
          attempts: row.attempts,
          receivedAt: row.received_at,
        };
      }),
    markTaken: (id) => void taken.run(id),
    markDone: (id, now) => void finish.run('done', now, null, id),
    markFailed: (id, reason, now) => void finish.run('failed', now, reason.slice(0, 500), id),
    sentPart: (id, seq) => part.get(id, seq)?.result,
    recordPart: (id, seq, result, now) => void record.run(id, seq, result, now),
    counts(channel) {
      const result: InboxCounts = { pending: 0, done: 0, failed: 0 };
      for (const row of counts.all(channel)) result[row.state] = row.n;
      return result;
    },
    prune: (before) => prune(before),
    get(channel, key) {
      const row = get.get(channel, key);
      return row ? { state: row.state, attempts: row.attempts, lastError: row.last_error ?? undefined } : undefined;
    },
  };
}
