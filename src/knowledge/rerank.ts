// Scores candidates: BM25 over the passage blended with IDF-weighted coverage of the query's words and word pairs.
import { DISAGREEING_ACCENT_CREDIT } from '../core/answer/tuning.js';
import { bigrams } from '../core/text/vietnamese.js';
import type { Passage } from '../core/types.js';
import type { StoredChunk } from '../store/knowledge-store.js';
import { spelledAs, wantedTerms, type ChunkTerms, type ToneSpellings } from './chunk-terms.js';
import type { QueryPlan, WeightedTerm } from './query-plan.js';
import { searchTerms } from './terms.js';

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
/** Expired and superseded documents rank lower, unless the question names them. */
const STATUS_FACTOR = { 'in-force': 1, expired: 0.85, superseded: 0.6 } as const;
/** A document the question names by its number is the primary source, ahead of documents that only mention it. */
const NAMED_FACTOR = 1.25;
const K1 = 1.2;
const B = 0.75;

/**
 * Scores and sorts chunks. Ranking blends BM25 (term frequency and passage length, computed here from the passage
 * text) with IDF-weighted coverage of words and of the word pairs the index knows; `coverage` (the answer engine's
 * evidence gate) is the weighted share of words and the plain share of all word pairs.
 */
export function rerank(plan: QueryPlan, chunks: readonly StoredChunk[], termsOf: (chunk: StoredChunk) => ChunkTerms, weights = DEFAULT_RERANK): Passage[] {
  const synonyms = synonymLookups(plan);
  const wanted = wantedTerms([
    ...[...plan.unigrams, ...plan.bigrams].map((t) => t.term),
    ...plan.allBigrams,
    ...synonyms.flatMap((match) => match.alternatives.flat()),
  ]);
  const accentWanted = plan.accented.size > 0 ? wantedTerms(plan.accented.keys()) : undefined;
  const all = chunks.map((chunk) => {
    const terms = termsOf(chunk);
    return { chunk, terms, body: terms.counts(wanted), spellings: accentWanted ? terms.spellings(accentWanted) : undefined };
  });
  const namedCache = new Map<string, boolean>();
  const named = (number: string | undefined) => {
    if (!number) return false;
    let result = namedCache.get(number);
    if (result === undefined) namedCache.set(number, (result = isNamed(plan, number)));
    return result;
  };
  const averageLength = Math.max(1, all.reduce((sum, c) => sum + c.terms.length, 0) / Math.max(all.length, 1));
  const scoredTerms = [...plan.unigrams, ...plan.bigrams];
  const bm25 = all.map(({ terms, body }) => {
    const norm = K1 * (1 - B + (B * terms.length) / averageLength);
    let score = 0;
    for (const { term, weight } of scoredTerms) {
      const tf = body.get(term) ?? 0;
      if (tf > 0) score += (weight * tf * (K1 + 1)) / (tf + norm);
      else if (terms.meta.has(term)) score += weight * weights.metaCredit;
    }
    return score;
  });
  const best = Math.max(...bm25, 1e-9);
  const unigramTotal = totalWeight(plan.unigrams);
  const bigramTotal = totalWeight(plan.bigrams);
  const passages = all.map(({ chunk, terms, body, spellings }, i) => {
    const credit = creditFunction(synonyms, body, terms.meta, weights.metaCredit);
    const uni = share(plan.unigrams, unigramTotal, credit);
    const bi = plan.bigrams.length > 0 ? share(plan.bigrams, bigramTotal, credit) : uni;
    const matched = (1 - weights.pairs) * uni + weights.pairs * bi;
    const gateCredit = spellings ? typedAccentsCredit(plan.accented, spellings, body, credit) : credit;
    const gateUni = gateCredit === credit ? uni : share(plan.unigrams, unigramTotal, gateCredit);
    const pairsFound = plan.allBigrams.length > 0 ? plan.allBigrams.reduce((sum, pair) => sum + gateCredit(pair), 0) / plan.allBigrams.length : gateUni;
    const coverage = 0.6 * gateUni + 0.4 * pairsFound;
    const accent = spellings ? accentAgreement(plan.accented, spellings) : 0;
    const blended = weights.relevance * (bm25[i]! / best) + (1 - weights.relevance) * matched;
    const score = blended * (1 + weights.accent * accent) * (named(chunk.meta.number) ? NAMED_FACTOR : STATUS_FACTOR[chunk.meta.status]);
    // Written out: copying the stored chunk with a spread was the rerank's costliest line.
    const { chunkId, documentId, path, heading, text, meta } = chunk;
    return { chunkId, documentId, path, heading, text, meta, score, coverage };
  });
  return ranksBelowReplacement(passages.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId), named);
}

