// Maintains the term_stats and index_stats tables: per-transaction deltas of document frequencies, written once at commit.
import type { Db } from './db.js';

/** The terms of one chunk as FTS5 indexes them: its space-separated field tokens, each counted once. */
export function distinctTerms(fields: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const field of fields) {
    for (const term of field.split(' ')) if (term !== '') terms.add(term);
  }
  return terms;
}

/** Changes made by one document replacement or removal, applied only if it succeeds. */
export interface TermDelta {
  terms: Map<string, number>;
  chunks: number;
  /** A removed chunk whose terms are unknown: the frequencies must be recounted from the index. */
  unknown: boolean;
}

/** An empty delta. */
export function emptyDelta(): TermDelta {
  return { terms: new Map(), chunks: 0, unknown: false };
}

/** Adds (+1) or removes (−1) one chunk's terms to a delta. */
export function countChunk(delta: TermDelta, terms: Iterable<string>, sign: 1 | -1): void {
  for (const term of terms) delta.terms.set(term, (delta.terms.get(term) ?? 0) + sign);
  delta.chunks += sign;
}

/** Accumulates the deltas of a transaction and writes them to the tables before it commits. */
export interface TermStatsWriter {
  /** Merges a finished step's delta into the transaction's pending one. */
  merge(delta: TermDelta): void;
  /** Counts one inserted chunk's terms straight into the pending delta (after its document was stored). */
  addChunk(terms: Iterable<string>): void;
  /** Writes the pending changes (inside the open transaction) and clears them. */
  flush(): void;
  /** Forgets the pending changes (the transaction rolled back). */
  discard(): void;
}

/** Creates the writer over `db` (the tables come from migration 013). */
export function createTermStatsWriter(db: Db): TermStatsWriter {
  const add = db.prepare<[string, number]>(
    'INSERT INTO term_stats (term, doc) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET doc = doc + excluded.doc',
  );
  const dropEmpty = db.prepare<[string]>('DELETE FROM term_stats WHERE term = ? AND doc <= 0');
  const addChunks = db.prepare<[number]>("UPDATE index_stats SET value = value + ? WHERE name = 'chunks'");
  const clearTerms = db.prepare('DELETE FROM term_stats');
  const recountTerms = db.prepare('INSERT INTO term_stats (term, doc) SELECT term, doc FROM chunks_vocab');
  const recountChunks = db.prepare("UPDATE index_stats SET value = (SELECT count(*) FROM chunks) WHERE name = 'chunks'");
  let pending = emptyDelta();

  return {
    merge(delta) {
      if (delta.unknown) pending.unknown = true;
      pending.chunks += delta.chunks;
      if (pending.unknown) return;
      for (const [term, change] of delta.terms) pending.terms.set(term, (pending.terms.get(term) ?? 0) + change);
    },
    addChunk(terms) {
      countChunk(pending, terms, 1);
    },
    flush() {
      const { terms, chunks, unknown } = pending;
      pending = emptyDelta();
      if (unknown) {
        clearTerms.run();
        recountTerms.run();
        recountChunks.run();
        return;
      }
      for (const [term, change] of terms) {
        if (change === 0) continue;
        add.run(term, change);
        if (change < 0) dropEmpty.run(term);
      }
      if (chunks !== 0) addChunks.run(chunks);
    },
    discard() {
      pending = emptyDelta();
    },
  };
}
