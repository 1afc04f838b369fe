// Chat shorthand expanded as typed: teencode and abbreviations, regional words, glued numbers, phrases kept as themselves.
import { hasDiacritics, hasToneMark } from '../text/vietnamese.js';
import { closingWordsAt } from './filler.js';
import type { Lexicon } from './lexicon.js';
import { SPOKEN_YEARS } from './tuning.js';
import { wordsOf, type Word } from './words.js';

/** A figure with letters glued to it ("78đ"). */
const GLUED_UNIT = /^(\d+(?:[.,]\d+)*)(\p{L}+)$/u;

/** A year typed with a letter for its thousands ("2k24"; "2k5" is an amount): group 1 the thousands, 2 the letter, 3
 * the rest. */
const LETTERED_YEAR = /^(\d)(\p{L})(\d{2})$/u;

/** Weekdays a glued weekday word makes ("t2" … "t7", thứ hai … thứ bảy). */
const WEEKDAYS = { first: 2, last: 7 };

/**
 * Three or more letters without a vowel, after at most one: an abbreviation ("xhht", "htsđ", "ubnd"), not chat shorthand
 * ("ko", "dky") nor a syllable (none has three consonants after its vowel).
 */
const ABBREVIATION = /^[aeiouy]?[b-df-hj-np-tv-xzđ]{3,}$/u;

/**
 * Where the abbreviations asked about stand ("viết tắt XHHT với HTSĐ là gì", "XHHT và HTSĐ là viết tắt của gì"): those
 * after the first marker, and those just before it with only joiners between.
 */
function abbreviationsAsked(words: readonly Word[], lexicon: Lexicon): Set<number> {
  const asked = new Set<number>();
  const { markers, joiners } = lexicon.abbreviationAsked;
  const marker = markers.find(words, false)[0];
  if (!marker) return asked;
  for (let i = marker.start + marker.length; i < words.length; i++) if (ABBREVIATION.test(words[i]!.folded)) asked.add(i);
  for (let i = marker.start - 1; i >= 0; i--) {
    if (ABBREVIATION.test(words[i]!.folded)) asked.add(i);
    else if (joiners.matchAt(words, i, false) !== 1) break;
  }
  return asked;
}

/**
 * The abbreviations a message asks the meaning of, in order ("XHHT và HTSĐ là viết tắt của gì" → "xhht", "htsđ"), and
 * whether the chat shorthand knows each ("ntn" is "như thế nào", no abbreviation of the documents).
 */
export function abbreviationsAskedIn(words: readonly Word[], lexicon: Lexicon): { said: string; known: boolean }[] {
  return [...abbreviationsAsked(words, lexicon)]
    .sort((a, b) => a - b)
    .map((i) => ({ said: words[i]!.text, known: lexicon.shorthandWords.has(words[i]!.folded) || lexicon.shorthandPhraseExpansions.has(words[i]!.folded) }));
}

/**
 * Expands chat shorthand ("ko" → "không", "gdht" → "gia đình học tập"), splits glued numbers ("qd387"), spells glued
 * months ("t10" → "tháng 10") and writes years typed with "k" in full ("2k24" → 2024).
 */
