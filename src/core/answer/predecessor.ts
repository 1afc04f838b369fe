// The document a named one replaced ("Thông tư 25/2023 … trước nó là văn bản nào?"), found by the replaced documents' metadata.
import type { Passage, PassageSearch } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { subjectsOf } from './subjects.js';

/**
 * The passages of the documents that a document named in `retrieval` superseded (their `supersededBy` is its number),
 * when the question asks for a document (`asksDocument`) with a predecessor cue ("trước đây", "văn bản cũ"); else
 * undefined. The documents' own "what it does" passages come first.
 */
export function predecessorPassages(question: string, retrieval: string, asksDocument: boolean, lexicon: Lexicon, search: PassageSearch): Passage[] | undefined {
  if (!asksDocument || !search.replacedBy || lexicon.predecessor.find(wordsOf(question), false).length === 0) return undefined;
  for (const subject of subjectsOf(retrieval, lexicon)) {
    if (subject.kind !== 'document') continue;
    const replaced = search.replacedBy?.(subject.number, question) ?? [];
    if (replaced.length > 0) return replaced;
  }
  return undefined;
}
