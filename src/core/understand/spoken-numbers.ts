// Numbers said as words ("quyết định số sáu trăm bảy mươi bảy", "năm hai không hai hai") rewritten as digits in a message.
import { fold } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { PUNCTUATION, wordSpans, type Word } from './words.js';

/** The number words of prompts/language/spoken-numbers.yaml, folded. */
export interface SpokenNumberWords {
  digits: ReadonlyMap<string, number>;
  unitsAfterTens: ReadonlyMap<string, number>;
  runDigits: ReadonlyMap<string, number>;
  /** A year's first two digits said as a pair ("hai không"), folded, with their value (20). */
  centuries: readonly { words: readonly string[]; value: number }[];
  ten: ReadonlySet<string>;
  hundred: ReadonlySet<string>;
  thousand: ReadonlySet<string>;
  thousandInYears: ReadonlySet<string>;
  zeroBeforeUnit: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  yearWords: ReadonlySet<string>;
  dayWords: ReadonlySet<string>;
  monthWords: ReadonlySet<string>;
  /** Phrases written "%" after a number, as folded word lists. */
  percentWords: readonly (readonly string[])[];
}

/** The data as read from spoken-numbers.yaml. */
export interface SpokenNumbersData {
  digits: Record<string, string[]>;
  unitsAfterTens: Record<string, string[]>;
  runDigits: Record<string, string[]>;
  centuries: string[];
  ten: string[];
  hundred: string[];
  thousand: string[];
  thousandInYears: string[];
  zeroBeforeUnit: string[];
  numberWords: string[];
  yearWords: string[];
  dayWords: string[];
  monthWords: string[];
  percentWords: string[];
}

/** Compiles the number words (folded: "sau tram bay muoi bay" is read as typed with diacritics). */
export function compileSpokenNumbers(data: SpokenNumbersData): SpokenNumberWords {
  const set = (words: readonly string[]) => new Set(words.map(fold));
  const byValue = (record: Record<string, string[]>) => new Map(Object.entries(record).flatMap(([value, words]) => words.map((word) => [fold(word), Number(value)] as const)));
  const digits = byValue(data.digits);
  return {
    digits,
    unitsAfterTens: byValue(data.unitsAfterTens),
    runDigits: byValue(data.runDigits),
    centuries: data.centuries.map((pair) => {
      const words = pair.split(/\s+/u).map(fold);
      return { words, value: Number(words.map((word) => digits.get(word) ?? NaN).join('')) };
    }),
    ten: set(data.ten),
    hundred: set(data.hundred),
    thousand: set(data.thousand),
    thousandInYears: set(data.thousandInYears),
    zeroBeforeUnit: set(data.zeroBeforeUnit),
    numberWords: set(data.numberWords),
    yearWords: set(data.yearWords),
    dayWords: set(data.dayWords),
    monthWords: set(data.monthWords),
    percentWords: data.percentWords.map((phrase) => phrase.split(/\s+/u).map(fold)),
  };
}

/** A number read from words `start` to `end` (exclusive). */
interface Reading {
  value: string;
  end: number;
}

/** The years a number after "năm" may be; another number there ("năm năm", "năm 1") is not a year. */
const YEARS = { min: 1900, max: 2099 };

/**
 * The text with every number said as words written in digits: with its place words ("sáu trăm bảy mươi bảy" → 677,
 * "hai nghìn lẻ tám" → 2008) wherever it stands; said digit by digit ("ba tám bảy", "hai không hai hai") or as a
 * colloquial pair ("hai lăm") only after a document's kind, as a year after "năm", as a day or a month. "phần trăm"
 * after a number becomes "%". A text without such numbers is returned unchanged.
 */
export function withSpokenNumbers(text: string, lexicon: Lexicon): string {
  const spoken = lexicon.spokenNumbers;
  const { normal, words } = wordSpans(text);
  if (!words.some((word) => spoken.digits.has(word.folded) || spoken.ten.has(word.folded))) return text;
  const replaced: { start: number; end: number; digits: string }[] = [];
  // Each stretch between punctuation is read on its own: "… không nói ngày. Năm nay …" holds no day five.
  for (let first = 0; first < words.length; ) {
    let last = first + 1;
    while (last < words.length && !PUNCTUATION.test(normal.slice(words[last - 1]!.to, words[last]!.from))) last++;
    const folded = words.slice(first, last).map((word) => word.folded);
    for (let i = 0; i < folded.length; ) {
      const reading = readAt(folded, i, spoken, lexicon);
      if (!reading) {
        i++;
        continue;
      }
      const percent = spoken.percentWords.find((phrase) => phrase.every((word, k) => folded[reading.end + k] === word));
      replaced.push({ start: first + reading.start, end: first + reading.end + (percent?.length ?? 0), digits: `${reading.value}${percent ? '%' : ''}` });
      i = reading.end + (percent?.length ?? 0);
    }
    first = last;
  }
  if (replaced.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end, digits } of replaced) {
    out += `${normal.slice(at, words[start]!.from)}${digits}`;
    at = words[end - 1]!.to;
  }
  return out + normal.slice(at);
}

