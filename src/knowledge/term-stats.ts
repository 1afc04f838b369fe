// Index statistics for ranking: chunk count and per-term document frequency, cached until the index size changes.
import type { KnowledgeStore } from '../store/knowledge-store.js';

/** Document frequencies and the number of chunks. */
export interface TermStats {
  total(): number;
  /** Chunks containing each term (0 for unknown terms). */
  frequencies(terms: readonly string[]): Map<string, number>;
}

/**
 * Caches frequencies: FTS5 counts a term's rows by walking its whole posting list, which costs milliseconds for
 * common words in a large index. The cache is dropped whenever the chunk count changes (an ingest ran); a re-ingest
 * that keeps the exact count leaves frequencies slightly stale until the next change, which only nudges ranking.
 */
export function createTermStats(store: KnowledgeStore, maxEntries = 100_000): TermStats {
  let count = -1;
  const cache = new Map<string, number>();
  const total = () => {
    const now = store.chunkCount();
    if (now !== count) {
      cache.clear();
      count = now;
    }
    return count;
  };
  return {
    total,
    frequencies(terms) {
      total();
      const missing = terms.filter((term) => !cache.has(term));
      if (missing.length > 0) {
        if (cache.size + missing.length > maxEntries) cache.clear();
        for (const [term, df] of store.documentFrequency(missing)) cache.set(term, df);
      }
      return new Map(terms.map((term) => [term, cache.get(term) ?? 0]));
    },
  };
}
