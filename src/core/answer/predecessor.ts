// The document a named one replaced ("Thông tư 25/2023 … trước nó là văn bản nào?"), found by the replaced documents' metadata.
import type { Passage, PassageSearch } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { subjectsOf } from './subjects.js';

/** The number as written up to its year ("25/2023" of "thông tư 25/2023/TT-BGDĐT"), or its digits when no year is given. */
const NUMBER_AND_YEAR = /(\d+)(?:\/((?:19|20)\d\d))?/u;

/**
 * The passages of the documents that a document named in `retrieval` superseded (their `supersededBy` is its number,
 * with the year when the question gives one), ranked for the question, when it asks for a document (`asksDocument`)
 * with a predecessor cue ("trước đây", "văn bản cũ"); else undefined.
 */
export function predecessorPassages(question: string, retrieval: string, asksDocument: boolean, lexicon: Lexicon, search: PassageSearch): Passage[] | undefined {
  if (!asksDocument || !search.replacedBy || lexicon.predecessor.find(wordsOf(question), false).length === 0) return undefined;
  for (const subject of subjectsOf(retrieval, lexicon)) {
    if (subject.kind !== 'document') continue;
    const written = NUMBER_AND_YEAR.exec(subject.said.split(/\s+/u).at(-1) ?? '');
    const number = written?.[2] ? `${written[1]}/${written[2]}` : subject.number;
    const replaced = search.replacedBy(number, question);
    if (replaced.length > 0) return replaced;
  }
  return undefined;
}
