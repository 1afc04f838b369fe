// Documents a message names by kind and number ("quyết định số 387"), and whether words name a subject at all.
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** True when the words name a subject of the language data (a title, place, event) or a numbered document. */
export function namesSubject(words: readonly Word[], lexicon: Lexicon): boolean {
  return lexicon.subjects.find(words, false).length > 0 || numberedDocuments(words, lexicon).length > 0;
}

/** True when the words are one title or event of the language data and nothing else ("gia đình học tập", "tuần lễ"). */
export function namesTitleOrEventAlone(words: readonly Word[], lexicon: Lexicon): boolean {
  if (words.length === 0 || lexicon.subjects.matchAt(words, 0, false) !== words.length) return false;
  return TOPIC_KINDS.includes(kindOfPhrase(words.map((word) => word.folded).join(' '), lexicon));
}

/** True when a phrase of the subjects' data names a title ("gia đình học tập", "gđht"). */
export function isTitlePhrase(phrase: string, lexicon: Lexicon): boolean {
  return kindOfPhrase(phrase, lexicon) === 'titles';
}

/** The kinds of topic (`titles`, `events`) the words name ("mạng lưới thành phố học tập" → events). */
export function topicKindsNamed(words: readonly Word[], lexicon: Lexicon): Set<string> {
  return new Set(topicSpans(words, lexicon).map(({ phrase }) => kindOfPhrase(phrase, lexicon)));
}

/** The words naming a title, an event or a numbered document, in order ("tuần lễ học tập năm nay xong rồi" → "tuần lễ học tập"). */
export function topicWords<W extends Word>(words: readonly W[], lexicon: Lexicon): W[] {
  const numbered = new Set(numberedDocuments(words, lexicon));
  const inTopic = new Set(topicSpans(words, lexicon).flatMap(({ start, length }) => words.slice(start, start + length)));
  return words.filter((word) => inTopic.has(word) || numbered.has(word));
}

/** The spans of the subjects of a topic kind the words name. */
function topicSpans(words: readonly Word[], lexicon: Lexicon): { phrase: string; start: number; length: number }[] {
  return lexicon.subjects.find(words, false).filter(({ phrase }) => TOPIC_KINDS.includes(kindOfPhrase(phrase, lexicon)));
}

/** The kind of a subject phrase's group ('' when none). */
function kindOfPhrase(phrase: string, lexicon: Lexicon): string {
  return lexicon.subjectKind.get(lexicon.subjectGroup.get(phrase) ?? phrase) ?? '';
}

/** The kind of subject an event is (subjects.yaml `events`: the Week, the network, Ngày Khuyến học …). */
export const EVENT_KIND = 'events';
/** Kinds of subject that are topics of their own, not where or when one is asked of. */
const TOPIC_KINDS: readonly string[] = ['titles', EVENT_KIND];

/** Where the words point at a title (`topic-pointers` titles: "danh hiệu đó", "danh hiệu này"), if they do. */
export function titlePointerIn(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; length: number } | undefined {
  return lexicon.topicPointers.find(words, accents).find(({ phrase }) => lexicon.topicPointerKind.get(phrase) === 'titles');
}

/** The words naming documents by kind and number ("đề án 1373", "quyết định số 387"). */
export function numberedDocuments(words: readonly Word[], lexicon: Lexicon): Word[] {
  return documentMentions(words, lexicon).flatMap(({ start, end }) => words.slice(start, end));
}

/**
 * "thông tư số 24 và 25" names two documents: a number of two digits or more joined to a named document gets its kind
 * ("thông tư số 24 và thông tư 25"), so search, subjects and comparisons see both.
 */
export function distributeDocumentKinds(words: readonly Word[], lexicon: Lexicon): Word[] {
  const out = [...words];
  for (const { start, end } of documentMentions(words, lexicon).reverse()) {
    const kind = words.slice(start, end - 1).filter((word) => word.folded !== 'so');
    for (let at = end; lexicon.comparisonJoiners.matchAt(out, at, false) === 1 && /^\d{2}/u.test(out[at + 1]?.folded ?? ''); at += 2 + kind.length) {
      out.splice(at + 1, 0, ...kind);
    }
  }
  return out;
}

/**
 * "qđ 387 hay 389 gì đó", "thông tư 24 hoặc thông tư 25": the numbers of a named document and of the one offered after a
 * choice word (`choice-words`, with or without its kind), as groups — the asker is unsure which document it is.
 */
export function numbersOfferedAsChoice(words: readonly Word[], lexicon: Lexicon): string[][] {
  return documentMentions(words, lexicon).flatMap(({ end }) => {
    const choice = lexicon.choiceWords.matchAt(words, end, false);
    if (choice === 0) return [];
    const kind = lexicon.documentKinds.matchAt(words, end + choice, false);
    const other = words[end + choice + kind]?.folded ?? '';
    const number = (folded: string) => /^\d+/u.exec(folded)?.[0];
    const first = number(words[end - 1]!.folded);
    const second = number(other);
    return first && second && first !== second ? [[first, second]] : [];
  });
}

/** Where `words` name a document by kind and number: "quyết định (số) 387…", the number being the span's last word. */
export function documentMentions(words: readonly Word[], lexicon: Lexicon): { start: number; end: number }[] {
  return lexicon.documentKinds.find(words, false).flatMap(({ start, length }) => {
    const at = words[start + length]?.folded === 'so' ? start + length + 1 : start + length;
    return /^\d/u.test(words[at]?.folded ?? '') ? [{ start, end: at + 1 }] : [];
  });
}

/**
 * "em sắp họp triển khai quyết định 387. ad tóm tắt giúp quyết định này quy định những gì?": a clause naming no subject
 * is about the documents the clauses before it named by number.
 */
export function documentsNamedBefore(clause: { words: Word[] }, clauses: readonly { words: Word[] }[], lexicon: Lexicon): Word[] {
  if (namesSubject(clause.words, lexicon)) return [];
  return clauses.slice(0, clauses.indexOf(clause)).flatMap((earlier) => numberedDocuments(earlier.words, lexicon));
}
