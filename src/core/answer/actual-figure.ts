// A figure asked as achieved ("thực tế đạt bao nhiêu") against passages that give only planned ones (targets).
import { splitIntoSentences } from '../text/sentences.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { placesNamed } from '../understand/local-units.js';
import { wordsOf } from '../understand/words.js';
import { givesFigure } from './facets.js';
import { kindOf, namesFigureYear, TITLES, type Subject } from './subjects.js';
import { passagesFirst } from './passage-order.js';

const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * Whether no sentence of `passages` gives an achieved figure: a figure in a sentence naming no planned word
 * (`actual.planned`: "mục tiêu", "phấn đấu"), no rule word (`rule-words`: "phải có ít nhất 90% thành viên đạt …" is a
 * threshold) and no year after `thisYear`, naming `year` when one is asked, and naming no city or province the
 * documents cover when the whole country's figure is asked (`national`).
 */
export function achievedFigureMissing(passages: readonly Passage[], lexicon: Lexicon, asked: { year?: number; thisYear: number; national: boolean }): boolean {
  return !passages.some((passage) =>
    splitIntoSentences(passage.text).some(
      (text) =>
        givesFigure(text) &&
        !plans(text, lexicon) &&
        lexicon.ruleWords.find(wordsOf(text), false).length === 0 &&
        !(text.match(YEARS) ?? []).some((year) => Number(year) > asked.thisYear) &&
        (asked.year === undefined || namesFigureYear(text, asked.year)) &&
        !(asked.national && placesNamed(wordsOf(text), lexicon).length > 0),
    ),
  );
}

/**
 * "cả nước đã đạt bao nhiêu phần trăm dòng họ học tập": the passages a search for the targets of the titles among
 * `subjects` finds (`targets-search` and the titles as asked), then the rest of `found` — to be ordered by
 * `targetsFirst`. Without a title, `found` as it is.
 */
export function withTargetsOfTitles(subjects: readonly Subject[], found: readonly Passage[], lexicon: Lexicon, search: (query: string) => Passage[]): Passage[] {
  const titles = subjects.filter((subject) => kindOf(subject, lexicon) === TITLES);
  if (titles.length === 0 || !lexicon.targetsSearch) return [...found];
  const targets = search(`${lexicon.targetsSearch} ${titles.map((title) => title.said).join(' ')}`);
  return passagesFirst(targets, found);
}

/** The passages giving a target first, in their order, then the rest. */
export function targetsFirst(passages: readonly Passage[], lexicon: Lexicon): Passage[] {
  const givesTarget = (passage: Passage) => splitIntoSentences(passage.text).some((text) => givesFigure(text) && plans(text, lexicon));
  return [...passages.filter(givesTarget), ...passages.filter((passage) => !givesTarget(passage))];
}

function plans(text: string, lexicon: Lexicon): boolean {
  return lexicon.plannedSaid.find(wordsOf(text), false).length > 0;
}