export function expandShorthand(words: readonly Word[], lexicon: Lexicon): Word[] {
  const out: Word[] = [];
  const asked = abbreviationsAsked(words, lexicon);
  const accents = words.some((word) => hasDiacritics(word.text));
  for (let i = 0; i < words.length; ) {
    if (asked.has(i)) {
      out.push(words[i]!);
      i++;
      continue;
    }
    // A title described in other words is read with its accents in a message typed with diacritics (`exactPhrases`).
    const matched = lexicon.shorthandPhrases.matchAt(words, i, accents);
    const phraseLength = matched > 0 && keptPhraseAcross(words, i, matched, lexicon) ? 0 : matched;
    if (phraseLength > 0) {
      const typed = words.slice(i, i + phraseLength);
      const key = typed.map((w) => w.folded).join(' ');
      // A phrase listed as itself ("chi hội", kept from a regional reading) stays as typed, diacritics or none.
      out.push(...(lexicon.shorthandKept.has(key) ? typed : (lexicon.shorthandPhraseExpansions.get(key) ?? [])));
      i += phraseLength;
      continue;
    }
    const word = words[i]!;
    const glued = lexicon.gluedKinds.exec(word.folded);
    const unit = GLUED_UNIT.exec(word.folded);
    const spelledUnit = unit && lexicon.gluedUnits.get(unit[2]!);
    const month = lexicon.gluedMonths.pattern.exec(word.folded);
    const monthSpelled = month && isGluedMonth(month, lexicon) ? lexicon.gluedMonths.spelled.get(month[1]!) : undefined;
    const year = letteredYear(word.folded, lexicon);
    // A key written exactly as typed wins over an ambiguous fold-alike ("cđht" is cộng đồng whatever follows). A word
    // typed with other marks is another word ("chị", "mơ" are no "chi", "mô"; "đ" is a letter, "hđ" is "hd"), and a
    // capital inside a clause a name ("cô Chi").
    const candidate = hasDiacritics(word.text) && lexicon.shorthandExact.has(word.text) ? undefined : lexicon.ambiguous.get(word.folded);
    const marked = word.text.replace(/đ/gu, 'd');
    const ambiguous = candidate && ((hasDiacritics(marked) && !candidate.typed.has(marked)) || (word.capital && i > 0)) ? undefined : candidate;
    if (glued) out.push(...wordsOf(`${word.text.slice(0, glued[1]!.length)} ${word.text.slice(glued[1]!.length)}`));
    else if (spelledUnit) out.push(...wordsOf(`${unit![1]} ${spelledUnit}`));
    else if (monthSpelled) out.push(...wordsOf(`${monthSpelled} ${month![2]}${month![3]}`));
    else if (year !== undefined) out.push(...wordsOf(String(year)));
    else if (ambiguous) {
      const previous = words[i - 1];
      const after = words[i + 1]?.folded;
      // An `accented` entry reads the word before only in a clause with diacritics, and as typed ("cô" is no "có");
      // typed bare, only at the clause's end after a word of `bare-at-end` ("la chi" ends a question, "la chi Thao" not).
      const byBefore =
        previous !== undefined &&
        (ambiguous.accented ? (accents ? ambiguous.afterTyped.has(previous.text) : ambiguous.bareAtEnd.has(previous.folded) && endsClause(words, i + 1, lexicon)) : ambiguous.after.has(previous.folded));
      // "cap huyen cong nhan cdht": a word of `near` a few words away (`near-within`) shows the meaning too, unless a
      // word of `near-not-after` stands before it ("ở tỉnh mình cdht đăng ký ở đâu": where the asker lives).
      const from = Math.max(0, i - ambiguous.nearWithin);
      const nearBy = ambiguous.near.size > 0 && words.slice(from, i + ambiguous.nearWithin + 1).some((other, k) => ambiguous.near.has(other.folded) && !ambiguous.nearNotAfter.has(words[from + k - 1]?.folded ?? ''));
      const meant = byBefore || (after !== undefined && ambiguous.before.has(after)) || nearBy;
      // A default that is the word itself ("chi", "mô") keeps it as typed, diacritics or none.
      const keeps = !meant && ambiguous.fallback.length === 1 && ambiguous.fallback[0]!.folded === word.folded;
      out.push(...(meant ? ambiguous.meaning : keeps ? [word] : ambiguous.fallback));
    } else out.push(...(lexicon.shorthandExact.get(word.text) ?? (hasToneMark(word.text) ? undefined : lexicon.shorthandWords.get(word.folded)) ?? [word]));
    i++;
  }
  return out;
}

/** A glued month ("t10", "thg3") is one of 1–12; after a weekday word, 2–7 only with a year after it ("t3/2024"). */
function isGluedMonth(month: RegExpExecArray, lexicon: Lexicon): boolean {
  const number = Number(month[2]);
  const weekday = lexicon.gluedMonths.weekdayWords.has(month[1]!) && number >= WEEKDAYS.first && number <= WEEKDAYS.last && month[3] === '';
  return number >= 1 && number <= 12 && !weekday;
}

/** The year a word types with a letter for its thousands (`thousand-in-years`: "2k24" is 2024), if it is one. */
function letteredYear(folded: string, lexicon: Lexicon): number | undefined {
  const typed = LETTERED_YEAR.exec(folded);
  if (!typed || !lexicon.spokenNumbers.bare.thousandInYears.has(typed[2]!)) return undefined;
  const year = Number(typed[1]) * 1000 + Number(typed[3]);
  return year >= SPOKEN_YEARS.min && year <= SPOKEN_YEARS.max ? year : undefined;
}

/** True when nothing but closing words ("vay", "a", "z") follows `from`. */
function endsClause(words: readonly Word[], from: number, lexicon: Lexicon): boolean {
  const tail = words.slice(from).flatMap((word) => lexicon.shorthandWords.get(word.folded) ?? [word]);
  return tail.length === 0 || closingWordsAt(tail, lexicon, false) === tail.length;
}

/**
 * True when the shorthand phrase of `length` words at `index` would swallow the start of a phrase listed as itself that
 * runs past it: "năm mô hình" is five models, not "năm nào hình"; "ở mô tả" keeps "mô tả".
 */
function keptPhraseAcross(words: readonly Word[], index: number, length: number, lexicon: Lexicon): boolean {
  for (let at = index + 1; at < index + length; at++) {
    const kept = lexicon.shorthandPhrases.matchAt(words, at, false);
    if (kept > 0 && at + kept > index + length && lexicon.shorthandKept.has(words.slice(at, at + kept).map((w) => w.folded).join(' '))) return true;
  }
  return false;
}
