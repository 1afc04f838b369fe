// A document named by a number one keystroke from a document the passages hold ("quyết định 667" → 677/QĐ-TTg).
import { foldText } from '../text/vietnamese.js';
import { DOCUMENT_KINDS, documentKind } from './citations.js';
import type { DocumentMeta, Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { documentMentions } from '../understand/documents-named.js';
import { wordsOf } from '../understand/words.js';

/** The document a mistyped number most likely meant, and the question asked of it instead. */
export interface NearDocument {
  /** The document's metadata (its number "677/QĐ-TTg", its date, its title). */
  meta: DocumentMeta;
  /** The question with the typed number replaced by the document's ("Quyết định 677 về công dân học tập …"). */
  question: string;
}

/**
 * "Quyết định 667 về công dân học tập … ký năm 2022", "thông tư 23/2023 về đơn vị học tập": a number no indexed document
 * carries, of the same length as the number of exactly one document among the passages `search` finds for the rest of
 * the `query` (the number left out; it must name a subject, a title or an event), differing from it by one digit or by
 * two neighbouring digits swapped, of the same kind as its number tells ("quyết định" is QĐ, "công văn" no QĐ; a kind
 * no number tells, as "đề án", matches any) and, when a year is typed with the number, of that year. Two such
 * documents, or none, leave the number unknown.
 */
export function nearDocument(asked: { question: string; query: string }, said: string, search: (query: string) => readonly Passage[], lexicon: Lexicon): NearDocument | undefined {
  const typed = typedDocument(said, asked.question, lexicon);
  if (!typed) return undefined;
  const typedNumber = new RegExp(`(?<![\\d/])${typed.slashed ? `${typed.number}/${typed.year}` : typed.number}(?!\\d)`, 'u');
  if (!typedNumber.test(asked.question) || !typedNumber.test(asked.query)) return undefined;
  const rest = asked.query.replace(typedNumber, ' ');
  if (lexicon.subjects.find(wordsOf(rest), false).length === 0) return undefined;
  const near = new Map(
    search(rest).flatMap(({ meta }) => {
      const match = meta.number ? /^(\d+)\/(?:((?:19|20)\d\d)\/)?/u.exec(meta.number) : null;
      if (!match || !oneKeystroke(typed.number, match[1]!)) return [];
      const kind = documentKind(meta);
      if (KIND_INITIALS.has(typed.kind) && (kind === undefined || initials(kind) !== typed.kind)) return [];
      if (typed.year && (match[2] ?? meta.issued?.slice(0, 4)) !== typed.year) return [];
      return [[meta.number!, meta] as const];
    }),
  );
  if (near.size !== 1) return undefined;
  const [meta] = near.values();
  const digits = /^\d+/u.exec(meta!.number!)![0];
  return { meta: meta!, question: asked.question.replace(typedNumber, typed.slashed ? `${digits}/${typed.year}` : digits) };
}

/**
 * The kind (as initials: "qd" for "quyết định" or "qđ", "tt", "cv"), number and year of a document as typed — the
 * year after a slash ("23/2023") or said right after the number ("667 năm 2019" in the question).
 */
function typedDocument(said: string, question: string, lexicon: Lexicon): { kind: string; number: string; year?: string; slashed: boolean } | undefined {
  const words = wordsOf(said);
  const mention = documentMentions(words, lexicon)[0];
  if (!mention) return undefined;
  const [, number, slashed] = /^(\d+)(?:\/((?:19|20)\d\d)(?!\d))?/u.exec(words[mention.end - 1]!.folded) ?? [];
  if (!number) return undefined;
  const yearSaid = new RegExp(`(?<![\\d/])${number}\\s+nam\\s+((?:19|20)\\d\\d)(?!\\d)`, 'u').exec(foldText(question))?.[1];
  const year = slashed ?? yearSaid;
  const kindWords = words.slice(mention.start, mention.end - 1).filter((word) => word.folded !== 'so');
  const kind = kindWords.length === 1 ? kindWords[0]!.folded : initials(kindWords.map((word) => word.text).join(' '));
  return { kind, number, ...(year ? { year } : {}), slashed: slashed !== undefined };
}

/** The folded initials of a phrase: "qd" for "Quyết định". */
function initials(phrase: string): string {
  return wordsOf(phrase).map((word) => word.folded[0]).join('');
}

/** Same length, and one digit different or two neighbouring digits swapped ("667"/"677", "1337"/"1373"). */
function oneKeystroke(typed: string, known: string): boolean {
  if (typed.length !== known.length || typed === known) return false;
  const differ = [...typed].flatMap((digit, at) => (digit === known[at] ? [] : [at]));
  if (differ.length === 1) return true;
  const [a, b] = differ;
  return differ.length === 2 && b === a! + 1 && typed[a!] === known[b!] && typed[b!] === known[a!];
}

/** The initials of the kinds a number tells ("qd", "tt", "cv", …): a kind typed so must be the document's own. */
const KIND_INITIALS: ReadonlySet<string> = new Set(DOCUMENT_KINDS.map(initials));
