// "tuần lễ 2024 và 2025 năm nào khai mạc sớm hơn": which of two years opened first, read from each year's answer.
import { fill } from '../messages.js';
import { splitIntoSentences } from '../text/sentences.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { CLAUSE_GAP, wordSpans, wordsOf, type PhraseSet } from '../understand/words.js';
import type { ComposeTexts } from './extractive.js';

/** Most words read after an opening word for its day, within its clause: 11 in "khai mạc đồng loạt tại tất cả các địa
 * phương vào ngày 1/10". */
const OPENING_DAY_WITHIN = 12;

const DAY = /^(\d{1,2})\/(\d{1,2})(?:\/\d{4})?$/u;

/** A day and month written "1/10" or "02/10/2023", when they are a day of the calendar. */
function dayOf(text: string): { day: number; month: number } | undefined {
  const found = DAY.exec(text);
  const day = Number(found?.[1]);
  const month = Number(found?.[2]);
  return found && day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : undefined;
}

/** Facets of a question asking when years opened: nothing besides ("khai mạc ở đâu" asks a place). */
const OPENING_FACETS: readonly Facet[] = ['comparison', 'date', 'yesno'];

/**
 * When `asked` asks when two years opened — it holds a word of `opening` or `opening-asked` in answer-evidence.yaml
 * ("khai mạc", "ngày tổ chức") and asks nothing but a comparison, a date or yes/no — the line saying which opened
 * first, or that both opened on one day, from the day each year's answer says it opened; undefined when either answer
 * says none.
 */
export function openingVerdict(asked: { question: string; facets: readonly Facet[] }, sides: readonly { year: string; text: string }[], lexicon: Lexicon, texts: ComposeTexts): string | undefined {
  const opening = lexicon.evidence.get('opening');
  if (sides.length !== 2 || !texts.openingSame || !texts.openingEarlier || !opening || !asked.facets.every((facet) => OPENING_FACETS.includes(facet))) return undefined;
  if (!asksOpening(asked.question, lexicon)) return undefined;
  const [first, second] = sides as readonly [{ year: string; text: string }, { year: string; text: string }];
  const a = openingDay(first, opening);
  const b = openingDay(second, opening);
  if (!a || !b) return undefined;
  if (a.month === b.month && a.day === b.day) return fill(texts.openingSame, { first: first.year, second: second.year, date: `${a.day}/${a.month}` });
  const aFirst = a.month < b.month || (a.month === b.month && a.day < b.day);
  const [early, late] = aFirst ? [first, second] : [second, first];
  const [earlyDay, lateDay] = aFirst ? [a, b] : [b, a];
  return fill(texts.openingEarlier, { early: early.year, late: late.year, earlyDate: `${earlyDay.day}/${earlyDay.month}`, lateDate: `${lateDay.day}/${lateDay.month}` });
}

/** Whether the question asks when events opened or were held: a word of `opening` or `opening-asked` ("khai mạc", "ngày tổ chức"). */
export function asksOpening(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  return (['opening', 'opening-asked'] as const).some((key) => (lexicon.evidence.get(key)?.find(words, false).length ?? 0) > 0);
}

/**
 * The first day and month written a few words after an opening word, in its clause ("khai mạc tại Hà Nội, bế mạc ngày
 * 8/10" gives none), when the side's year stands as a word before it — after the day of the opening before it, if any
 * ("các năm 2011 và 2023, Tuần lễ khai mạc đúng ngày 2/10; các năm 2024 và 2025, Tuần lễ khai mạc ngày 1/10": 2/10 for
 * 2011 and 2023, 1/10 for 2024 and 2025; a year inside a date or a number, "09/09/2023", "24/2023/TT-BGDĐT", is none).
 */
function openingDay(side: { year: string; text: string }, opening: PhraseSet): { day: number; month: number } | undefined {
  for (const sentence of splitIntoSentences(side.text)) {
    const { nfc, words } = wordSpans(sentence);
    let from = 0;
    for (const { start, length } of opening.find(words, true)) {
      let found: { day: number; month: number } | undefined;
      let at = start + length;
      for (; at < Math.min(words.length, start + length + OPENING_DAY_WITHIN) && !found; at++) {
        if (CLAUSE_GAP.test(nfc.slice(words[at - 1]!.to, words[at]!.from))) break;
        found = dayOf(words[at]!.text);
      }
      if (!found) continue;
      if (words.slice(from, start).some((word) => word.folded === side.year)) return found;
      from = at;
    }
  }
  return undefined;
}
