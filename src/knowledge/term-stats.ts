// Index statistics for ranking: chunk count and per-term document frequency, as ingest keeps them in the store.
import type { KnowledgeStore } from '../store/knowledge-store.js';

/** Document frequencies and the number of chunks. */
export interface TermStats {
  total(): number;
  /** Chunks containing each term (0 for unknown terms). */
  frequencies(terms: readonly string[]): Map<string, number>;
}

/**
 * Reads the statistics ingest maintains (term_stats and index_stats, updated in the transaction that changes the
 * chunks): one indexed read for all of a query's terms, exact after every ingest, so nothing is cached here and a
 * question whose words were never asked costs the same as a repeated one.
 */
export function createTermStats(store: KnowledgeStore): TermStats {
  return {
    total: () => store.chunkCount(),
    frequencies: (terms) => store.documentFrequency(terms),
  };
}