/** Share of the query's accented words and pairs the chunk writes the same way (tone placement ignored). */
function accentAgreement(wanted: ReadonlyMap<string, string>, spellings: ReadonlyMap<string, ToneSpellings>): number {
  let agreeing = 0;
  for (const [folded, key] of wanted) if (spelledAs(spellings.get(folded), key)) agreeing++;
  return agreeing / wanted.size;
}

/** A synonym match prepared once per query: the terms each alternative needs, and the terms a match credits. */
interface SynonymLookup {
  /** Per alternative phrase: its one word, or its word pairs (all must be present). */
  alternatives: readonly (readonly string[])[];
  credits: readonly string[];
}

function synonymLookups(plan: QueryPlan): SynonymLookup[] {
  return plan.synonyms.map((match) => ({
    alternatives: match.alternatives.map((phrase) => (phrase.length === 1 ? [phrase[0]!] : bigrams(phrase))),
    credits: [...match.used, ...bigrams(match.used)],
  }));
}

/**
 * Credit of a term for one chunk: 1 in the passage (`body`: the wanted terms it holds), `metaCredit` in its document's
 * metadata, counting synonyms.
 */
function creditFunction(synonyms: readonly SynonymLookup[], body: ReadonlyMap<string, number>, meta: ReadonlySet<string>, metaCredit: number): (term: string) => number {
  const viaBody = new Set<string>();
  const viaMeta = new Set<string>();
  for (const match of synonyms) {
    const found = (set: ReadonlyMap<string, unknown> | ReadonlySet<string>) => match.alternatives.some((needed) => needed.every((t) => set.has(t)));
    const target = found(body) ? viaBody : found(meta) ? viaMeta : undefined;
    if (!target) continue;
    for (const term of match.credits) target.add(term);
  }
  if (viaBody.size === 0 && viaMeta.size === 0) return (term) => (body.has(term) ? 1 : meta.has(term) ? metaCredit : 0);
  return (term) => (body.has(term) || viaBody.has(term) ? 1 : meta.has(term) || viaMeta.has(term) ? metaCredit : 0);
}

/**
 * The evidence gate's credit: a word typed with diacritics that the passage only writes with other ones ("đội" where
 * the passage has "đời", "đá" for "đã") is another word, and counts DISAGREEING_ACCENT_CREDIT of a match.
 */
function typedAccentsCredit(
  accented: ReadonlyMap<string, string>,
  spellings: ReadonlyMap<string, ToneSpellings>,
  body: ReadonlyMap<string, number>,
  credit: (term: string) => number,
): (term: string) => number {
  return (term) => {
    const value = credit(term);
    const key = accented.get(term);
    if (value === 0 || key === undefined || key === term || !body.has(term) || spelledAs(spellings.get(term), key)) return value;
    return value * DISAGREEING_ACCENT_CREDIT;
  };
}

function totalWeight(terms: readonly WeightedTerm[]): number {
  return terms.reduce((sum, t) => sum + t.weight, 0);
}

function share(terms: readonly WeightedTerm[], total: number, credit: (term: string) => number): number {
  return total > 0 ? terms.reduce((sum, t) => sum + t.weight * credit(t.term), 0) / total : 0;
}

/** True when the query names this document by its number ("Thông tư 44/2014" for 44/2014/TT-BGDĐT). */
function isNamed(plan: QueryPlan, number: string): boolean {
  if (!plan.synonyms.some((match) => match.reference)) return false;
  const tokens = searchTerms(number).folded;
  return plan.synonyms.some(({ reference }) => reference !== undefined && tokens[0] === reference.number && (!reference.year || tokens.includes(reference.year)));
}

/**
 * A superseded passage never ranks above the best passage of its replacement document when both were found and the
 * replacement covers the question at least as well, unless the question names the superseded document itself (then
 * it is what the resident asks about). A replacement that does not speak to the question leaves the old passage be.
 */
function ranksBelowReplacement(passages: Passage[], named: (number: string | undefined) => boolean): Passage[] {
  const bestByNumber = new Map<string, Passage>();
  for (const p of passages) if (p.meta.number && !bestByNumber.has(p.meta.number)) bestByNumber.set(p.meta.number, p);
  let moved = false;
  for (const p of passages) {
    const replacement = p.meta.status === 'superseded' && p.meta.supersededBy && !named(p.meta.number) ? bestByNumber.get(p.meta.supersededBy) : undefined;
    if (replacement !== undefined && p.score >= replacement.score && replacement.coverage >= p.coverage) {
      p.score = replacement.score * 0.999;
      moved = true;
    }
  }
  return moved ? passages.sort((a, b) => b.score - a.score) : passages;
}
