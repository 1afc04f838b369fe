// The terms of a stored chunk used by the rerank: passage words and pairs with counts, metadata terms, accent spellings.
import type { StoredChunk } from '../store/knowledge-store.js';
import { searchTerms, toneKey, type SearchTerms } from './terms.js';

/** Folded words and word pairs of a chunk's passage (heading and text) and of its document's metadata. */
export interface ChunkTerms {
  /** Passage words and pairs with their number of occurrences. */
  body: Map<string, number>;
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

/** A bounded cache of chunk terms; an entry is reused only while the chunk's text is the same. */
export function createChunkTermsCache(max = 20_000): (chunk: StoredChunk) => ChunkTerms {
  const cache = new Map<number, { text: string; terms: ChunkTerms }>();
  const metaCache = new Map<string, { meta: Set<string>; title: SearchTerms }>();
  return (chunk) => {
    const cached = cache.get(chunk.chunkId);
    if (cached && cached.text === chunk.text) return cached.terms;
    const metaKey = `${chunk.meta.title}\u0000${chunk.meta.number ?? ''}\u0000${chunk.meta.tags.join('\u0000')}`;
    let meta = metaCache.get(metaKey);
    if (!meta) {
      meta = documentTerms(chunk);
      if (metaCache.size >= max) metaCache.clear();
      metaCache.set(metaKey, meta);
    }
    const terms = chunkTerms(chunk, meta);
    if (cache.size >= max) cache.clear();
    cache.set(chunk.chunkId, { text: chunk.text, terms });
    return terms;
  };
}

/** Computes the terms of one chunk (its document's terms may be passed in when already known). */
export function chunkTerms(chunk: StoredChunk, document = documentTerms(chunk)): ChunkTerms {
  const body = searchTerms(`${chunk.heading}\n${chunk.text}`);
  const counts = new Map<string, number>();
  for (const term of body.folded) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const term of body.pairs) counts.set(term, (counts.get(term) ?? 0) + 1);
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
    add(body.pairs, body.accentedPairs);
    return spellings;
  };
  const spells = (folded: string, key: string) => spellingsOf().get(folded)?.some((form) => toneKey(form) === key) ?? false;
  return {
    body: counts,
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

function documentTerms(chunk: StoredChunk): { meta: Set<string>; title: SearchTerms } {
  const parts = [chunk.meta.title, chunk.meta.number ?? '', ...chunk.meta.tags].map(searchTerms);
  return { meta: new Set(parts.flatMap((part) => [...part.folded, ...part.pairs])), title: parts[0]! };
}
