// Turns a passage into pre-tokenized FTS5 columns: folded words and clause-bounded word pairs; head = title, number, heading, tags.
import type { DocumentMeta } from '../core/types.js';
import type { ChunkFields } from '../store/knowledge-store.js';
import { searchTerms } from './terms.js';

const documentHeads = new WeakMap<DocumentMeta, string>();

/** Head tokens of the document's title, number and tags, computed once per document (metadata objects are shared by its chunks). */
function documentHead(meta: DocumentMeta): string {
  let head = documentHeads.get(meta);
  if (head === undefined) {
    head = [meta.title, meta.number ?? '', ...meta.tags].map(headOf).join(' ').trim();
    documentHeads.set(meta, head);
  }
  return head;
}

/** Folded words and pairs of one head part. */
function headOf(part: string): string {
  const terms = searchTerms(part);
  return [...terms.folded, ...terms.pairs].join(' ');
}

/**
 * Builds the search fields of one chunk; pairs never cross clause punctuation or the title/number/heading/tag boundaries.
 * Only folded forms are indexed: candidates are found on folded terms (so a query with or without diacritics finds the
 * same passages) and accents re-rank, read from the passage text itself.
 */
export function indexFields(meta: DocumentMeta, heading: string, text: string): ChunkFields {
  const body = searchTerms(text);
  const heads = [documentHead(meta), headOf(heading)];
  return {
    head: heads.join(' ').trim(),
    fold: body.folded.join(' '),
    fold2: body.pairs.join(' '),
  };
}
