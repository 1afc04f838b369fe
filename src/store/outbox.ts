// The durable outbox: one row per recipient per broadcast, and the state changes the dispatcher makes (short statements).
import type { Statement } from 'better-sqlite3';
import { type Db, writeTransaction } from './db.js';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'unconfirmed' | 'skipped' | 'cancelled';

export const OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sending', 'sent', 'failed', 'unconfirmed', 'skipped', 'cancelled'];

/** A recipient ready to be sent to, with the text it gets. */
export interface OutboxItem {
  id: number;
  broadcastId: number;
  channel: string;
  chatId: string;
  text: string;
  /** Send attempts so far (claims). */
  attempts: number;
  /** A console correction to the resident who asked (sent before broadcasts, no subscription needed). */
  correction: boolean;
  /** When a send first failed for a reason worth retrying (epoch ms), if it has. */
  firstFailedAt?: number;
}

/** One recipient to add; `text` overrides the broadcast's text (e.g. a reminder with local events). */
export interface NewRecipient {
  channel: string;
  chatId: string;
  text?: string;
}

/**
 * Per-recipient delivery state. Each method is one short statement (autocommit), so the dispatcher never holds
 * a write lock for long and a crash leaves every row in a state that says what is known about it.
 */
export interface OutboxStore {
  /** Adds recipients in one transaction; rows already present (same broadcast, channel, chat) are left alone. Returns rows added. */
  enqueue(broadcastId: number, recipients: readonly NewRecipient[], now: number): number;
  /** Pending rows of sending broadcasts due at `now` on `channels`: console corrections first, then in order. */
  due(now: number, limit: number, channels: readonly string[]): OutboxItem[];
  /** When the next pending row on `channels` becomes due (epoch ms), or undefined when none is pending. */
  nextDueAt(channels: readonly string[]): number | undefined;
  /** pending → sending, committed before the send; false when the row was cancelled, taken or its broadcast stopped. */
  claim(id: number, now: number): boolean;
  markSent(id: number, now: number): void;
  markFailed(id: number, error: string, now: number): void;
  /** The recipient opted out (or is inactive) by the time of sending. */
  markSkipped(id: number, reason: string, now: number): void;
  /**
   * sending → pending, to be tried again at `at` (the platform said it did not deliver). A `failure` (5xx, timeout,
   * network) starts the row's retry age (`firstFailedAt`) if it has none; a 429 does not.
   */
  retryAt(id: number, at: number, error: string, now: number, failure: boolean): void;
  /** Moves a pending row's next attempt to `at` without counting an attempt (per-chat pacing). */
  defer(id: number, at: number): void;
  /** After a crash: every row left in 'sending' becomes 'unconfirmed' (never resent). Returns how many. */
  recoverInterrupted(now: number): number;
  /** Rows per state for one broadcast. */
  counts(broadcastId: number): Record<OutboxState, number>;
  /** Rows of a broadcast in one state (for status views and tests). */
  list(broadcastId: number, state?: OutboxState): { channel: string; chatId: string; state: OutboxState; attempts: number; lastError?: string }[];
}

interface ItemRow {
  id: number;
  broadcast_id: number;
  channel: string;
  chat_id: string;
  text: string;
  attempts: number;
  correction: 0 | 1;
  first_failed_at: number | null;
}

