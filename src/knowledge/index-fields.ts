// Turns a passage into pre-tokenized FTS5 columns: accented/folded words and clause-bounded word pairs; head = title, number, heading, tags.
import type { DocumentMeta } from '../core/types.js';
import type { ChunkFields } from '../store/knowledge-store.js';
import { searchTerms } from './terms.js';

/** Builds the search fields of one chunk; pairs never cross clause punctuation or the title/number/heading/tag boundaries. */
export function indexFields(meta: DocumentMeta, heading: string, text: string): ChunkFields {
  const body = searchTerms(text);
  const head = [meta.title, meta.number ?? '', heading, ...meta.tags].map(searchTerms);
  return {
    head: [...head.flatMap((part) => part.folded), ...head.flatMap((part) => part.pairs)].join(' '),
    acc: body.accented.join(' '),
    fold: body.folded.join(' '),
    acc2: body.accentedPairs.join(' '),
    fold2: body.pairs.join(' '),
  };
}
