// Vietnamese passage search over FTS5: quoted-token queries on accented and folded columns, then a coverage rerank.
import { bigrams, fold, hasDiacritics, tokenize } from '../core/text/vietnamese.js';
import type { Passage, PassageSearch } from '../core/types.js';
import type { ColumnWeights, KnowledgeStore, StoredChunk } from '../store/knowledge-store.js';
import type { SynonymTable } from './synonyms.js';

/** Tuning of the search; defaults suit the knowledge base. */
export interface SearchOptions {
  synonyms?: SynonymTable;
  /** How many FTS candidates the rerank looks at. */
  candidates?: number;
  /** Query tokens beyond this are ignored (huge messages). */
  maxQueryTokens?: number;
}

/** Column weights: head, acc, fold, acc2, fold2 (queries use head, fold and fold2; accents re-rank candidates). */
const WEIGHTS: ColumnWeights = [4, 1.5, 1, 3, 2];
const STATUS_FACTOR = { 'in-force': 1, expired: 0.85, superseded: 0.6 } as const;
const COMMON_SHARE = 0.08;
/** How much exact-accent agreement with a query typed with diacritics lifts a passage (con dê vs con dế). */
const ACCENT_WEIGHT = 0.1;

/** Folded unigrams and bigrams of a chunk, and its accented unigrams and bigrams. */
interface ChunkTokens {
  uni: Set<string>;
  bi: Set<string>;
  accented: Set<string>;
}

/** Creates the passage search the answer engine uses. */
export function createSearch(store: KnowledgeStore, options: SearchOptions = {}): PassageSearch {
  const candidates = options.candidates ?? 40;
  const maxTokens = options.maxQueryTokens ?? 48;
  const tokenCache = new Map<number, ChunkTokens>();

  const chunkTokens = (chunk: StoredChunk) => {
    let cached = tokenCache.get(chunk.chunkId);
    if (!cached) {
      const accented = tokenize(`${chunk.meta.title} ${chunk.meta.number ?? ''} ${chunk.heading} ${chunk.text}`);
      const folded = accented.map(fold);
      cached = { uni: new Set(folded), bi: new Set(bigrams(folded)), accented: new Set([...accented, ...bigrams(accented)]) };
      if (tokenCache.size > 20_000) tokenCache.clear();
      tokenCache.set(chunk.chunkId, cached);
    }
    return cached;
  };

  return {
    search(query, { limit = 5 } = {}) {
      const accented = tokenize(query).slice(0, maxTokens);
      if (accented.length === 0) return [];
      const folded = accented.map(fold);
      const synonymMatches = options.synonyms?.expand(folded) ?? [];
      const extra = synonymMatches.flatMap((match) => match.alternatives);
      const useAccents = hasDiacritics(query);

      const uniFolded = unique([...folded, ...extra.flat()]);
      const biFolded = unique([...bigrams(folded), ...extra.flatMap((phrase) => bigrams(phrase))]);
      const total = Math.max(store.chunkCount(), 1);
      const df = store.documentFrequency(uniFolded);
      const idf = (term: string) => Math.log(1 + total / ((df.get(term) ?? 0) + 0.5));

      const rare = uniFolded.filter((t) => (df.get(t) ?? 0) / total <= COMMON_SHARE || total < 500);
      const matchUni = rare.length > 0 || biFolded.length > 0 ? rare : uniFolded;
      const terms: string[] = [
        ...matchUni.map((t) => `{head fold} : ${quote(t)}`),
        ...biFolded.map((t) => `{head fold2} : ${quote(t)}`),
      ];
      let hits = store.match(terms.join(' OR '), WEIGHTS, candidates);
      if (hits.length === 0 && matchUni.length < uniFolded.length) {
        hits = store.match(uniFolded.map((t) => `{head fold} : ${quote(t)}`).join(' OR '), WEIGHTS, candidates);
      }
      if (hits.length === 0) return [];

      const accentTerms = useAccents ? unique([...accented, ...bigrams(accented)]) : [];
      const queryUni = unique(folded);
      const queryBi = unique(bigrams(folded));
      const weightSum = queryUni.reduce((sum, t) => sum + idf(t), 0);
      const best = Math.max(...hits.map((h) => -h.bm25), 1e-9);
      const relevance = new Map(hits.map((h) => [h.chunkId, -h.bm25 / best]));

      const passages: Passage[] = store.chunks(hits.map((h) => h.chunkId)).map((chunk) => {
        const tokens = chunkTokens(chunk);
        const viaSynonym = new Set<string>();
        for (const match of synonymMatches) {
          if (match.alternatives.some((phrase) => containsPhrase(tokens, phrase))) {
            match.used.forEach((t) => viaSynonym.add(t));
            bigrams(match.used).forEach((b) => viaSynonym.add(b));
          }
        }
        const has = (t: string) => tokens.uni.has(t) || viaSynonym.has(t);
        const uniCov = weightSum > 0 ? queryUni.reduce((sum, t) => sum + (has(t) ? idf(t) : 0), 0) / weightSum : 0;
        const biCov = queryBi.length > 0 ? queryBi.filter((b) => tokens.bi.has(b) || viaSynonym.has(b)).length / queryBi.length : uniCov;
        const coverage = 0.6 * uniCov + 0.4 * biCov;
        // Accents only re-rank: the candidate set is the same with or without diacritics.
        const accentBonus = accentTerms.length > 0 ? (ACCENT_WEIGHT * accentTerms.filter((t) => tokens.accented.has(t)).length) / accentTerms.length : 0;
        const score = (0.55 * (relevance.get(chunk.chunkId) ?? 0) + 0.45 * coverage) * (1 + accentBonus) * STATUS_FACTOR[chunk.meta.status];
        return { ...chunk, score, coverage };
      });
      return passages.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

function containsPhrase(tokens: ChunkTokens, phrase: readonly string[]): boolean {
  return phrase.length === 1 ? tokens.uni.has(phrase[0]!) : bigrams(phrase).every((b) => tokens.bi.has(b));
}

function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
