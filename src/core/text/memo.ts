// Bounded memoisation of pure text analyses, so a passage or sentence is folded and split once, not once per answer.

/**
 * Sizes of the text caches, in entries; each cache empties itself when full (as the index read caches do). The default
 * corpus (280 chunks: 610 distinct sentences, about 900 distinct words; with the seed articles 315 / 670 / 1,000) fits
 * in all of them many times over, so after the first answers every passage and sentence is analysed once; a larger
 * index keeps the passages recent questions reached. With them, CPU per answer in process fell from 3.2–3.7 ms to
 * 2.0–2.2 ms (dev.jsonl, 3 runs).
 */
export const TEXT_CACHE_SIZES = {
  /** Folded forms of single words, words' readings and pairs of words compared for their marks (words.ts): a word is a
   * few bytes (at most MEMO_WORD_LENGTH characters are kept); 50,000 is about 5 MB at most per cache. */
  words: 50_000,
  /** Per-sentence analyses (folded text, tokens, pairs, facets): about 1 KB each, 4 MB at most. */
  sentences: 4_000,
  /** Per-passage analyses (sentence split, subject groups): a few KB each, 4 MB at most. */
  passages: 1_000,
  /**
   * Whole texts folded, split into words or read for subjects (questions, their clauses, sentences: mostly under 100
   * characters, about 1 KB with their words): what one answer reads a dozen times. 1,000 entries thrashed (the dev 68–71
   * questions read 10,000 distinct texts; CPU per answer in process unchanged at 2.1–2.2 ms); 8,000 kept the saving
   * (2.2–2.5 → 1.7–2.0 ms) for about 8 MB at most per cache (five caches: foldText, hasDiacritics, wordsOf, wordSpans,
   * subjectsOf; live heap +9 MB after 2,560 answers).
   */
  texts: 8_000,
} as const;

/** Words longer than this (a pasted blob, a code) are read each time, never kept in a word cache. */
export const MEMO_WORD_LENGTH = 40;

/** A map of at most `max` entries that empties itself when full: cheap, and exact (entries are pure results). */
export class TextCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The cached value of `key`, computing and storing it with `compute` when absent. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.entries.get(key);
    if (value === undefined && !this.entries.has(key)) {
      value = compute(key);
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, value);
    }
    return value as V;
  }

  /** Drops every entry. */
  clear(): void {
    this.entries.clear();
  }

  /** Number of entries held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/** What empties each cache of the whole process (made by sharedTextCache, memoizeText, cachePerOwner). */
const emptiers: (() => void)[] = [];

/**
 * Empties every cache of the whole process: the start-up snapshot of `loa-ask` is taken without the words its build
 * read (a smaller snapshot loads sooner: about 15 ms of 420). Caches of one object (an engine's) are not touched.
 */
export function forgetTextCaches(): void {
  for (const empty of emptiers) empty();
}

/** A TextCache of the whole process (made once, at a module's top), which forgetTextCaches empties. */
export function sharedTextCache<V>(max: number): TextCache<V> {
  const cache = new TextCache<V>(max);
  emptiers.push(() => cache.clear());
  return cache;
}

/** Memoises a pure function of one string in a shared TextCache of `max` entries. */
export function memoizeText<V>(fn: (text: string) => V, max: number): (text: string) => V {
  const cache = sharedTextCache<V>(max);
  return (text) => cache.get(text, fn);
}

/**
 * One TextCache per owner object (e.g. per lexicon: an analysis that depends on language data is cached per loaded
 * lexicon, so tests with another lexicon never see stale results).
 */
export function cachePerOwner<O extends object, V>(max: number): (owner: O) => TextCache<V> {
  let caches = new WeakMap<O, TextCache<V>>();
  emptiers.push(() => {
    caches = new WeakMap();
  });
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new TextCache<V>(max)));
    return cache;
  };
}
