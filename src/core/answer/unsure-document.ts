// A document number the resident is unsure of ("thông tư 25 gì đó") whose own passages name none of the titles asked.
import type { Passage } from '../types.js';
import { documentMentions } from '../understand/documents-named.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordSpans, wordsOf } from '../understand/words.js';
import { subjectsNamed, subjectsOf } from './subjects.js';

/** The question asked again without a document number the resident is unsure of, and what to tell them. */
export interface OffTitleDocument {
  /** The question as typed, without the document's mention. */
  question: string;
  /** The document as the resident named it ("thông tư 25"). */
  document: string;
  /** The title asked about, as named ("đơn vị học tập"). */
  title: string;
}

/**
 * "… công nhận trường là đơn vị học tập, mình chỉ nhớ mang máng là thông tư 25 gì đó": a document named by a number
 * the message is unsure of (`unsure-markers`) whose own passages name none of the titles the question asks about
 * (Thông tư 25 is about Cộng đồng học tập) — the question without it finds the document of the title. Undefined when the
 * message is sure, names no title or several documents, or the document is not indexed (refused as unknown elsewhere).
 */
export function offTitleDocument(question: string, lexicon: Lexicon, retrieve: (q: string) => readonly Passage[]): OffTitleDocument | undefined {
  if (lexicon.unsureMarkers.find(wordsOf(question), false).length === 0) return undefined;
  // The whole message: the title is often named in the story before the question ("… tìm cái thông tư về công nhận
  // trường là đơn vị học tập, mình chỉ nhớ mang máng là thông tư 25 gì đó. Bạn cho mình biết đúng số hiệu …").
  const subjects = subjectsOf(question, lexicon);
  const documents = subjects.flatMap((subject) => (subject.kind === 'document' ? [subject] : []));
  const titles = subjects.filter((subject) => subject.kind === 'group' && lexicon.subjectKind.get(subject.key) === 'titles');
  if (documents.length !== 1 || titles.length === 0) return undefined;
  const document = documents[0]!;
  const own = retrieve(document.said).filter((passage) => (passage.meta.number ?? '').startsWith(`${document.number}/`));
  if (own.length === 0 || own.some((passage) => subjectsNamed(passage, titles, lexicon) > 0)) return undefined;
  const { nfc, words } = wordSpans(question);
  const mention = documentMentions(words, lexicon).find(({ end }) => words[end - 1]!.folded.split('/')[0] === document.number);
  if (!mention) return undefined;
  const named = titles[0]!.kind === 'group' ? (lexicon.subjectName.get(titles[0]!.key) ?? titles[0]!.said) : titles[0]!.said;
  const title = named.charAt(0).toUpperCase() + named.slice(1);
  // The kind stays, about the title instead of the number ("thông tư 25" → "thông tư về Đơn vị học tập").
  const kind = nfc.slice(words[mention.start]!.from, words[mention.end - 2]?.to ?? words[mention.start]!.from).trim();
  const instead = kind === '' ? title : `${kind} về ${title}`;
  return { question: `${nfc.slice(0, words[mention.start]!.from)}${instead}${nfc.slice(words[mention.end - 1]!.to)}`, document: document.said, title };
}