/** The number starting at `i` (after the word that makes a number stand there, when one does), or undefined. */
function readAt(folded: readonly string[], i: number, spoken: SpokenNumberWords, lexicon: Lexicon): (Reading & { start: number }) | undefined {
  const before = folded[i - 1];
  const documentBefore = documentKindEndsAt(folded, i, spoken, lexicon);
  const yearBefore = before !== undefined && spoken.yearWords.has(before);
  const dayBefore = before !== undefined && spoken.dayWords.has(before);
  const monthBefore = before !== undefined && spoken.monthWords.has(before);
  const placed = readPlaced(folded, i, spoken, yearBefore);
  const year = yearBefore ? yearAt(folded, i, spoken) : undefined;
  if (year) return { ...year, start: i };
  if (documentBefore) {
    const number = placed ?? readDigits(folded, i, spoken) ?? readPair(folded, i, spoken);
    if (number) return { ...number, start: i };
  }
  if (dayBefore || monthBefore) {
    // A lone "năm" there is the word for year ("tháng năm nay" is rare; "ngày năm" rarer).
    const number = spoken.yearWords.has(folded[i]!) && !spoken.ten.has(folded[i + 1] ?? '') ? undefined : (readPlaced(folded, i, spoken, false, true) ?? readPair(folded, i, spoken));
    const max = monthBefore ? 12 : 31;
    if (number && Number(number.value) >= 1 && Number(number.value) <= max) return { ...number, start: i };
  }
  // "mười lăm tháng mười hai": a day before a month said as a number.
  const day = placed ?? (spoken.digits.get(folded[i]!) ? { value: String(spoken.digits.get(folded[i]!)), end: i + 1 } : undefined);
  if (day && Number(day.value) >= 1 && Number(day.value) <= 31 && spoken.monthWords.has(folded[day.end] ?? '') && readPlaced(folded, day.end + 1, spoken, false, true) !== undefined) return { ...day, start: i };
  // "tới hai k ba mươi": thousands said "k" make a year wherever they stand.
  const kYear = spoken.thousandInYears.has(folded[i + 1] ?? '') ? yearAt(folded, i, spoken) : undefined;
  if (kYear && kYear.end - i >= 3) return { ...kYear, start: i };
  // Said with its place words, a number is one wherever it stands ("bảy mươi hai tuổi", "chín mươi phần trăm").
  if (placed && placed.end - i >= 2) return { ...placed, start: i };
  return undefined;
}

/** True when the words before `i` are a document's kind, maybe followed by "số" ("quyết định số", "qđ", "thông tư"). */
function documentKindEndsAt(folded: readonly string[], i: number, spoken: SpokenNumberWords, lexicon: Lexicon): boolean {
  const end = i > 0 && spoken.numberWords.has(folded[i - 1]!) ? i - 1 : i;
  const words: Word[] = folded.slice(Math.max(0, end - 3), end).map((word) => ({ text: word, folded: word }));
  return words.some((_, start) => lexicon.documentKinds.matchAt(words, start, false) === words.length - start);
}

/**
 * A number said with its place words: thousands ("hai nghìn", in a year also "hai k"), hundreds ("sáu trăm"), a unit
 * after "lẻ"/"linh", tens ("bảy mươi", "mười") and their unit ("mốt", "tư", "lăm"). With `single`, "mười" alone and a
 * lone digit count ("tháng mười", "tháng ba").
 */
