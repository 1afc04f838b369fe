// Analyses a query once: its terms with IDF weights, synonym and document-number expansions, and the FTS5 MATCH expression.
import { bigrams } from '../core/text/vietnamese.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';
import type { SynonymMatch, SynonymTable } from './synonyms.js';
import { searchTerms, toneKey } from './terms.js';

/** A weighted query term (a folded unigram, or a bigram joined with "_"). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Everything the search needs about one query. */
export interface QueryPlan {
  unigrams: WeightedTerm[];
  /** Bigrams the index knows (a bigram found in no passage says nothing about ranking). */
  bigrams: WeightedTerm[];
  /** Every bigram of the query, known or not, for the evidence share the answer engine gates on. */
  allBigrams: string[];
  synonyms: SynonymMatch[];
  /** Tone-keyed accented unigrams and bigrams when the query was typed with diacritics, else empty. */
  accented: string[];
  /** MATCH expression built only from double-quoted tokens; empty when no term is in the index. */
  match: string;
}

/** Tuning of query analysis. */
export interface PlanOptions {
  maxTokens: number;
  /** At or above this many chunks, unigrams found in more than `commonShare` of them leave the MATCH (bigrams stay). */
  commonFrom: number;
  commonShare: number;
  /** Weight factor of question words ("bao nhiêu", "khi nào"): rare in documents, yet they say nothing about the topic. */
  questionWeight: number;
}

/** Builds the plan of `query`, or undefined when it has no searchable token. */
export function planQuery(query: string, store: KnowledgeStore, synonyms: SynonymTable | undefined, options: PlanOptions): QueryPlan | undefined {
  const terms = searchTerms(query.length > 4000 ? query.slice(0, 4000) : query);
  const tokens = terms.folded.slice(0, options.maxTokens);
  if (tokens.length === 0) return undefined;
  const tokenSet = new Set(tokens);
  const inRange = (pair: string) => pair.split('_').every((t) => tokenSet.has(t));
  const expansions = synonyms?.expand(tokens) ?? [];
  const alternatives = expansions.flatMap((match) => match.alternatives);

  const ownUni = unique(tokens);
  const ownBi = unique(terms.pairs.filter(inRange));
  const altUni = unique(alternatives.flat()).filter((t) => !ownUni.includes(t));
  const altBi = unique(alternatives.flatMap((phrase) => bigrams(phrase))).filter((t) => !ownBi.includes(t));
  const df = store.documentFrequency([...ownUni, ...ownBi, ...altUni, ...altBi]);
  const total = Math.max(store.chunkCount(), 1);
  const asking = synonyms?.questionTerms;
  const idf = (term: string) => Math.log(1 + total / ((df.get(term) ?? 0) + 0.5)) * (asking?.has(term) ? options.questionWeight : 1);
  const known = (term: string) => (df.get(term) ?? 0) > 0;
  const selective = (term: string) => total < options.commonFrom || (df.get(term) ?? 0) / total <= options.commonShare;

  const matchUni = [...ownUni, ...altUni].filter((t) => known(t) && selective(t));
  const matchBi = [...ownBi, ...altBi].filter(known);
  const fallback = matchUni.length + matchBi.length === 0 ? [...ownUni, ...altUni].filter(known) : [];
  const match = [
    ...[...matchUni, ...fallback].map((t) => `{head fold} : ${quote(t)}`),
    ...matchBi.map((t) => `{head fold2} : ${quote(t)}`),
  ].join(' OR ');

  const hasDiacritics = terms.accented.some((token, i) => token !== terms.folded[i]);
  const toned = [...terms.accented, ...terms.accentedPairs].slice(0, 2 * options.maxTokens).map(toneKey);
  return {
    unigrams: ownUni.map((term) => ({ term, weight: idf(term) })),
    bigrams: ownBi.filter(known).map((term) => ({ term, weight: idf(term) })),
    allBigrams: ownBi,
    synonyms: expansions,
    accented: hasDiacritics ? unique(toned) : [],
    match,
  };
}

function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
