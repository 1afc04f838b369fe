// Vietnamese passage search: FTS5 posting lists of the rarest folded words and word pairs give candidates, a rerank orders them.
import type { Passage, PassageSearch } from '../core/types.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';
import { findCandidates } from './candidates.js';
import { createChunkTermsCache } from './chunk-terms.js';
import { planQuery, type PlanOptions } from './query-plan.js';
import { DEFAULT_RERANK, rerank, type RerankWeights } from './rerank.js';
import type { SynonymTable } from './synonyms.js';
import { createTermStats } from './term-stats.js';

/**
 * Chunk terms are cached for every chunk while the corpus has at most this many (the default corpus, 280 chunks, three
 * times over: a repeated question never tokenizes a passage again). With 20,000 (and larger read caches) the heap
 * reached 170 MB after 400 new questions at 30,000 chunks, 70–90 MB at 1,000.
 */
const WHOLE_CORPUS_CACHED = 1_000;
/**
 * A larger corpus keeps only the most recent chunks' terms (a question's 30 candidates and its follow-up's): at
 * 100,000 chunks a 1,000-entry cache that new questions kept refilling made young-generation collections three times as
 * long, first-time p95 21–22 ms against 8.7–10 ms with 60 entries (scripts of this change, 300 questions, 3 runs each).
 */
const RECENT_CHUNKS_CACHED = 64;

/** Tuning of the search; defaults suit the knowledge base. */
export interface SearchOptions {
  synonyms?: SynonymTable;
  /** How many FTS candidates the rerank looks at. */
  candidates?: number;
  /** Query tokens beyond this are ignored (huge messages). */
  maxQueryTokens?: number;
  rerank?: Partial<RerankWeights>;
  /** Query analysis tuning (MATCH term selection, question-word weight). */
  plan?: Partial<PlanOptions>;
}

/** Creates the passage search the answer engine uses. Never throws for any query text. */
export function createSearch(store: KnowledgeStore, options: SearchOptions = {}): PassageSearch {
  const candidates = options.candidates ?? 30;
  const planOptions: PlanOptions = {
    maxTokens: options.maxQueryTokens ?? 48,
    commonFrom: 200,
    commonShare: 0.08,
    minMatchTerms: 3,
    maxPostings: 2500,
    questionWeight: 0.2,
    ...options.plan,
  };
  const weights = { ...DEFAULT_RERANK, ...options.rerank };
  const stats = createTermStats(store);
  const termsOf = createChunkTermsCache(() => (stats.total() <= WHOLE_CORPUS_CACHED ? WHOLE_CORPUS_CACHED : RECENT_CHUNKS_CACHED));

  return {
    search(query, { limit = 5 } = {}): Passage[] {
      if (typeof query !== 'string') return [];
      const plan = planQuery(query, stats, options.synonyms, planOptions);
      if (!plan || plan.probes.length === 0) return [];
      const ids = findCandidates(store, plan.probes, candidates, planOptions.maxPostings);
      if (ids.length === 0) return [];
      return rerank(plan, store.chunks(ids), termsOf, weights).slice(0, Math.max(0, limit));
    },
    replacedBy(number, query) {
      const ids = store.replacedChunkIds(number);
      const plan = ids.length > 0 ? planQuery(query, stats, options.synonyms, planOptions) : undefined;
      return plan ? rerank(plan, store.chunks(ids), termsOf, weights) : [];
    },
    documents: () => store.numberedDocuments(),
    section(passage) {
      const ids = store.sectionChunkIds(passage.chunkId);
      return ids.length > 1 ? store.chunks(ids).map((chunk) => ({ ...chunk, score: passage.score, coverage: passage.coverage })) : [passage];
    },
  };
}