/** Creates the outbox store over an open database. */
export function createOutboxStore(db: Db): OutboxStore {
  const insert = db.prepare(
    `INSERT INTO outbox (broadcast_id, channel, chat_id, text, state, next_attempt_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (broadcast_id, channel, chat_id) DO NOTHING`,
  );
  const claim = db.prepare(
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?
     WHERE id = ? AND state = 'pending'
       AND EXISTS (SELECT 1 FROM broadcasts b WHERE b.id = outbox.broadcast_id AND b.status = 'sending')`,
  );
  const finish = db.prepare("UPDATE outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = 'sending'");
  const skip = db.prepare("UPDATE outbox SET state = 'skipped', last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'");
  const retry = db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = 'sending'");
  const firstFailure = db.prepare('INSERT OR IGNORE INTO outbox_failures (outbox_id, first_failed_at) VALUES (?, ?)');
  const retryAt = writeTransaction(db, (id: number, at: number, error: string, now: number, failure: boolean) => {
    if (retry.run(at, error, now, id).changes > 0 && failure) firstFailure.run(id, now);
  });
  const defer = db.prepare("UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND state = 'pending'");
  const recover = db.prepare("UPDATE outbox SET state = 'unconfirmed', last_error = 'in flight at a crash or restart', updated_at = ? WHERE state = 'sending'");
  const counts = db.prepare<[number], { state: OutboxState; n: number }>('SELECT state, count(*) AS n FROM outbox WHERE broadcast_id = ? GROUP BY state');
  const enqueue = writeTransaction(db, (broadcastId: number, recipients: readonly NewRecipient[], now: number) => {
    let added = 0;
    for (const r of recipients) added += insert.run(broadcastId, r.channel, r.chatId, r.text ?? null, now, now).changes;
    return added;
  });

  const byChannels = new Map<string, { corrections: Statement<unknown[]>; due: Statement<unknown[]>; next: Statement<unknown[]> }>();
  const statementsFor = (channels: readonly string[]) => {
    const key = [...channels].sort().join(',');
    let statements = byChannels.get(key);
    if (!statements) {
      const marks = channels.map(() => '?').join(', ') || "''";
      const from = `FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id LEFT JOIN outbox_failures f ON f.outbox_id = o.id
        WHERE o.state = 'pending' AND b.status = 'sending' AND o.channel IN (${marks})`;
      const columns = 'o.id, o.broadcast_id, o.channel, o.chat_id, COALESCE(o.text, b.text) AS text, o.attempts, f.first_failed_at';
      statements = {
        // Few broadcasts are ever 'sending' at once, so this reads only their correction rows.
        corrections: db.prepare(
          `SELECT ${columns}, 1 AS correction ${from} AND o.next_attempt_at <= ?
           AND EXISTS (SELECT 1 FROM corrections c WHERE c.broadcast_id = b.id) ORDER BY o.next_attempt_at, o.id LIMIT ?`,
        ),
        due: db.prepare(
          `SELECT ${columns}, EXISTS (SELECT 1 FROM corrections c WHERE c.broadcast_id = o.broadcast_id) AS correction ${from}
           AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?`,
        ),
        next: db.prepare(`SELECT min(o.next_attempt_at) AS at ${from}`),
      };
      byChannels.set(key, statements);
    }
    return statements;
  };

  return {
    enqueue: (broadcastId, recipients, now) => enqueue(broadcastId, recipients, now),
    due(now, limit, channels) {
      const statements = statementsFor(channels);
      const first = statements.corrections.all(...channels, now, limit) as ItemRow[];
      const taken = new Set(first.map((r) => r.id));
      const rest = first.length < limit ? (statements.due.all(...channels, now, limit) as ItemRow[]).filter((r) => !taken.has(r.id)) : [];
      return [...first, ...rest].slice(0, limit).map((r) => ({
        id: r.id,
        broadcastId: r.broadcast_id,
        channel: r.channel,
        chatId: r.chat_id,
        text: r.text,
        attempts: r.attempts,
        correction: r.correction === 1,
        ...(r.first_failed_at === null ? {} : { firstFailedAt: r.first_failed_at }),
      }));
    },
    nextDueAt(channels) {
      const row = statementsFor(channels).next.get(...channels) as { at: number | null } | undefined;
      return row?.at ?? undefined;
    },
    claim: (id, now) => claim.run(now, id).changes > 0,
    markSent: (id, now) => void finish.run('sent', null, now, id),
    markFailed: (id, error, now) => void finish.run('failed', error, now, id),
    markSkipped: (id, reason, now) => void skip.run(reason, now, id),
    retryAt: (id, at, error, now, failure) => retryAt(id, at, error, now, failure),
    defer: (id, at) => void defer.run(at, id),
    recoverInterrupted: (now) => recover.run(now).changes,
    counts(broadcastId) {
      const result = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
      for (const row of counts.all(broadcastId)) result[row.state] = row.n;
      return result;
    },
    list(broadcastId, state) {
      const rows = db
        .prepare(`SELECT channel, chat_id, state, attempts, last_error FROM outbox WHERE broadcast_id = ? ${state ? 'AND state = ?' : ''} ORDER BY id`)
        .all(...(state ? [broadcastId, state] : [broadcastId])) as { channel: string; chat_id: string; state: OutboxState; attempts: number; last_error: string | null }[];
      return rows.map((r) => ({ channel: r.channel, chatId: r.chat_id, state: r.state, attempts: r.attempts, lastError: r.last_error ?? undefined }));
    },
  };
}
