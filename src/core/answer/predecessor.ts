// The document a named one replaced ("Thông tư 25/2023 … trước nó là văn bản nào?"), found by the replaced documents' metadata.
import type { Passage, PassageSearch } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf, type Word } from '../understand/words.js';
import { subjectsOf } from './subjects.js';

/** The number as written up to its year ("25/2023" of "thông tư 25/2023/TT-BGDĐT"), or its digits when no year is given. */
const NUMBER_AND_YEAR = /(\d+)(?:\/((?:19|20)\d\d))?/u;

/**
 * The passages of the documents that a document named in `retrieval` superseded (their `supersededBy` is its number,
 * with the year when the question gives one), ranked for the question, when it asks for a document (`asksDocument`)
 * with a predecessor cue ("trước đây", "văn bản cũ"), or asks anything of the time before a document it names
 * ("Trước thông tư 25, ai chấm …": `before-document`); else undefined.
 */
export function predecessorPassages(question: string, retrieval: string, asksDocument: boolean, lexicon: Lexicon, search: PassageSearch): Passage[] | undefined {
  const words = wordsOf(question);
  const asksPredecessor = asksDocument && lexicon.predecessor.find(words, false).length > 0;
  // The clause naming the document it asks before may be no asking clause, left out of the search: read the message.
  const before = beforeNamedDocument(words, lexicon);
  if (!search.replacedBy || !(asksPredecessor || before)) return undefined;
  for (const subject of subjectsOf(before ? question : retrieval, lexicon)) {
    if (subject.kind !== 'document') continue;
    const written = NUMBER_AND_YEAR.exec(subject.said.split(/\s+/u).at(-1) ?? '');
    const number = written?.[2] ? `${written[1]}/${written[2]}` : subject.number;
    const replaced = search.replacedBy(number, question);
    if (replaced.length > 0) return replaced;
  }
  return undefined;
}

/** True when a word of `before-document` stands right before a kind of document and its number ("trước thông tư 25"). */
function beforeNamedDocument(words: readonly Word[], lexicon: Lexicon): boolean {
  const ends = new Set(lexicon.beforeDocument.find(words, true).map(({ start, length }) => start + length));
  return lexicon.documentKinds.find(words, false).some(({ start, length }) => {
    const numbered = /\d/u.test(words[start + length]?.folded ?? '') || (words[start + length]?.folded === 'so' && /\d/u.test(words[start + length + 1]?.folded ?? ''));
    return numbered && ends.has(start);
  });
}
