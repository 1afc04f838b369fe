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

/** The tone keys one term is written with: one key as a string (nearly every term), several as a set. */
export type ToneSpellings = string | ReadonlySet<string>;

/** Whether `spellings` (of one term) holds the tone key `key`. */
export function spelledAs(spellings: ToneSpellings | undefined, key: string): boolean {
  return spellings !== undefined && (typeof spellings === 'string' ? spellings === key : spellings.has(key));
}

/** Folded words and word pairs of a chunk's passage (heading and text) and of its document's metadata. */
export interface ChunkTerms {
  /** Occurrences in the passage of each wanted word or pair it holds (absent terms are left out; others may be in). */
  counts(wanted: WantedTerms): ReadonlyMap<string, number>;
  /** Number of words in the passage. */
  length: number;
  meta: Set<string>;
  /**
   * The tone keys of the accented spellings the title or passage writes each wanted word or pair with (tone placement
   * ignored: "hoà" = "hòa"); wanted terms it never writes are left out, others may be in.
   */
  spellings(wanted: WantedTerms): ReadonlyMap<string, ToneSpellings>;
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
 * candidates of a large corpus) only has the question's few terms counted and spelled in one scan of its tokens; one
 * read again (a small corpus, a repeated question) counts and spells every word and pair once and answers later
 * questions by lookup.
 */
export function chunkTerms(chunk: StoredChunk, document = documentTerms(chunk)): ChunkTerms {
  const body = tokenRun(`${chunk.heading}\n${chunk.text}`);
  const { title } = document;
  let all: Map<string, number> | undefined;
  let reads = 0;
  let allSpellings: Map<string, ToneSpellings> | undefined;
  let spellingReads = 0;
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
    spellings(wanted) {
      if (allSpellings) return allSpellings;
      if (++spellingReads < 2) return spellingsOf(title, body, wanted);
      return (allSpellings = spellingsOf(title, body));
    },
  };
}

/**
 * Folded word or pair → the tone keys of its accented spellings in the title and passage: of the wanted terms only
 * (one scan, no pair built that is not wanted), or of every term when `wanted` is left out. A term with one spelling
 * holds a string, not a one-key set: the full maps of the default corpus's chunks, kept by the chunk cache, held about
 * 26,000 sets (some 4 MB of the server's heap under load).
 */
function spellingsOf(title: SearchTerms, body: TokenRun, wanted?: WantedTerms): Map<string, ToneSpellings> {
  const spellings = new Map<string, string | Set<string>>();
  const add = (folded: string, accented: string) => {
    const key = toneKey(accented);
    const held = spellings.get(folded);
    if (held === undefined) spellings.set(folded, key);
    else if (typeof held !== 'string') held.add(key);
    else if (held !== key) spellings.set(folded, new Set([held, key]));
  };
  const isWanted = (folded: string) => !wanted || wanted.words.has(folded);
  for (let i = 0; i < title.folded.length; i++) if (isWanted(title.folded[i]!)) add(title.folded[i]!, title.accented[i]!);
  for (let i = 0; i < title.pairs.length; i++) {
    const [first, second] = title.pairs[i]!.split('_');
    if (!wanted || wanted.pairs.get(first!)?.has(second!)) add(title.pairs[i]!, title.accentedPairs[i]!);
  }
  const { folded, accented, breaks } = body;
  let nextBreak = 0;
  for (let i = 0; i < folded.length; i++) {
    if (isWanted(folded[i]!)) add(folded[i]!, accented[i]!);
    if (i === 0) continue;
    while (nextBreak < breaks.length && breaks[nextBreak]! < i) nextBreak++;
    if (breaks[nextBreak] === i) continue;
    const pair = wanted ? wanted.pairs.get(folded[i - 1]!)?.get(folded[i]!) : `${folded[i - 1]}_${folded[i]}`;
    if (pair !== undefined) add(pair, `${accented[i - 1]}_${accented[i]}`);
  }
  return spellings;
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
