// A yes/no question checking the date of a document's or a body's act ("QĐ 677 ký tháng 3 năm 2022 phải ko") asks when.
import { contentEnd } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** "3/6/2022", "2/10": a day and month typed as one word. */
const DAY_MONTH = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u;

/**
 * True when an act that dates a document, a body or a membership (`act-dates-checked` acts: "ký", "thành lập") is
 * followed, at most `within` words on, by a date — a `before-figure` word and a figure ("tháng 3", "năm 2000") or a day
 * and month ("3/6/2022") — that the clause's check closes right after ("… tháng 3 năm 2022 phải ko"): the date is what
 * is checked, not told beside another question ("thông tư 25 ban hành năm 2023 còn hiệu lực không").
 */
export function checksActDate(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { acts, within } = lexicon.actDatesChecked;
  const end = contentEnd(words, lexicon, accents);
  const rest = (from: number) => words.slice(from, end);
  const closesCheck = (after: readonly Word[]) =>
    after.length === 0 || [lexicon.actsAsked.tags, lexicon.yesNoCloses, lexicon.questionParticles].some((tag) => tag.matchAt(after, 0, accents) === after.length);
  return acts.find(words, accents).some(({ start, length }) => {
    for (let at = start + length; at <= start + length + within && at < end; at++) {
      const dateEnd = dateRunEnd(words, at, lexicon);
      if (dateEnd > at) return closesCheck(rest(dateEnd));
    }
    return false;
  });
}

/** Where the date starting at `at` ends ("tháng 3 năm 2022", "3/6/2022"): `at` itself when none starts there. */
function dateRunEnd(words: readonly Word[], at: number, lexicon: Lexicon): number {
  let end = at;
  for (;;) {
    const named = lexicon.actDatesChecked.beforeFigure.matchAt(words, end, false);
    if (named > 0 && /^\d/u.test(words[end + named]?.folded ?? '')) end += named + 1;
    else if (DAY_MONTH.test(words[end]?.folded ?? '')) end += 1;
    else return end;
  }
}
