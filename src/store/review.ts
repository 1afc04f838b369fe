// The moderators' view of the conversation log: filtered pages, one turn, a chat's thread, export rows, flags.
import type { StoredTurn } from '../core/types.js';
import type { Db } from './db.js';
import { localityClause, registerTextFunctions, turnWhere, type TurnFilter, type LocalityMatcher } from './turn-filter.js';
import { toStoredTurn } from './turns.js';

/** A turn with the review columns: feedback, flag and the curated answer written for it. */
export interface ReviewTurn extends StoredTurn {
  feedback?: 'up' | 'down';
  feedbackAt?: string;
  flaggedAt?: string;
  flagNote?: string;
  flaggedBy?: string;
  curatedId?: number;
}

/** One page of turns and the total matching the filter. */
export interface TurnPage {
  turns: ReviewTurn[];
  total: number;
  page: number;
  pageSize: number;
}

/** Reading and marking turns for moderators. `locality`, when given, hides other places' residents. */
export interface ReviewStore {
  list(filter: TurnFilter, page: number, pageSize: number): TurnPage;
  get(id: number, locality?: string): ReviewTurn | undefined;
  /** Up to `limit` turns of one chat, oldest first. */
  thread(channel: string, chatId: string, locality: string | undefined, limit?: number): ReviewTurn[];
  /** Every matching turn, newest first like the console, read in batches so no cursor stays open between them (for export). */
  iterate(filter: TurnFilter): IterableIterator<ReviewTurn>;
  flag(id: number, note: string, by: string, at: Date): void;
  unflag(id: number): void;
  /** Remembers that a curated answer was written from this turn. */
  linkCurated(id: number, curatedId: number): void;
}

type ReviewRow = Parameters<typeof toStoredTurn>[0] & {
  feedback: 'up' | 'down' | null;
  feedback_at: string | null;
  flagged_at: string | null;
  flag_note: string | null;
  flagged_by: string | null;
  curated_id: number | null;
};

/** Creates the review store over an open database (needs migration 005). */
export function createReviewStore(db: Db, inLocality: LocalityMatcher): ReviewStore {
  registerTextFunctions(db, inLocality);
  const flag = db.prepare('UPDATE turns SET flagged_at = ?, flag_note = ?, flagged_by = ? WHERE id = ?');
  const unflag = db.prepare('UPDATE turns SET flagged_at = NULL, flag_note = NULL, flagged_by = NULL WHERE id = ?');
  const link = db.prepare('UPDATE turns SET curated_id = ? WHERE id = ?');
  const scoped = (locality: string | undefined, sql: string, params: (string | number)[]) => {
    if (!locality) return { sql, params };
    const scope = localityClause(locality);
    return { sql: `${sql} AND ${scope.sql}`, params: [...params, ...scope.params] };
  };

  return {
    list(filter, page, pageSize) {
      const where = turnWhere(filter);
      const total = (db.prepare(`SELECT count(*) AS n FROM turns t WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
      const last = Math.max(1, Math.ceil(total / pageSize));
      const current = Math.min(Math.max(1, page), last);
      const rows = db
        .prepare(`SELECT t.* FROM turns t WHERE ${where.sql} ORDER BY t.id DESC LIMIT ? OFFSET ?`)
        .all(...where.params, pageSize, (current - 1) * pageSize) as ReviewRow[];
      return { turns: rows.map(toReviewTurn), total, page: current, pageSize };
    },
    get(id, locality) {
      const q = scoped(locality, 'SELECT t.* FROM turns t WHERE t.id = ?', [id]);
      const row = db.prepare(q.sql).get(...q.params) as ReviewRow | undefined;
      return row ? toReviewTurn(row) : undefined;
    },
    thread(channel, chatId, locality, limit = 200) {
      const q = scoped(locality, 'SELECT t.* FROM turns t WHERE t.channel = ? AND t.chat_id = ?', [channel, chatId]);
      const rows = db.prepare(`${q.sql} ORDER BY t.id DESC LIMIT ?`).all(...q.params, limit) as ReviewRow[];
      return rows.reverse().map(toReviewTurn);
    },
    *iterate(filter) {
      const where = turnWhere(filter);
      const batch = db.prepare(`SELECT t.* FROM turns t WHERE ${where.sql} AND t.id < ? ORDER BY t.id DESC LIMIT 500`);
      for (let before = Number.MAX_SAFE_INTEGER; ; ) {
        const rows = batch.all(...where.params, before) as ReviewRow[];
        if (rows.length === 0) return;
        yield* rows.map(toReviewTurn);
        before = rows.at(-1)!.id;
      }
    },
    flag: (id, note, by, at) => void flag.run(at.toISOString(), note.trim(), by, id),
    unflag: (id) => void unflag.run(id),
    linkCurated: (id, curatedId) => void link.run(curatedId, id),
  };
}

function toReviewTurn(row: ReviewRow): ReviewTurn {
  return {
    ...toStoredTurn(row),
    feedback: row.feedback ?? undefined,
    feedbackAt: row.feedback_at ?? undefined,
    flaggedAt: row.flagged_at ?? undefined,
    flagNote: row.flag_note ?? undefined,
    flaggedBy: row.flagged_by ?? undefined,
    curatedId: row.curated_id ?? undefined,
  };
}
