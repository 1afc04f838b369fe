// Scores FTS candidates: BM25 relevance blended with IDF-weighted coverage of the query's words and word pairs.
import { bigrams } from '../core/text/vietnamese.js';
import type { Passage } from '../core/types.js';
import type { StoredChunk } from '../store/knowledge-store.js';
import type { ChunkTerms } from './chunk-terms.js';
import type { QueryPlan, WeightedTerm } from './query-plan.js';

/** Weights of the final score. */
export interface RerankWeights {
  /** Share of BM25 relevance (the rest is coverage). */
  relevance: number;
  /** Share of word-pair coverage within coverage (the rest is single words). */
  pairs: number;
  /** Credit for a term found only in the document's title, number or tags (1 = as good as in the passage). */
  metaCredit: number;
  /** Largest lift for agreeing with the query's diacritics. */
  accent: number;
}

export const DEFAULT_RERANK: RerankWeights = { relevance: 0.2, pairs: 0.5, metaCredit: 0.3, accent: 0.1 };
const STATUS_FACTOR = { 'in-force': 1, expired: 0.85, superseded: 0.6 } as const;

/** A chunk with its BM25 score (lower is better, as SQLite returns it). */
export interface Candidate {
  chunk: StoredChunk;
  bm25: number;
}

/**
 * Scores and sorts candidates. Ranking uses IDF-weighted coverage of words and of the word pairs the index knows;
 * `coverage` (the answer engine's evidence gate) is the weighted share of words and the plain share of all word pairs.
 */
export function rerank(plan: QueryPlan, candidates: readonly Candidate[], termsOf: (chunk: StoredChunk) => ChunkTerms, weights = DEFAULT_RERANK): Passage[] {
  const best = Math.max(...candidates.map((c) => -c.bm25), 1e-9);
  const passages = candidates.map(({ chunk, bm25 }) => {
    const terms = termsOf(chunk);
    const credit = creditFunction(plan, terms, weights.metaCredit);
    const uni = share(plan.unigrams, credit);
    const bi = plan.bigrams.length > 0 ? share(plan.bigrams, credit) : uni;
    const matched = (1 - weights.pairs) * uni + weights.pairs * bi;
    const pairsFound = plan.allBigrams.length > 0 ? plan.allBigrams.reduce((sum, pair) => sum + credit(pair), 0) / plan.allBigrams.length : uni;
    const coverage = 0.6 * uni + 0.4 * pairsFound;
    const accent = plan.accented.length > 0 ? plan.accented.filter((t) => terms.accented.has(t)).length / plan.accented.length : 0;
    const relevance = -bm25 / best;
    const score = ((weights.relevance * relevance + (1 - weights.relevance) * matched) * (1 + weights.accent * accent)) * STATUS_FACTOR[chunk.meta.status];
    return { ...chunk, score, coverage };
  });
  return ranksBelowReplacement(passages.sort((a, b) => b.score - a.score));
}

/** Credit of a term for one chunk: 1 in the passage, `metaCredit` in its document's metadata, counting synonyms. */
function creditFunction(plan: QueryPlan, terms: ChunkTerms, metaCredit: number): (term: string) => number {
  const viaBody = new Set<string>();
  const viaMeta = new Set<string>();
  for (const match of plan.synonyms) {
    const found = (set: Set<string>) => match.alternatives.some((phrase) => containsPhrase(set, phrase));
    const target = found(terms.body) ? viaBody : found(terms.meta) ? viaMeta : undefined;
    if (!target) continue;
    for (const term of [...match.used, ...bigrams(match.used)]) target.add(term);
  }
  return (term) => (terms.body.has(term) || viaBody.has(term) ? 1 : terms.meta.has(term) || viaMeta.has(term) ? metaCredit : 0);
}

function share(terms: readonly WeightedTerm[], credit: (term: string) => number): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  return total > 0 ? terms.reduce((sum, t) => sum + t.weight * credit(t.term), 0) / total : 0;
}

function containsPhrase(set: Set<string>, phrase: readonly string[]): boolean {
  return phrase.length === 1 ? set.has(phrase[0]!) : bigrams(phrase).every((pair) => set.has(pair));
}

/** A superseded passage never ranks above the best passage of its replacement document when both were found. */
function ranksBelowReplacement(passages: Passage[]): Passage[] {
  const bestByNumber = new Map<string, number>();
  for (const p of passages) if (p.meta.number && !bestByNumber.has(p.meta.number)) bestByNumber.set(p.meta.number, p.score);
  let moved = false;
  for (const p of passages) {
    const replacement = p.meta.status === 'superseded' && p.meta.supersededBy ? bestByNumber.get(p.meta.supersededBy) : undefined;
    if (replacement !== undefined && p.score >= replacement) {
      p.score = replacement * 0.999;
      moved = true;
    }
  }
  return moved ? passages.sort((a, b) => b.score - a.score) : passages;
}