function readPlaced(folded: readonly string[], i: number, spoken: SpokenNumberWords, inYear: boolean, single = false): Reading | undefined {
  const digit = (at: number) => spoken.digits.get(folded[at] ?? '');
  let j = i;
  let value = 0;
  let big = false;
  const thousand = (word: string | undefined) => word !== undefined && (spoken.thousand.has(word) || (inYear && spoken.thousandInYears.has(word)));
  if (digit(j) !== undefined && thousand(folded[j + 1])) {
    value += digit(j)! * 1000;
    j += 2;
    big = true;
  }
  if (digit(j) !== undefined && spoken.hundred.has(folded[j + 1] ?? '')) {
    value += digit(j)! * 100;
    j += 2;
    big = true;
  }
  const unitAfterTens = (at: number) => {
    const word = folded[at] ?? '';
    const unit = spoken.unitsAfterTens.get(word) ?? (spoken.yearWords.has(word) ? undefined : digit(at));
    return unit !== undefined && unit > 0 ? unit : undefined;
  };
  if (big && spoken.zeroBeforeUnit.has(folded[j] ?? '') && (digit(j + 1) ?? 0) > 0) return { value: String(value + digit(j + 1)!), end: j + 2 };
  if (spoken.ten.has(folded[j] ?? '')) {
    value += 10;
    j++;
    const unit = unitAfterTens(j);
    if (unit !== undefined) {
      value += unit;
      j++;
    }
    return big || single || j - i >= 2 ? { value: String(value), end: j } : undefined;
  }
  if ((digit(j) ?? 0) >= 2 && spoken.ten.has(folded[j + 1] ?? '')) {
    value += digit(j)! * 10;
    j += 2;
    const unit = unitAfterTens(j);
    if (unit !== undefined) {
      value += unit;
      j++;
    }
    return { value: String(value), end: j };
  }
  if (big) {
    // "hai ngàn hai ba", "hai k hai bốn": in a year, two digits after the thousands are its tens and unit.
    const pair = readPair(folded, j, spoken) ?? (inYear ? twoDigits(folded, j, spoken) : undefined);
    return pair ? { value: String(value + Number(pair.value)), end: pair.end } : { value: String(value), end: j };
  }
  if (single && (digit(j) ?? 0) > 0) return { value: String(digit(j)), end: j + 1 };
  return undefined;
}

/** Tens and unit said as a pair ("hai lăm" 25, "hai tư" 24, "ba mốt" 31). */
function readPair(folded: readonly string[], i: number, spoken: SpokenNumberWords): Reading | undefined {
  const tens = spoken.digits.get(folded[i] ?? '');
  const unit = spoken.unitsAfterTens.get(folded[i + 1] ?? '');
  return tens !== undefined && tens >= 2 && unit !== undefined ? { value: String(tens * 10 + unit), end: i + 2 } : undefined;
}

/**
 * Digits said one by one, at least two ("ba tám bảy", "một ba bảy ba", "hai không hai hai"); a "năm" followed by a year
 * is the word for year ("ba tám bảy năm hai không hai hai"), and a "không" ending the run asks ("… ba tám bảy không").
 */
function readDigits(folded: readonly string[], i: number, spoken: SpokenNumberWords, yearsEndRun = true): Reading | undefined {
  let j = i;
  let digits = '';
  const digitAt = (at: number) => spoken.digits.get(folded[at]!) ?? (at > i ? spoken.runDigits.get(folded[at]!) : undefined);
  while (j < folded.length && digitAt(j) !== undefined) {
    if (yearsEndRun && j > i && spoken.yearWords.has(folded[j]!) && yearAt(folded, j + 1, spoken)) break;
    digits += String(digitAt(j));
    j++;
  }
  while (digits.length > 0 && spoken.digits.get(folded[j - 1]!) === 0) {
    digits = digits.slice(0, -1);
    j--;
  }
  return digits.length >= 2 ? { value: digits, end: j } : undefined;
}

/** The year said at `at` ("hai không hai hai", "hai nghìn lẻ tám", "hai k mười bốn"), if one is. */
function yearAt(folded: readonly string[], at: number, spoken: SpokenNumberWords): Reading | undefined {
  const year = centuryYear(folded, at, spoken) ?? readPlaced(folded, at, spoken, true) ?? readDigits(folded, at, spoken, false);
  const value = year ? Number(year.value) : NaN;
  return year && year.value.length === 4 && value >= YEARS.min && value <= YEARS.max ? year : undefined;
}

/** A year said as its century's pair, then the rest as a number ("hai không | mười ba", "hai không | hai lăm"). */
function centuryYear(folded: readonly string[], at: number, spoken: SpokenNumberWords): Reading | undefined {
  const century = spoken.centuries.find(({ words }) => words.every((word, k) => folded[at + k] === word));
  if (!century) return undefined;
  const from = at + century.words.length;
  const rest = readPlaced(folded, from, spoken, false) ?? readPair(folded, from, spoken) ?? (spoken.ten.has(folded[from] ?? '') ? { value: '10', end: from + 1 } : undefined) ?? twoDigits(folded, from, spoken);
  return rest && Number(rest.value) < 100 ? { value: String(century.value * 100 + Number(rest.value)), end: rest.end } : undefined;
}

/** Two digits said one by one ("hai ba" 23, "hai lăm" 25). */
function twoDigits(folded: readonly string[], at: number, spoken: SpokenNumberWords): Reading | undefined {
  const tens = spoken.digits.get(folded[at] ?? '');
  const unit = spoken.digits.get(folded[at + 1] ?? '') ?? spoken.runDigits.get(folded[at + 1] ?? '');
  return tens !== undefined && unit !== undefined && !spoken.yearWords.has(folded[at + 1] ?? '') ? { value: String(tens * 10 + unit), end: at + 2 } : undefined;
}
