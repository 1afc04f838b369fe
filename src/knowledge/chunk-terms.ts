// The terms of a stored chunk used by the rerank: counts of the query's words and pairs, metadata terms, accent spellings.
import type { StoredChunk } from '../store/knowledge-store.js';
import { pairsOf, searchTerms, tokenRun, toneKey, type SearchTerms, type TokenRun } from './terms.js';

/** The folded words and word pairs ("a_b") one query looks up in every candidate chunk, prepared once per query. */
export interface WantedTerms {
  words: ReadonlySet<string>;
  /** Wanted pairs by their first word: a chunk is scanned without building its own pairs. */
  pairs: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Prepares `terms` (folded words and "_"-joined pairs) for `ChunkTerms.counts`. */
export function wantedTerms(terms: Iterable<string>): WantedTerms {
  const words = new Set<string>();
  const pairs = new Map<string, Map<string, string>>();
  for (const term of terms) {
    const joint = term.indexOf('_');
    if (joint < 0) {
      words.add(term);
      continue;
    }
    const first = term.slice(0, joint);
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Map()));
    seconds.set(term.slice(joint + 1), term);
  }
  return { words, pairs };
}

/** Folded words and word pairs of a chunk's passage (heading and text) and of its document's metadata. */
export interface ChunkTerms {
  /** Occurrences in the passage of each wanted word or pair it holds (absent terms are left out; others may be in). */
  counts(wanted: WantedTerms): ReadonlyMap<string, number>;
  /** Number of words in the passage. */
  length: number;
  meta: Set<string>;
  /**
   * How many of the wanted terms (folded word or pair → tone key of the accented form asked) the title or passage
   * writes with the same accents, tone placement ignored. Only the words whose folded form is wanted are keyed.
   */
  accentAgreements(wanted: ReadonlyMap<string, string>): number;
  /** True when the title or passage writes the folded word or pair `folded` with the accents of `key` (a tone key). */
  spells(folded: string, key: string): boolean;
}

/**
 * A bounded cache of chunk terms; an entry is reused only while the chunk's text is the same. `maxEntries` is read
 * before each addition (the right size follows the corpus, which changes while the server runs).
 */
export function createChunkTermsCache(maxEntries: () => number): (chunk: StoredChunk) => ChunkTerms {
  const cache = new Map<number, { text: string; terms: ChunkTerms }>();
  const metaCache = new Map<string, { meta: Set<string>; title: SearchTerms }>();
  return (chunk) => {
    const cached = cache.get(chunk.chunkId);
    if (cached && cached.text === chunk.text) return cached.terms;
    const metaKey = `${chunk.meta.title}\u0000${chunk.meta.number ?? ''}\u0000${chunk.meta.tags.join('\u0000')}`;
    let meta = metaCache.get(metaKey);
    if (!meta) {
      meta = documentTerms(chunk);
      if (metaCache.size >= maxEntries()) metaCache.clear();
      metaCache.set(metaKey, meta);
    }
    if (cache.size >= maxEntries()) cache.clear();
    const terms = chunkTerms(chunk, meta);
    cache.set(chunk.chunkId, { text: chunk.text, terms });
    return terms;
  };
}

/**
 * Computes the terms of one chunk (its document's terms may be passed in when already known). A chunk read once (most
 * candidates of a large corpus) only has the question's few terms counted in one scan of its tokens; one read again
 * (a small corpus, a repeated question) counts every word and pair once and answers later questions by lookup.
 */
export function chunkTerms(chunk: StoredChunk, document = documentTerms(chunk)): ChunkTerms {
  const body = tokenRun(`${chunk.heading}\n${chunk.text}`);
  const { title } = document;
  // Folded word or pair → its accented spellings in the title and passage, built on the first accented question.
  let spellings: Map<string, string[]> | undefined;
  const spellingsOf = () => {
    if (spellings) return spellings;
    spellings = new Map();
    const add = (folded: readonly string[], accented: readonly string[]) => {
      for (let i = 0; i < folded.length; i++) {
        const forms = spellings!.get(folded[i]!);
        if (!forms) spellings!.set(folded[i]!, [accented[i]!]);
        else if (!forms.includes(accented[i]!)) forms.push(accented[i]!);
      }
    };
    add(title.folded, title.accented);
    add(body.folded, body.accented);
    add(title.pairs, title.accentedPairs);
    add(pairsOf(body.folded, body.breaks), pairsOf(body.accented, body.breaks));
    return spellings;
  };
  const spells = (folded: string, key: string) => spellingsOf().get(folded)?.some((form) => toneKey(form) === key) ?? false;
  let all: Map<string, number> | undefined;
  let reads = 0;
  return {
    counts(wanted) {
      if (all) return all;
      if (++reads < 2) return countWanted(body, wanted);
      all = new Map();
      for (const term of body.folded) all.set(term, (all.get(term) ?? 0) + 1);
      for (const term of pairsOf(body.folded, body.breaks)) all.set(term, (all.get(term) ?? 0) + 1);
      return all;
    },
    length: body.folded.length,
    meta: document.meta,
    accentAgreements(wanted) {
      let agreeing = 0;
      for (const [folded, key] of wanted) if (spells(folded, key)) agreeing++;
      return agreeing;
    },
    spells,
  };
}

/** Counts the wanted words and pairs in one pass over the folded tokens (pairs never across a clause break). */
function countWanted({ folded, breaks }: TokenRun, wanted: WantedTerms): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  let nextBreak = 0;
  for (let i = 0; i < folded.length; i++) {
    const token = folded[i]!;
    if (wanted.words.has(token)) bump(token);
    if (i === 0) continue;
    while (nextBreak < breaks.length && breaks[nextBreak]! < i) nextBreak++;
    if (breaks[nextBreak] === i) continue;
    const pair = wanted.pairs.get(folded[i - 1]!)?.get(token);
    if (pair !== undefined) bump(pair);
  }
  return counts;
}

function documentTerms(chunk: StoredChunk): { meta: Set<string>; title: SearchTerms } {
  const parts = [chunk.meta.title, chunk.meta.number ?? '', ...chunk.meta.tags].map(searchTerms);
  return { meta: new Set(parts.flatMap((part) => [...part.folded, ...part.pairs])), title: parts[0]! };
}
