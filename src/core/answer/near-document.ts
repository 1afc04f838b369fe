// A document named by a number one keystroke from a document the passages hold ("quyết định 667" → 677/QĐ-TTg).
import { foldText } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { documentMentions } from '../understand/documents-named.js';
import { wordsOf } from '../understand/words.js';

/** The document a mistyped number most likely meant, and the question asked of it instead. */
export interface NearDocument {
  /** The document's own number ("677/QĐ-TTg"). */
  number: string;
  /** The question with the typed number replaced by the document's ("Quyết định 677 về công dân học tập …"). */
  question: string;
}

/**
 * "Quyết định 667 về công dân học tập … ký năm 2022", "thông tư 23/2023 về đơn vị học tập": a number no indexed document
 * carries, of the same length as the number of exactly one document among the passages `search` finds for the rest of
 * the `query` (the number left out; it must name a subject, a title or an event) and differing from it by one digit or by two neighbouring digits swapped, of the same kind ("quyết định" is
 * QĐ, "thông tư" TT; a kind no symbol abbreviates, as "đề án", matches any) and, when a year is typed, of that year.
 * Two such documents, or none, leave the number unknown.
 */
export function nearDocument(asked: { question: string; query: string }, said: string, search: (query: string) => readonly Passage[], lexicon: Lexicon): NearDocument | undefined {
  const typed = typedDocument(said, lexicon);
  if (!typed) return undefined;
  const typedNumber = new RegExp(`(?<![\\d/])${typed.year ? `${typed.number}/${typed.year}` : typed.number}(?!\\d)`, 'u');
  if (!typedNumber.test(asked.question) || !typedNumber.test(asked.query)) return undefined;
  const rest = asked.query.replace(typedNumber, ' ');
  if (lexicon.subjects.find(wordsOf(rest), false).length === 0) return undefined;
  const near = new Set(
    search(rest).flatMap(({ meta }) => {
      const match = meta.number ? /^(\d+)\/(?:((?:19|20)\d\d)\/)?([^\s/-]+)/u.exec(meta.number) : null;
      if (!match || !oneKeystroke(typed.number, match[1]!)) return [];
      const kind = foldText(match[3]!);
      if (SYMBOL_KINDS.has(typed.kind) && kind !== typed.kind) return [];
      if (typed.year && (match[2] ?? meta.issued?.slice(0, 4)) !== typed.year) return [];
      return [meta.number!];
    }),
  );
  if (near.size !== 1) return undefined;
  const [number] = near;
  const digits = /^\d+/u.exec(number!)![0];
  return { number: number!, question: asked.question.replace(typedNumber, typed.year ? `${digits}/${typed.year}` : digits) };
}

/** The kind (as a symbol's letters: "qd", "tt", or the kind's own initials), number and year of a document as typed. */
function typedDocument(said: string, lexicon: Lexicon): { kind: string; number: string; year?: string } | undefined {
  const words = wordsOf(said);
  const mention = documentMentions(words, lexicon)[0];
  if (!mention) return undefined;
  const [, number, year] = /^(\d+)(?:\/((?:19|20)\d\d)(?!\d))?/u.exec(words[mention.end - 1]!.folded) ?? [];
  if (!number) return undefined;
  const kindWords = words.slice(mention.start, mention.end - 1).filter((word) => word.folded !== 'so');
  const kind = kindWords.length === 1 ? kindWords[0]!.folded : kindWords.map((word) => word.folded[0]).join('');
  return { kind, number, ...(year ? { year } : {}) };
}

/** Same length, and one digit different or two neighbouring digits swapped ("667"/"677", "1337"/"1373"). */
function oneKeystroke(typed: string, known: string): boolean {
  if (typed.length !== known.length || typed === known) return false;
  const differ = [...typed].flatMap((digit, at) => (digit === known[at] ? [] : [at]));
  if (differ.length === 1) return true;
  const [a, b] = differ;
  return differ.length === 2 && b === a! + 1 && typed[a!] === known[b!] && typed[b!] === known[a!];
}

/** The letters of the document symbols a kind can be checked against ("677/QĐ-TTg" is a quyết định). */
const SYMBOL_KINDS: ReadonlySet<string> = new Set(['qd', 'tt', 'nd', 'nq']);
