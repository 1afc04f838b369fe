// The document a named one replaced ("Thông tư 25/2023 … trước nó là văn bản nào?"), found by the replaced documents' metadata.
import { foldText } from '../text/vietnamese.js';
import type { Passage, PassageSearch } from '../types.js';
import { documentMentions } from '../understand/documents-named.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { CLAUSE_GAP, wordsOf } from '../understand/words.js';
import { kindOf, subjectsNamed, subjectsOf, TOPIC_KINDS, type Subject } from './subjects.js';

/** The number as written up to its year ("25/2023" of "thông tư 25/2023/TT-BGDĐT"), or its digits when no year is given. */
const NUMBER_AND_YEAR = /(\d+)(?:\/((?:19|20)\d\d))?/u;

/**
 * The passages of the documents that a document named in `retrieval` superseded (their `supersededBy` is its number,
 * with the year when the question gives one), ranked for the question, when it asks for a document (`asksDocument`)
 * with a predecessor cue ("trước đây", "văn bản cũ"); or, when it asks anything of the time before a document it names
 * (`before-document`: "Trước thông tư 25, ai chấm …, chấm vào tháng nào?"), the passages of the documents of that kind
 * it replaced, ranked for what is asked (`retrieval`, a follow-up's topic with it, and the message), when they name the
 * titles and events asked of; else undefined.
 */
export function predecessorPassages(question: string, retrieval: string, asksDocument: boolean, lexicon: Lexicon, search: PassageSearch): Passage[] | undefined {
  if (!search.replacedBy) return undefined;
  if (asksDocument && lexicon.predecessor.find(wordsOf(question), false).length > 0) {
    for (const subject of subjectsOf(retrieval, lexicon)) {
      if (subject.kind !== 'document') continue;
      const replaced = search.replacedBy(writtenNumber(subject), question);
      if (replaced.length > 0) return replaced;
    }
    return undefined;
  }
  const before = documentAskedBefore(question, lexicon);
  if (!before) return undefined;
  const replaced = search.replacedBy(before.number, `${retrieval} ${question}`).filter((passage) => foldText(passage.meta.supersededBy ?? '').includes(`/${before.kind}-`));
  // "Trước thông tư 25, tuần lễ tổ chức tháng nào": the old document must be about what is asked.
  const topics = subjectsOf(retrieval, lexicon).filter((subject) => subject.kind === 'group' && TOPIC_KINDS.includes(kindOf(subject, lexicon)));
  return replaced[0] !== undefined && subjectsNamed(replaced[0], topics, lexicon) === topics.length ? replaced : undefined;
}

/**
 * "trước đây cộng đồng học tập cấp xã do ai đánh giá, vào tháng nào": asked of the time before (a `predecessor` cue)
 * about titles or events, naming no document and comparing nothing, the passages of replaced documents that name them
 * all, ranked for the question; else undefined.
 */
export function formerPassages(question: string, retrieval: string, facets: readonly Facet[], lexicon: Lexicon, search: PassageSearch): Passage[] | undefined {
  if (!search.replacedBy || !search.documents || facets.includes('comparison') || lexicon.predecessor.find(wordsOf(question), false).length === 0) return undefined;
  const subjects = subjectsOf(retrieval, lexicon);
  const topics = subjects.filter((subject) => subject.kind === 'group' && TOPIC_KINDS.includes(kindOf(subject, lexicon)));
  if (topics.length === 0 || subjects.some((subject) => subject.kind === 'document')) return undefined;
  const replacing = new Set(search.documents().flatMap((document) => (document.supersededBy ? [document.supersededBy] : [])));
  const former = [...replacing].flatMap((number) => search.replacedBy!(number, `${retrieval} ${question}`)).filter((passage) => subjectsNamed(passage, topics, lexicon) === topics.length);
  return former.length > 0 ? former.sort((a, b) => b.score - a.score) : undefined;
}

/** A document subject's number as written up to its year ("25/2023"), or its digits. */
function writtenNumber(subject: Subject & { kind: 'document' }): string {
  const written = NUMBER_AND_YEAR.exec(subject.said.split(/\s+/u).at(-1) ?? '');
  return written?.[2] ? `${written[1]}/${written[2]}` : subject.number;
}

/**
 * The document a clause names right after a word of `before-document` ("trước thông tư 25, ai chấm …"; not across a
 * comma or a full stop: "Cho mình hỏi trước, thông tư 25 …"), as its number and the code of its kind in document
 * numbers ("tt" for "thông tư", as in "25/2023/TT-BGDĐT") — unless the message names it again without one ("Trước
 * thông tư 25 là thông tư 44, vậy thông tư 25 có mấy mức độ?" asks of Thông tư 25 itself).
 */
function documentAskedBefore(question: string, lexicon: Lexicon): { number: string; kind: string } | undefined {
  const mentions = question.split(new RegExp(CLAUSE_GAP.source, 'gu')).flatMap((part) => {
    const words = wordsOf(part);
    const ends = new Set(lexicon.beforeDocument.find(words, false).map(({ start, length }) => start + length));
    return documentMentions(words, lexicon).map(({ start, end }) => {
      const written = words[end - 1]!.folded;
      const kind = words.slice(start, start + lexicon.documentKinds.matchAt(words, start, false));
      const code = kind.length === 1 ? kind[0]!.folded : kind.map((word) => word.folded[0]).join('');
      return { number: written.split('/').slice(0, 2).join('/'), digits: /^\d+/u.exec(written)![0], kind: code, before: ends.has(start) };
    });
  });
  const asked = mentions.find((mention) => mention.before);
  if (!asked || mentions.some((mention) => !mention.before && mention.digits === asked.digits)) return undefined;
  return { number: /\/(?:19|20)\d\d$/u.test(asked.number) ? asked.number : asked.digits, kind: asked.kind };
}
