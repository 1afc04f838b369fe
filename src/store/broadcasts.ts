// Broadcasts (staff messages and Week reminders): create, schedule, cancel, and the once-per-year reminder claims.
import { type Db, writeTransaction } from './db.js';

export type BroadcastStatus = 'scheduled' | 'sending' | 'done' | 'cancelled';

/** A broadcast as stored. `channel` undefined = every channel; 'zalo' = both Zalo channels. */
export interface Broadcast {
  id: number;
  kind: 'staff' | 'reminder';
  text: string;
  channel?: string;
  locality?: string;
  sendAt: Date;
  status: BroadcastStatus;
  createdBy: string;
  createdAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
  /** Number of outbox rows, known once the broadcast is expanded. */
  recipients?: number;
  /** For reminders: the Week year and reminder kinds it carries. */
  reminder?: { year: number; kinds: string[] };
}

/** What staff (or the reminder planner) provide to create a broadcast. */
export interface NewBroadcast {
  kind: Broadcast['kind'];
  text: string;
  channel?: string;
  locality?: string;
  sendAt: Date;
  createdBy: string;
}

/** Broadcasts and their life cycle. Cancelling also cancels the recipients not yet sent to. */
export interface BroadcastStore {
  create(input: NewBroadcast, at: Date): Broadcast;
  /**
   * Creates a reminder broadcast for those of `kinds` not yet claimed for `year`, claiming them in the same
   * transaction (so each reminder goes out at most once a year). `render` gets the unclaimed kinds.
   * Returns undefined when every kind was already claimed.
   */
  createReminder(
    input: { year: number; kinds: readonly string[]; sendAt: Date; render: (kinds: string[]) => string },
    at: Date,
  ): Broadcast | undefined;
  get(id: number): Broadcast | undefined;
  /** Newest first. */
  list(options?: { limit?: number }): Broadcast[];
  /** Scheduled broadcasts whose time has come, oldest first. */
  due(now: Date): Broadcast[];
  /** Marks an expanded broadcast as sending with its recipient count (only from 'scheduled'). */
  markSending(id: number, recipients: number, at: Date): boolean;
  /** Marks sending broadcasts with no pending or in-flight recipient as done; returns their ids. */
  settle(at: Date): number[];
  /** Cancels a scheduled or sending broadcast and its pending recipients; false when it was already done or cancelled. */
  cancel(id: number, at: Date): boolean;
}

interface BroadcastRow {
  id: number;
  kind: Broadcast['kind'];
  text: string;
  channel: string | null;
  locality: string | null;
  send_at: string;
  status: BroadcastStatus;
  created_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  recipients: number | null;
  reminder_year: number | null;
  reminder_kinds: string | null;
}

/** Creates the broadcast store over an open database. */
export function createBroadcastStore(db: Db): BroadcastStore {
  const insert = db.prepare(
    `INSERT INTO broadcasts (kind, text, channel, locality, send_at, status, created_by, created_at, reminder_year, reminder_kinds)
     VALUES (@kind, @text, @channel, @locality, @sendAt, 'scheduled', @createdBy, @createdAt, @year, @kinds)`,
  );
  const byId = db.prepare<[number], BroadcastRow>('SELECT * FROM broadcasts WHERE id = ?');
  // Console corrections (table corrections) are one-recipient rows of the outbox, not broadcasts staff list.
  const recent = db.prepare<[number], BroadcastRow>('SELECT * FROM broadcasts WHERE id NOT IN (SELECT broadcast_id FROM corrections) ORDER BY id DESC LIMIT ?');
  const due = db.prepare<[string], BroadcastRow>("SELECT * FROM broadcasts WHERE status = 'scheduled' AND send_at <= ? ORDER BY send_at, id");
  const claimed = db.prepare<[number, string], { kind: string }>('SELECT kind FROM reminders_sent WHERE year = ? AND kind = ?');
  const claim = db.prepare('INSERT INTO reminders_sent (year, kind, broadcast_id) VALUES (?, ?, ?)');
  const sending = db.prepare("UPDATE broadcasts SET status = 'sending', recipients = ?, started_at = ? WHERE id = ? AND status = 'scheduled'");
  const settle = db.prepare<[string], { id: number }>(
    `UPDATE broadcasts SET status = 'done', finished_at = ?
     WHERE status = 'sending' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.broadcast_id = broadcasts.id AND o.state IN ('pending', 'sending'))
     RETURNING id`,
  );
  const cancel = db.prepare("UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE id = ? AND status IN ('scheduled', 'sending')");
  const cancelRows = db.prepare("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE broadcast_id = ? AND state = 'pending'");

  const get = (id: number) => {
    const row = byId.get(id);
    return row ? toBroadcast(row) : undefined;
  };
  const insertRow = (input: NewBroadcast, at: Date, reminder?: { year: number; kinds: string[] }) =>
    Number(
      insert.run({
        kind: input.kind,
        text: input.text,
        channel: input.channel ?? null,
        locality: input.locality ?? null,
        sendAt: input.sendAt.toISOString(),
        createdBy: input.createdBy,
        createdAt: at.toISOString(),
        year: reminder?.year ?? null,
        kinds: reminder ? JSON.stringify(reminder.kinds) : null,
      }).lastInsertRowid,
    );

  return {
    create(input, at) {
      return get(insertRow(input, at)) as Broadcast;
    },
    createReminder: writeTransaction(db, (input: Parameters<BroadcastStore['createReminder']>[0], at: Date) => {
      const kinds = input.kinds.filter((kind) => !claimed.get(input.year, kind));
      if (kinds.length === 0) return undefined;
      const id = insertRow(
        { kind: 'reminder', text: input.render(kinds), sendAt: input.sendAt, createdBy: 'week-calendar' },
        at,
        { year: input.year, kinds },
      );
      for (const kind of kinds) claim.run(input.year, kind, id);
      return get(id);
    }),
    get,
    list: (options = {}) => recent.all(options.limit ?? 20).map(toBroadcast),
    due: (now) => due.all(now.toISOString()).map(toBroadcast),
    markSending: (id, recipients, at) => sending.run(recipients, at.toISOString(), id).changes > 0,
    settle: (at) => settle.all(at.toISOString()).map((row) => row.id),
    cancel: writeTransaction(db, (id: number, at: Date) => {
      const changed = cancel.run(at.toISOString(), id).changes > 0;
      // Also when it was cancelled already: rows added by an expansion that raced the cancel are cancelled too.
      if (changed || byId.get(id)?.status === 'cancelled') cancelRows.run(at.getTime(), id);
      return changed;
    }),
  };
}

function toBroadcast(row: BroadcastRow): Broadcast {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    channel: row.channel ?? undefined,
    locality: row.locality ?? undefined,
    sendAt: new Date(row.send_at),
    status: row.status,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at ? new Date(row.started_at) : undefined,
    finishedAt: row.finished_at ? new Date(row.finished_at) : undefined,
    recipients: row.recipients ?? undefined,
    reminder: row.reminder_year !== null ? { year: row.reminder_year, kinds: JSON.parse(row.reminder_kinds ?? '[]') as string[] } : undefined,
  };
}
