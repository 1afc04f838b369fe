// The terms of a stored chunk used by the rerank: body and metadata sets, folded and tone-keyed, cached by chunk id.
import type { StoredChunk } from '../store/knowledge-store.js';
import { searchTerms, toneKey } from './terms.js';

/** Folded unigrams and bigrams of a chunk's body (heading and text) and of its document's metadata, and accented terms. */
export interface ChunkTerms {
  body: Set<string>;
  meta: Set<string>;
  /** Tone-keyed accented unigrams and bigrams of title, heading and text. */
  accented: Set<string>;
}

/** A bounded cache of chunk terms (cleared when it grows past `max`). */
export function createChunkTermsCache(max = 20_000): (chunk: StoredChunk) => ChunkTerms {
  const cache = new Map<number, ChunkTerms>();
  return (chunk) => {
    let terms = cache.get(chunk.chunkId);
    if (!terms) {
      terms = chunkTerms(chunk);
      if (cache.size >= max) cache.clear();
      cache.set(chunk.chunkId, terms);
    }
    return terms;
  };
}

/** Computes the terms of one chunk. */
export function chunkTerms(chunk: StoredChunk): ChunkTerms {
  const body = [chunk.heading, chunk.text].map(searchTerms);
  const meta = [chunk.meta.title, chunk.meta.number ?? '', ...chunk.meta.tags].map(searchTerms);
  const accented = [meta[0]!, ...body].flatMap((part) => [...part.accented, ...part.accentedPairs]).map(toneKey);
  return {
    body: new Set(body.flatMap((part) => [...part.folded, ...part.pairs])),
    meta: new Set(meta.flatMap((part) => [...part.folded, ...part.pairs])),
    accented: new Set(accented),
  };
}
