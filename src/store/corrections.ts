// Console corrections in the durable outbox: queue one for a resident's turn, and read the state of a turn's corrections.
import { type Db, writeTransaction } from './db.js';
import type { OutboxState } from './outbox.js';

/** A correction to send: the corrected answer for the resident who asked `turnId`. */
export interface NewCorrection {
  turnId: number;
  channel: string;
  chatId: string;
  text: string;
  createdBy: string;
}

/** Where a correction stands: its outbox row's state, attempts and the last error the platform gave. */
export interface CorrectionStatus {
  id: number;
  turnId: number;
  state: OutboxState;
  attempts: number;
  lastError?: string;
  createdBy: string;
  createdAt: Date;
}

/** Corrections ride the outbox as one-recipient broadcasts marked in table `corrections` (migration 015). */
export interface CorrectionStore {
  /**
   * Stores the correction and its one outbox row (pending, due now) in one transaction, so it survives a restart and is
   * sent by the dispatcher like any outbox row (before reminders and broadcasts). Returns the correction's id.
   */
  queue(correction: NewCorrection, at: Date): number;
  /** The newest correction of each turn in `turnIds` that has one. */
  latestFor(turnIds: readonly number[]): Map<number, CorrectionStatus>;
  /** What correction `id` sends to whom, and its state (to send it again after it failed). */
  find(id: number): (Omit<NewCorrection, 'createdBy'> & { state: OutboxState }) | undefined;
  /** Stops correction `id` while it waits to be sent; false when it is no longer waiting. */
  cancel(id: number, at: Date): boolean;
}

interface StatusRow {
  id: number;
  turn_id: number;
  state: OutboxState;
  attempts: number;
  last_error: string | null;
  created_by: string;
  created_at: string;
}

/** Creates the store over an open database. */
export function createCorrectionStore(db: Db): CorrectionStore {
  const insertBroadcast = db.prepare(
    `INSERT INTO broadcasts (kind, text, channel, send_at, status, created_by, created_at, started_at, recipients)
     VALUES ('staff', ?, ?, ?, 'sending', ?, ?, ?, 1)`,
  );
  const mark = db.prepare('INSERT INTO corrections (broadcast_id, turn_id) VALUES (?, ?)');
  const insertRow = db.prepare(
    `INSERT INTO outbox (broadcast_id, channel, chat_id, state, next_attempt_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?)`,
  );
  const queue = writeTransaction(db, (c: NewCorrection, at: Date) => {
    const iso = at.toISOString();
    const id = Number(insertBroadcast.run(c.text, c.channel, iso, c.createdBy, iso, iso).lastInsertRowid);
    mark.run(id, c.turnId);
    insertRow.run(id, c.channel, c.chatId, at.getTime(), at.getTime());
    return id;
  });
  const selectOne = db.prepare<[number], { turn_id: number; channel: string; chat_id: string; text: string; state: OutboxState }>(
    `SELECT c.turn_id, o.channel, o.chat_id, b.text, o.state
     FROM corrections c JOIN broadcasts b ON b.id = c.broadcast_id JOIN outbox o ON o.broadcast_id = c.broadcast_id WHERE c.broadcast_id = ?`,
  );
  const cancelRow = db.prepare("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE broadcast_id = ? AND state = 'pending'");
  const cancelBroadcast = db.prepare("UPDATE broadcasts SET status = 'cancelled' WHERE id = ? AND status = 'sending'");
  const cancel = writeTransaction(db, (id: number, at: Date) => {
    if (cancelRow.run(at.getTime(), id).changes === 0) return false;
    cancelBroadcast.run(id);
    return true;
  });
  return {
    queue: (correction, at) => queue(correction, at),
    find(id) {
      const row = selectOne.get(id);
      return row && { turnId: row.turn_id, channel: row.channel, chatId: row.chat_id, text: row.text, state: row.state };
    },
    cancel: (id, at) => cancel(id, at),
    latestFor(turnIds) {
      const result = new Map<number, CorrectionStatus>();
      const ids = [...new Set(turnIds)].filter(Number.isSafeInteger);
      if (ids.length === 0) return result;
      const rows = db
        .prepare(
          `SELECT c.broadcast_id AS id, c.turn_id, o.state, o.attempts, o.last_error, b.created_by, b.created_at
           FROM corrections c JOIN broadcasts b ON b.id = c.broadcast_id JOIN outbox o ON o.broadcast_id = c.broadcast_id
           WHERE c.turn_id IN (${ids.map(() => '?').join(', ')}) ORDER BY c.broadcast_id`,
        )
        .all(...ids) as StatusRow[];
      for (const r of rows) {
        result.set(r.turn_id, {
          id: r.id,
          turnId: r.turn_id,
          state: r.state,
          attempts: r.attempts,
          lastError: r.last_error ?? undefined,
          createdBy: r.created_by,
          createdAt: new Date(r.created_at),
        });
      }
      return result;
    },
  };
}
