// A message correcting the previous question ("à nhầm, ý mình hỏi dòng họ học tập cơ", "không, ý tôi là cấp huyện").
import { TEXT_CACHE_SIZES, cachePerOwner } from '../text/memo.js';
import { hasDiacritics } from '../text/vietnamese.js';
import { splitClauses } from './clause-split.js';
import { askingWords, cuedFacets } from './cues.js';
import { namesSubject } from './documents-named.js';
import { afterOpeningWords } from './filler.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * Where the correction opening the clause lies, after its opening words ("à", "dạ"): one of `corrects` ("ý mình hỏi"),
 * after a clause only answering no one of `asks-again` ("sai rồi, mình hỏi năm 2023 cơ"), or the whole rest of the
 * clause when that is one of `correctsAlone` ("à nhầm,"; "nhầm tên trong hồ sơ" asks).
 */
function correctionIn(words: readonly Word[], lexicon: Lexicon, accents: boolean, afterNo: boolean): { start: number; end: number; again?: boolean } | undefined {
  const start = afterOpeningWords(words, lexicon, accents);
  const length = lexicon.followUpCorrects.matchAt(words, start, accents);
  if (length > 0) return { start, end: start + length };
  // After "sai rồi,", "không phải,": "mình hỏi năm 2023 cơ" says again what was asked.
  const again = afterNo ? asksAgain(words, lexicon, accents) : 0;
  if (again > 0) return { start, end: start + again, again: true };
  return start < words.length && lexicon.followUpCorrectsAlone.matchAt(words, start, accents) === words.length - start ? { start, end: words.length } : undefined;
}

/** Whether each message corrects, per lexicon: asked of the message and of every earlier turn, for every answer. */
const correctionCache = cachePerOwner<Lexicon, boolean>(TEXT_CACHE_SIZES.sentences);

/** True when a clause of the message opens with a correction of the previous question. */
export function correctsPrevious(message: string, lexicon: Lexicon): boolean {
  return correctionCache(lexicon).get(message, () => {
    const accents = hasDiacritics(message);
    const clauses = splitClauses(message, lexicon);
    return clauses.some((clause, i) => correctionIn(clause.words, lexicon, accents, i > 0 && answersNo(clauses[i - 1]!.words, lexicon, accents)) !== undefined);
  });
}

/**
 * The clauses without the correction's words, and without a first clause only answering no to the bot ("không,"), when
 * a clause opens with a correction; the clauses as they are otherwise. A clause that held a correction is marked
 * `corrects`: what is left of it says what the question is about ("ý tôi là cấp huyện, ai công nhận"); one saying again
 * what was asked after a no ("không phải, em hỏi …") is also marked `asksAgain`.
 */
export function withoutCorrection<T extends { words: Word[] }>(clauses: readonly T[], lexicon: Lexicon, accents: boolean): (T & { corrects?: boolean; asksAgain?: boolean })[] {
  const found = clauses.map((clause, i) => correctionIn(clause.words, lexicon, accents, i > 0 && answersNo(clauses[i - 1]!.words, lexicon, accents)));
  if (found.every((span) => span === undefined)) return [...clauses];
  return clauses
    .map((clause, i) => {
      const span = found[i];
      return span ? { ...clause, corrects: true, asksAgain: span.again, words: [...clause.words.slice(0, span.start), ...clause.words.slice(span.end)] } : clause;
    })
    .filter((clause, i) => !(i === 0 && clauses.length > 1 && answersNo(clause.words, lexicon, accents)) && clause.words.length > 0);
}

/** A clause only answering no to the bot ("không,", "sai rồi,"). */
function answersNo(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  return words.length > 0 && lexicon.followUpNoAnswers.matchAt(words, 0, accents) === words.length;
}

/**
 * Words of `asks-again` or `corrects` opening the clause after its opening words ("mình hỏi", "ý mình là"), when what
 * follows names a subject, a year or a number, or asks: "mình hỏi năm 2023 cơ", "em hỏi ai ký cơ"; not "tôi hỏi lại
 * lần nữa đây". 0 otherwise.
 */
export function asksAgain(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  const start = afterOpeningWords(words, lexicon, accents);
  const length = Math.max(lexicon.followUpAsksAgain.matchAt(words, start, accents), lexicon.followUpCorrects.matchAt(words, start, accents));
  const rest = words.slice(start + length);
  const says = rest.some((word) => /\d/u.test(word.folded)) || namesSubject(rest, lexicon) || askingWords(rest, lexicon, accents).length > 0 || cuedFacets(rest, lexicon, accents).size > 0;
  return length > 0 && says ? length : 0;
}
