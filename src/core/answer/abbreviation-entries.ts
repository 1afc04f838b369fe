// Asked what an abbreviation stands for: the sentence that explains it ("UBND: Ủy ban nhân dân."), cited.
import { fold } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import { toCitation } from './citations.js';
import type { ComposedAnswer } from './extractive.js';
import { splitSentences } from './sentences.js';

/** What the documents say of the abbreviations asked: the answer from those they explain, and those they do not. */
export interface AbbreviationEntries {
  /** Undefined when no abbreviation asked is explained. */
  answer?: ComposedAnswer;
  passages: Passage[];
  unexplained: string[];
}

/**
 * For each abbreviation asked (as `typed` in the message), the first sentence of the passages its own search finds that explains it,
 * letter for letter if one does, else folded: an
 * entry opening with it before a colon ("UBND: Ủy ban nhân dân.", "KHVN hoặc Hội KHVN: …"), or the meaning followed by
 * it in brackets ("Công dân học tập (viết tắt CDHT) …"). A document number holding it ("5607/BGDĐT-GDNNGDTX") explains
 * nothing.
 */
export function abbreviationEntries(abbreviations: readonly { said: string; known: boolean }[], search: (query: string) => Passage[], typed: string): AbbreviationEntries {
  const passages: Passage[] = [];
  const citations: ComposedAnswer['citations'] = [];
  const lines: string[] = [];
  const unexplained: string[] = [];
  for (const { said: abbreviation, known } of abbreviations) {
    // Letter for letter first: "cdht" is Công dân học tập (CDHT), not Cộng đồng học tập (CĐHT), which it folds to.
    const found = search(abbreviation)
      .flatMap((passage) => splitSentences(passage.text, 0).map((sentence) => ({ passage, sentence })))
      .map((entry) => ({ ...entry, exact: explains(abbreviation, entry.sentence.text, false), folded: explains(abbreviation, entry.sentence.text, true) }));
    const best = found.find((entry) => entry.exact) ?? found.find((entry) => entry.folded);
    // One the chat shorthand knows ("ntn") is left to the rest of the answer; any other is said as typed.
    if (!best) {
      if (!known) unexplained.push(asTyped(abbreviation, typed));
      continue;
    }
    let n = passages.findIndex((passage) => passage.documentId === best.passage.documentId) + 1;
    if (n === 0) {
      passages.push(best.passage);
      n = passages.length;
      citations.push(toCitation(n, best.passage, best.sentence.text));
    }
    lines.push(`${best.sentence.text} [${n}]`);
  }
  return { answer: lines.length > 0 ? { text: lines.join('\n'), citations } : undefined, passages, unexplained };
}

/** The abbreviation as the message writes it ("TTg"), found again in it whatever its case. */
function asTyped(abbreviation: string, message: string): string {
  const at = message.toLowerCase().indexOf(abbreviation);
  return at < 0 ? abbreviation : message.slice(at, at + abbreviation.length);
}

/** Whether a sentence explains the abbreviation, compared letter for letter or folded ("htsd" for "HTSĐ"). */
function explains(abbreviation: string, sentence: string, folded: boolean): boolean {
  const form = (text: string) => (folded ? fold(text) : text).toLowerCase();
  const typed = form(abbreviation).replace(/[^\p{L}\p{N}]/gu, '');
  const entry = new RegExp(`^(?:[-•*]\\s*)?${typed}(?![\\p{L}\\p{N}])[^:.]{0,30}:`, 'u');
  const bracketed = new RegExp(`\\((?:vi[eế]t t[aắ]t\\s+)?${typed}(?![\\p{L}\\p{N}])[^)]{0,20}\\)`, 'u');
  const text = form(sentence);
  return entry.test(text) || bracketed.test(text);
}
