// "6782 của Bộ Giáo dục nói về việc gì": a document's number typed without its kind is read as that document's number.
import { isYear } from '../text/years.js';
import { fold, hasDiacritics } from '../text/vietnamese.js';
import type { DocumentMeta } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { CLAUSE_GAP, wordSpans } from '../understand/words.js';
import { subjectsOf } from './subjects.js';

/**
 * A number read as a document's: three digits at least. The index numbers four documents with two (Thông tư 24, 25,
 * 44; Quyết định 89), but two digits stand for ages, shares, days and points far more often ("60 tuổi", "đạt 75").
 */
const DOCUMENT_NUMBER = /^\d{3,}$/u;

/**
 * The question with each number typed alone (not a year) written as the kind and full number of the one numbered
 * document the index holds under it, as its title opens ("6782" → "Công văn 6782/BGDĐT-GDTX"), when the clause ends
 * right after it or goes on with a phrase of `bare-number-next` ("của", "là gì", "nói"), no phrase of
 * `bare-number-not-after` ends right before it ("năm", "khoảng", "hotline") and no group of digits stands next to it
 * ("0912 387 448" is a telephone). A number the question already names with its kind is left as it is. `documents` is
 * read only when the question holds such a number.
 */
export function withBareDocumentNumbers(question: string, documents: () => readonly DocumentMeta[], lexicon: Lexicon): string {
  const { nfc, words } = wordSpans(question);
  const vocabulary = lexicon.described;
  // Where a phrase of `bare-number-not-after` ends: read once for the whole question.
  const notAfterEnds = new Set(vocabulary.bareNumberNotAfter.find(words, false).map(({ start, length }) => start + length));
  const candidates = words
    .map((word, at) => ({ word, at }))
    .filter(({ word, at }) => {
      if (!DOCUMENT_NUMBER.test(word.folded) || isYear(word.folded)) return false;
      const before = words[at - 1];
      const next = words[at + 1];
      const gapBefore = before === undefined || CLAUSE_GAP.test(nfc.slice(before.to, word.from));
      const clauseEnds = next === undefined || CLAUSE_GAP.test(nfc.slice(word.to, next.from));
      if ((!gapBefore && /^\d+$/u.test(before.folded)) || (!clauseEnds && /^\d+$/u.test(next.folded))) return false;
      if (!clauseEnds && vocabulary.bareNumberNext.matchAt(words, at + 1, false) === 0) return false;
      return !notAfterEnds.has(at);
    });
  if (candidates.length === 0) return question;
  const alreadyNamed = new Set(subjectsOf(question, lexicon).flatMap((subject) => (subject.kind === 'document' ? [fold(subject.number).split('/')[0]!] : [])));
  const known = documents();
  const accents = hasDiacritics(question);
  const replacements = candidates.flatMap(({ word }) => {
    if (alreadyNamed.has(word.folded)) return [];
    const numbered = known.filter((document) => document.number?.split('/')[0] === word.folded);
    const { number, title } = numbered.length === 1 ? numbered[0]! : {};
    const at = number ? (title?.indexOf(number) ?? -1) : -1;
    if (at < 0) return [];
    const named = title!.slice(0, at + number!.length);
    // Typed bare, the name is put in bare too: its marks would make the whole question read as typed with diacritics.
    return [{ from: word.from, to: word.to, named: accents ? named : fold(named) }];
  });
  return replacements.reduceRight((text, { from, to, named }) => `${text.slice(0, from)}${named}${text.slice(to)}`, nfc);
}
