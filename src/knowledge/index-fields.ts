// Turns a passage into the pre-tokenized FTS5 columns: accented and folded unigrams and adjacent-syllable bigrams.
import { bigrams, fold, tokenize } from '../core/text/vietnamese.js';
import type { DocumentMeta } from '../core/types.js';
import type { ChunkFields } from '../store/knowledge-store.js';

/** Builds the search fields of one chunk; the head column carries title, number, tags and heading. */
export function indexFields(meta: DocumentMeta, heading: string, text: string): ChunkFields {
  const accented = tokenize(text);
  const folded = accented.map(fold);
  const headTokens = tokenize([meta.title, meta.number ?? '', heading, meta.tags.join(' . ')].join(' . ')).map(fold);
  return {
    head: [...headTokens, ...bigrams(headTokens)].join(' '),
    acc: accented.join(' '),
    fold: folded.join(' '),
    acc2: bigrams(accented).join(' '),
    fold2: bigrams(folded).join(' '),
  };
}
