// Conversation turns: every question, answer, mode, citations, retrieval scores and latency, for moderators.
import type { Citation, StoredTurn, TurnLog, TurnRecord } from '../core/types.js';
import type { Db } from './db.js';

/** Append-only log of turns plus the recent history of one chat. */
export interface TurnStore extends TurnLog {
  get(id: number): StoredTurn | undefined;
  /**
   * Deletes turns created before `before`, except those a resident rated, a moderator flagged or a correction is linked
   * to (the consent ledger is another table and never pruned). Deletes in slices, so writers never wait long. Returns the count.
   */
  prune(before: Date): number;
}

/** Turns deleted per statement while pruning (about 10 ms of work each). */
const PRUNE_SLICE = 2000;

interface TurnRow {
  id: number;
  channel: string;
  chat_id: string;
  user_id: string;
  question: string;
  answer: string;
  mode: string;
  refused: number;
  citations: string;
  scores: string;
  fallback_reason: string | null;
  latency_ms: number;
  created_at: string;
}

/** Maps a database row to a StoredTurn. */
export function toStoredTurn(row: TurnRow): StoredTurn {
  return {
    id: row.id,
    channel: row.channel,
    chatId: row.chat_id,
    userId: row.user_id,
    question: row.question,
    answer: row.answer,
    mode: row.mode,
    refused: row.refused === 1,
    citations: JSON.parse(row.citations) as Citation[],
    scores: JSON.parse(row.scores) as StoredTurn['scores'],
    fallbackReason: row.fallback_reason ?? undefined,
    latencyMs: row.latency_ms,
    createdAt: new Date(row.created_at),
  };
}

/** Creates the turn store over an open database. */
export function createTurnStore(db: Db): TurnStore {
  const insert = db.prepare(
    `INSERT INTO turns (channel, chat_id, user_id, question, answer, mode, refused, citations, scores, fallback_reason, latency_ms, created_at)
     VALUES (@channel, @chatId, @userId, @question, @answer, @mode, @refused, @citations, @scores, @fallbackReason, @latencyMs, @createdAt)`,
  );
  const selectRecent = db.prepare<[string, string, number], TurnRow>(
    'SELECT * FROM turns WHERE channel = ? AND chat_id = ? ORDER BY id DESC LIMIT ?',
  );
  const selectOne = db.prepare<[number], TurnRow>('SELECT * FROM turns WHERE id = ?');
  const deleteSlice = db.prepare<[string, number]>(
    `DELETE FROM turns WHERE id IN (
       SELECT id FROM turns
       WHERE created_at < ? AND feedback IS NULL AND flagged_at IS NULL AND curated_id IS NULL
       LIMIT ?)`,
  );
  return {
    record: (turn) =>
      Number(
        insert.run({
          ...turn,
          refused: turn.refused ? 1 : 0,
          citations: JSON.stringify(turn.citations),
          scores: JSON.stringify(turn.scores),
          fallbackReason: turn.fallbackReason ?? null,
          createdAt: turn.createdAt.toISOString(),
        }).lastInsertRowid,
      ),
    recent: (channel, chatId, limit) => selectRecent.all(channel, chatId, limit).reverse().map(toStoredTurn),
    prune(before) {
      const cutoff = before.toISOString();
      let total = 0;
      for (;;) {
        const { changes } = deleteSlice.run(cutoff, PRUNE_SLICE);
        total += changes;
        if (changes < PRUNE_SLICE) return total;
      }
    },
    get: (id) => {
      const row = selectOne.get(id);
      return row ? toStoredTurn(row) : undefined;
    },
  };
}
