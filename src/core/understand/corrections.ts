// A message correcting the previous question ("à nhầm, ý mình hỏi dòng họ học tập cơ", "không, ý tôi là cấp huyện").
import { hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { expandShorthand } from './shorthand.js';
import { wordsOf, type Word } from './words.js';

/** A clause's words as typed, shorthand expanded. */
interface ClauseWords {
  words: Word[];
}

/** Where the correction opening the clause lies ("à nhầm", "ý mình hỏi"), after its opening words ("à", "dạ"), if it opens with one. */
function correctionIn(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; end: number } | undefined {
  let start = 0;
  for (let head = lexicon.starts.matchAt(words, start, accents); head > 0; head = lexicon.starts.matchAt(words, start, accents)) start += head;
  const length = lexicon.followUpCorrects.matchAt(words, start, accents);
  return length > 0 ? { start, end: start + length } : undefined;
}

/** True when a clause of the message opens with a correction of the previous question. */
export function correctsPrevious(message: string, lexicon: Lexicon): boolean {
  const accents = hasDiacritics(message);
  return message.split(lexicon.clauseBoundary).some((raw) => correctionIn(expandShorthand(wordsOf(raw ?? ''), lexicon), lexicon, accents) !== undefined);
}

/**
 * The clauses without the correction's words, and without a first clause only answering no to the bot ("không,"), when
 * a clause opens with a correction; the clauses as they are otherwise.
 */
export function withoutCorrection<T extends ClauseWords>(clauses: readonly T[], lexicon: Lexicon, accents: boolean): T[] {
  const found = clauses.map((clause) => correctionIn(clause.words, lexicon, accents));
  if (found.every((span) => span === undefined)) return [...clauses];
  const answersNo = (words: readonly Word[]) => lexicon.followUpNoAnswers.matchAt(words, 0, accents) === words.length;
  return clauses
    .map((clause, i) => {
      const span = found[i];
      return span ? { ...clause, words: [...clause.words.slice(0, span.start), ...clause.words.slice(span.end)] } : clause;
    })
    .filter((clause, i) => !(i === 0 && clauses.length > 1 && answersNo(clause.words)));
}
