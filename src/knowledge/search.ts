// Vietnamese passage search: an FTS5 MATCH of folded words and word pairs finds candidates, a coverage rerank orders them.
import type { Passage, PassageSearch } from '../core/types.js';
import type { ColumnWeights, KnowledgeStore } from '../store/knowledge-store.js';
import { createChunkTermsCache } from './chunk-terms.js';
import { planQuery } from './query-plan.js';
import { DEFAULT_RERANK, rerank, type RerankWeights } from './rerank.js';
import type { SynonymTable } from './synonyms.js';

/** Tuning of the search; defaults suit the knowledge base. */
export interface SearchOptions {
  synonyms?: SynonymTable;
  /** How many FTS candidates the rerank looks at. */
  candidates?: number;
  /** Query tokens beyond this are ignored (huge messages). */
  maxQueryTokens?: number;
  /** BM25 column weights: head, acc, fold, acc2, fold2 (queries use head, fold and fold2). */
  columnWeights?: ColumnWeights;
  rerank?: Partial<RerankWeights>;
}

const COLUMN_WEIGHTS: ColumnWeights = [4, 1.5, 1, 3, 2];

/** Creates the passage search the answer engine uses. Never throws for any query text. */
export function createSearch(store: KnowledgeStore, options: SearchOptions = {}): PassageSearch {
  const candidates = options.candidates ?? 50;
  const planOptions = { maxTokens: options.maxQueryTokens ?? 48, commonFrom: 500, commonShare: 0.08, questionWeight: 0.2 };
  const weights = { ...DEFAULT_RERANK, ...options.rerank };
  const columns = options.columnWeights ?? COLUMN_WEIGHTS;
  const termsOf = createChunkTermsCache();

  return {
    search(query, { limit = 5 } = {}): Passage[] {
      if (typeof query !== 'string') return [];
      const plan = planQuery(query, store, options.synonyms, planOptions);
      if (!plan || plan.match === '') return [];
      const hits = store.match(plan.match, columns, candidates);
      if (hits.length === 0) return [];
      const bm25 = new Map(hits.map((hit) => [hit.chunkId, hit.bm25]));
      const chunks = store.chunks(hits.map((hit) => hit.chunkId)).map((chunk) => ({ chunk, bm25: bm25.get(chunk.chunkId) ?? 0 }));
      return rerank(plan, chunks, termsOf, weights).slice(0, Math.max(0, limit));
    },
  };
}
