// Turns a passage into pre-tokenized FTS5 columns: folded words and clause-bounded word pairs; head = title, number, heading, tags.
import type { DocumentMeta } from '../core/types.js';
import type { ChunkFields } from '../store/knowledge-store.js';
import { searchTerms } from './terms.js';

/**
 * Version of the indexing rules (chunking, terms, folding), stored in front of every indexed document's hash: bumped
 * when they change (v5: folding writes a final "y" after consonants as "i"; v6: "70%" is indexed as "70 phần trăm";
 * v7: a list too long for one passage is cut between its items), so every document — folder files at the next ingest,
 * console documents at the next start — is indexed again once by the new rules.
 */
const INDEX_VERSION = 'v7';

/** The hash stored for a document indexed by the current rules from content with hash `contentHash`. */
export function indexedHash(contentHash: string): string {
  return `${INDEX_VERSION}:${contentHash}`;
}

/** True when a stored document hash says it was indexed by the current rules. */
export function indexedByCurrentRules(storedHash: string): boolean {
  return storedHash.startsWith(`${INDEX_VERSION}:`);
}

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
