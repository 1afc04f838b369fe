// A yes/no question checking the date of a document's or a body's act ("QĐ 677 ký tháng 3 năm 2022 phải ko") asks when.
import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** "3/6/2022", "2/10": a day and month typed as one word. */
const DAY_MONTH = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u;

/**
 * True when an act that dates a document, a body or a membership (`act-dates-checked` acts: "ký", "thành lập") is
 * followed, at most `within` words on, by a date: a `before-figure` word and a figure ("tháng 3", "năm 2000") or a day
 * and month ("3/6/2022"). Read in a yes/no question, it checks that date, so the date is what is asked.
 */
export function checksActDate(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const { acts, beforeFigure, within } = lexicon.actDatesChecked;
  const dateAt = (at: number) => DAY_MONTH.test(words[at]?.folded ?? '') || (beforeFigure.matchAt(words, at, false) > 0 && /^\d/u.test(words[at + beforeFigure.matchAt(words, at, false)]?.folded ?? ''));
  return acts.find(words, accents).some(({ start, length }) => {
    for (let at = start + length; at <= start + length + within && at < words.length; at++) if (dateAt(at)) return true;
    return false;
  });
}
