// Numbers said as words ("quyết định số sáu trăm bảy mươi bảy", "năm hai không hai hai") and years said by two digits ("năm 22") rewritten in full in a message.
import { fold, hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { PLACED_MIN_WORDS, SHORT_YEAR_PIVOT, SPOKEN_YEARS, K_YEAR_MIN_WORDS } from './tuning.js';
import { CLAUSE_GAP, spliced, wordSpans, type Word } from './words.js';

/** The number words of prompts/language/spoken-numbers.yaml, keyed as a message's words are compared with them. */
export interface SpokenNumberKeys {
  digits: ReadonlyMap<string, number>;
  unitsAfterTens: ReadonlyMap<string, number>;
  runDigits: ReadonlyMap<string, number>;
  /** A year's first two digits said as a pair ("hai không") with their value (20). */
  centuries: readonly { words: readonly string[]; value: number }[];
  ten: ReadonlySet<string>;
  tens: ReadonlySet<string>;
  hundred: ReadonlySet<string>;
  thousand: ReadonlySet<string>;
  thousandInYears: ReadonlySet<string>;
  zeroBeforeUnit: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  yearWords: ReadonlySet<string>;
  dayWords: ReadonlySet<string>;
  monthWords: ReadonlySet<string>;
  notDatesBefore: ReadonlySet<string>;
  /** Phrases written "%" after a number, as word lists. */
  percentWords: readonly (readonly string[])[];
  /** "phẩy": the decimal comma said between a number and its decimals. */
  decimalWords: ReadonlySet<string>;
  /** What a pair of tens and a unit's own name counts wherever it stands ("tuổi", "quốc gia"), as word lists. */
  pairCounts: readonly (readonly string[])[];
  /** A year said by its last two digits after a year word: the words that make it no year, after it and before "năm". */
  shortYears: { notBefore: readonly (readonly string[])[]; notAfter: ReadonlySet<string> };
}

/** The number words as written (for messages with diacritics) and folded (for messages typed bare). */
export interface SpokenNumberWords {
  exact: SpokenNumberKeys;
  bare: SpokenNumberKeys;
}

/** The data as read from spoken-numbers.yaml. */
export interface SpokenNumbersData {
  digits: Record<string, string[]>;
  unitsAfterTens: Record<string, string[]>;
  runDigits: Record<string, string[]>;
  bareNever: string[];
  centuries: string[];
  ten: string[];
  tens: string[];
  hundred: string[];
  thousand: string[];
  thousandInYears: string[];
  zeroBeforeUnit: string[];
  numberWords: string[];
  yearWords: string[];
  dayWords: string[];
  monthWords: string[];
  notDatesBefore: string[];
  percentWords: string[];
  decimalWords: string[];
  pairCounts: string[];
  shortYears: { notBefore: string[]; notAfter: string[] };
}

/** Compiles the number words twice: as written, and folded without the `bare-never` ones. */
export function compileSpokenNumbers(data: SpokenNumbersData): SpokenNumberWords {
  const keys = (bare: boolean): SpokenNumberKeys => {
    const key = (word: string) => (bare ? fold(word.toLowerCase()) : word.toLowerCase().normalize('NFC'));
    const never = new Set(bare ? data.bareNever.map(key) : []);
    const set = (words: readonly string[]) => new Set(words.map(key).filter((word) => !never.has(word)));
    const byValue = (record: Record<string, string[]>) =>
      new Map(Object.entries(record).flatMap(([value, words]) => words.map(key).filter((word) => !never.has(word)).map((word) => [word, Number(value)] as const)));
    const digits = byValue(data.digits);
    return {
      digits,
      unitsAfterTens: byValue(data.unitsAfterTens),
      runDigits: byValue(data.runDigits),
      // Two digit words each (checked when the file is read).
      centuries: data.centuries.map((pair) => {
        const words = pair.split(/\s+/u).map(key);
        return { words, value: Number(words.map((word) => digits.get(word)).join('')) };
      }),
      ten: set(data.ten),
      tens: set(bare ? [...data.ten, ...data.tens] : data.tens),
      hundred: set(data.hundred),
      thousand: set(data.thousand),
      thousandInYears: set(data.thousandInYears),
      zeroBeforeUnit: set(data.zeroBeforeUnit),
      numberWords: set(data.numberWords),
      yearWords: set(data.yearWords),
      dayWords: set(data.dayWords),
      monthWords: set(data.monthWords),
      notDatesBefore: set(data.notDatesBefore),
      percentWords: data.percentWords.map((phrase) => phrase.split(/\s+/u).map(key)),
      decimalWords: set(data.decimalWords),
      pairCounts: data.pairCounts.map((phrase) => phrase.split(/\s+/u).map(key)),
      shortYears: { notBefore: data.shortYears.notBefore.map((phrase) => phrase.split(/\s+/u).map(key)), notAfter: set(data.shortYears.notAfter) },
    };
  };
  return { exact: keys(false), bare: keys(true) };
}

/** A number read from words `start` to `end` (exclusive). */
interface Reading {
  value: string;
  end: number;
}

/**
 * The text with every number said as words written in digits: with its place words ("sáu trăm bảy mươi bảy" → 677,
 * "hai nghìn lẻ tám" → 2008) wherever it stands; said digit by digit ("ba tám bảy", "hai không hai hai") or as a
 * colloquial pair ("hai lăm") only after a document's kind, as a year after "năm", as a day or a month, or before the
 * decimal comma ("một phẩy bốn" → 1,4). "phần trăm" after a number becomes "%". A text without such numbers is
 * returned unchanged.
 */
export function withSpokenNumbers(text: string, lexicon: Lexicon): string {
  const accents = hasDiacritics(text);
  const spoken = accents ? lexicon.spokenNumbers.exact : lexicon.spokenNumbers.bare;
  const { nfc, words } = wordSpans(text);
  const keyed = words.map((word) => (accents ? word.text : word.folded));
  if (!keyed.some((key) => spoken.digits.has(key) || spoken.ten.has(key) || spoken.tens.has(key) || spoken.unitsAfterTens.has(key))) return text;
  const replaced: { start: number; end: number; digits: string }[] = [];
  // Each stretch between punctuation is read on its own: "… không nói ngày. Năm nay …" holds no day five.
  for (let first = 0; first < words.length; ) {
    let last = first + 1;
    while (last < words.length && !CLAUSE_GAP.test(nfc.slice(words[last - 1]!.to, words[last]!.from))) last++;
    const keys = keyed.slice(first, last);
    for (let i = 0; i < keys.length; ) {
      const reading = readAt(keys, i, spoken, lexicon);
      if (!reading) {
        i++;
        continue;
      }
      const percent = spoken.percentWords.find((phrase) => phrase.every((word, k) => keys[reading.end + k] === word));
      replaced.push({ start: first + reading.start, end: first + reading.end + (percent?.length ?? 0), digits: `${reading.value}${percent ? '%' : ''}` });
      i = reading.end + (percent?.length ?? 0);
    }
    first = last;
  }
  if (replaced.length === 0) return text;
  return spliced(nfc, replaced.map(({ start, end, digits }) => ({ from: words[start]!.from, to: words[end - 1]!.to, text: digits })));
}

/**
 * The text with every year said by its last two digits after a year word written whole ("năm 22" → "năm 2022", "tới
 * năm 30" → 2030, "sinh năm 60" → 1960; run after `withSpokenNumbers`, which reads "năm hai lăm" as "năm 25"), unless
 * a count follows or the word before the year word makes it none (`short-years`). A text without one is returned
 * unchanged.
 */
export function withShortYears(text: string, lexicon: Lexicon): string {
  if (!SHORT_YEAR.test(text)) return text;
  const accents = hasDiacritics(text);
  const spoken = accents ? lexicon.spokenNumbers.exact : lexicon.spokenNumbers.bare;
  const { nfc, words } = wordSpans(text);
  const keys = words.map((word) => (accents ? word.text.toLowerCase() : word.folded));
  let out = '';
  let from = 0;
  words.forEach((word, i) => {
    if (!/^\d\d$/u.test(word.text) || !spoken.yearWords.has(keys[i - 1] ?? '')) return;
    // "năm 22,5", "năm 22/10": a decimal or a date, not a year; "năm. 22": no year word before it.
    const gapAfter = nfc.slice(word.to, words[i + 1]?.from ?? nfc.length);
    if (CLAUSE_GAP.test(nfc.slice(words[i - 1]!.to, word.from)) || /^[.,:/-]\d/u.test(nfc.slice(word.to, word.to + 2)) || gapAfter.startsWith('%')) return;
    if (!isShortYear(keys, i - 1, i + 1, spoken, CLAUSE_GAP.test(gapAfter))) return;
    out += `${nfc.slice(from, word.from)}${fullYear(Number(word.text))}`;
    from = word.to;
  });
  return from === 0 ? text : out + nfc.slice(from);
}

/** The year two digits stand for: of the 2000s up to SHORT_YEAR_PIVOT, else of the 1900s. */
function fullYear(twoDigits: number): number {
  return (twoDigits <= SHORT_YEAR_PIVOT ? 2000 : 1900) + twoDigits;
}

/**
 * Whether the two digits after the year word at `yearWord`, ending before `after`, are a year: no count-of-years word
 * or number (but a month's) before the year word, and no count right after them unless the clause ends there.
 */
function isShortYear(keys: readonly string[], yearWord: number, after: number, spoken: SpokenNumberKeys, endsClause = false): boolean {
  const { notBefore, notAfter } = spoken.shortYears;
  const before = keys[yearWord - 1];
  // A number before the year word counts years ("trong 5 năm 20 xã"), unless it is a month's ("tháng 10 năm 96").
  const monthBefore = before !== undefined && /^\d/u.test(before) && spoken.monthWords.has(keys[yearWord - 2] ?? '');
  if (before !== undefined && (notAfter.has(before) || (/^\d/u.test(before) && !monthBefore))) return false;
  return endsClause || !notBefore.some((phrase) => phrase.every((word, k) => keys[after + k] === word));
}

/** Two digits standing alone after a word: a message that may hold a short year. */
const SHORT_YEAR = /\p{L}\s+\d\d(?!\d)/u;

/** The number starting at `i` (after the word that makes a number stand there, when one does), or undefined. */
function readAt(keys: readonly string[], i: number, spoken: SpokenNumberKeys, lexicon: Lexicon): (Reading & { start: number }) | undefined {
  const before = keys[i - 1];
  const documentBefore = documentKindEndsAt(keys, i, spoken, lexicon);
  const yearBefore = before !== undefined && spoken.yearWords.has(before);
  const dayBefore = before !== undefined && spoken.dayWords.has(before);
  const monthBefore = before !== undefined && spoken.monthWords.has(before);
  const placed = readPlaced(keys, i, spoken, yearBefore);
  const year = yearBefore ? yearAt(keys, i, spoken) : undefined;
  if (year) return { ...year, start: i };
  // "năm hai lăm", "năm không tám", "năm chín sáu": a year said by its last two digits, written "năm 25", "năm 08",
  // "năm 96" for `withShortYears` — two digits in a row ("sáu bảy") only up to the pivot, for they are also a rough
  // count ("có năm sáu bảy nhà"); not "mỗi năm ba bốn lần", "miền nam hai ba tỉnh".
  const shortYear = yearBefore ? (readPair(keys, i, spoken) ?? twoDigits(keys, i, spoken)) : undefined;
  const roughCount = shortYear !== undefined && Number(shortYear.value) % 10 === Math.floor(Number(shortYear.value) / 10) + 1;
  if (shortYear && (Number(shortYear.value) <= SHORT_YEAR_PIVOT || !roughCount) && isShortYear(keys, i - 1, shortYear.end, spoken)) return { value: shortYear.value.padStart(2, '0'), end: shortYear.end, start: i };
  // "quyết định năm hai không hai hai": the year of a document named by its kind alone.
  if (documentBefore && !(spoken.yearWords.has(keys[i]!) && yearAt(keys, i + 1, spoken))) {
    const number = placed ?? readDigits(keys, i, spoken) ?? readPair(keys, i, spoken);
    if (number) return { ...inHalves(keys, i, number, spoken), start: i };
  }
  // A number before "lần", "buổi" or a person counts or names ("mỗi tháng hai lần", "ngày ba em đi họp"): no date.
  const dated = (reading: Reading | undefined) => (reading && !spoken.notDatesBefore.has(keys[reading.end] ?? '') ? reading : undefined);
  if (dayBefore || monthBefore) {
    // A lone "năm" there is the word for year ("tháng năm nay" is rare; "ngày năm" rarer); "tháng tư" is April.
    const april = monthBefore && spoken.unitsAfterTens.get(keys[i]!) === 4 ? { value: '4', end: i + 1 } : undefined;
    const number = dated(spoken.yearWords.has(keys[i]!) && !spoken.ten.has(keys[i + 1] ?? '') ? undefined : (readPair(keys, i, spoken) ?? readPlaced(keys, i, spoken, false, true) ?? april));
    const max = monthBefore ? 12 : 31;
    if (number && Number(number.value) >= 1 && Number(number.value) <= max) return { ...number, start: i };
  }
  // "mười lăm tháng mười hai", "hai mốt tháng mười": a day before a month said as a number.
  const single = spoken.digits.get(keys[i]!);
  const day = placed ?? readPair(keys, i, spoken) ?? (single ? { value: String(single), end: i + 1 } : undefined);
  const month = day && spoken.monthWords.has(keys[day.end] ?? '') ? dated(readPlaced(keys, day.end + 1, spoken, false, true)) : undefined;
  if (day && month && Number(day.value) >= 1 && Number(day.value) <= 31) return { ...day, start: i };
  // "tới hai k ba mươi": thousands said "k" make a year wherever they stand.
  const kYear = spoken.thousandInYears.has(keys[i + 1] ?? '') ? yearAt(keys, i, spoken) : undefined;
  if (kYear && kYear.end - i >= K_YEAR_MIN_WORDS) return { ...kYear, start: i };
  // "một phẩy bốn triệu", "chín chín phẩy bốn phần trăm": a number, the decimal comma, then its decimals.
  const whole = placed ?? readPair(keys, i, spoken) ?? readDigits(keys, i, spoken) ?? (single !== undefined ? { value: String(single), end: i + 1 } : undefined);
  const decimals = whole && spoken.decimalWords.has(keys[whole.end] ?? '') ? readDecimals(keys, whole.end + 1, spoken) : undefined;
  if (whole && decimals) return { value: `${whole.value},${decimals.value}`, end: decimals.end, start: i };
  // Said with its place words, a number is one wherever it stands ("bảy mươi hai tuổi", "chín mươi phần trăm").
  if (placed && placed.end - i >= PLACED_MIN_WORDS) return { ...placed, start: i };
  // Tens and a unit's own name before what they count ("sáu lăm tuổi", "chín mốt quốc gia": `pair-counts`) — elsewhere
  // they are other words too ("sau mot thoi gian", "ba lam ho so", "hai tư vấn viên").
  const pair = spoken.yearWords.has(keys[i]!) ? undefined : readPair(keys, i, spoken);
  if (pair && spoken.pairCounts.some((count) => count.every((word, k) => keys[pair.end + k] === word))) return { ...pair, start: i };
  return undefined;
}

/**
 * Decimals said digit by digit after the decimal comma: "năm" is 5 only first ("hai phẩy năm năm học" is 2,5 years),
 * and a "không" ending them asks ("… chín chín phẩy năm không" is 99,5, asked).
 */
function readDecimals(keys: readonly string[], i: number, spoken: SpokenNumberKeys): Reading | undefined {
  let end = i;
  while (spoken.digits.has(keys[end] ?? '') && (end === i || !spoken.yearWords.has(keys[end]!))) end++;
  while (end > i + 1 && spoken.digits.get(keys[end - 1]!) === 0) end--;
  if (end === i || (end === i + 1 && spoken.digits.get(keys[i]!) === 0 && end === keys.length)) return undefined;
  return { value: keys.slice(i, end).map((key) => String(spoken.digits.get(key))).join(''), end };
}

/**
 * A document's number said in two halves of two digits, the first said with "mười" ("mười ba mười lăm" 1315, "mười ba
 * bảy ba" 1373): the second half, said as tens and unit or digit by digit, joined to the first. Other pairs are a
 * number and what follows it ("bốn bốn mười bốn" is 44/2014, "hai lăm mười hai" 25 and twelve).
 */
function inHalves(keys: readonly string[], start: number, first: Reading, spoken: SpokenNumberKeys): Reading {
  if (!spoken.ten.has(keys[start]!) || first.value.length !== 2 || spoken.yearWords.has(keys[first.end] ?? '')) return first;
  const second = readPlaced(keys, first.end, spoken, false) ?? readPair(keys, first.end, spoken) ?? readDigits(keys, first.end, spoken);
  return second && second.value.length === 2 ? { value: first.value + second.value, end: second.end } : first;
}

/** True when the words before `i` are a document's kind, maybe followed by "số" ("quyết định số", "qđ", "thông tư"). */
function documentKindEndsAt(keys: readonly string[], i: number, spoken: SpokenNumberKeys, lexicon: Lexicon): boolean {
  const end = i > 0 && spoken.numberWords.has(keys[i - 1]!) ? i - 1 : i;
  const words: Word[] = keys.slice(Math.max(0, end - 3), end).map((word) => ({ text: word, folded: fold(word) }));
  return words.some((_, start) => lexicon.documentKinds.matchAt(words, start, false) === words.length - start);
}

/**
 * A number said with its place words: thousands ("hai nghìn", in a year also "hai k"), hundreds ("sáu trăm"), a unit
 * after "lẻ"/"linh", tens ("bảy mươi", "mười") and their unit ("mốt", "tư", "lăm"). With `single`, "mười" alone and a
 * lone digit count ("tháng mười", "tháng ba").
 */
function readPlaced(keys: readonly string[], i: number, spoken: SpokenNumberKeys, inYear: boolean, single = false): Reading | undefined {
  const digit = (at: number) => spoken.digits.get(keys[at] ?? '');
  let j = i;
  let value = 0;
  let big = false;
  const thousand = (word: string | undefined) => word !== undefined && (spoken.thousand.has(word) || (inYear && spoken.thousandInYears.has(word)));
  if (digit(j) !== undefined && thousand(keys[j + 1])) {
    value += digit(j)! * 1000;
    j += 2;
    big = true;
  }
  if (digit(j) !== undefined && spoken.hundred.has(keys[j + 1] ?? '')) {
    value += digit(j)! * 100;
    j += 2;
    big = true;
  }
  const unitAfterTens = (at: number) => {
    const word = keys[at] ?? '';
    const unit = spoken.unitsAfterTens.get(word) ?? (spoken.yearWords.has(word) ? undefined : digit(at));
    return unit !== undefined && unit > 0 ? unit : undefined;
  };
  if (big && spoken.zeroBeforeUnit.has(keys[j] ?? '') && (digit(j + 1) ?? 0) > 0) return { value: String(value + digit(j + 1)!), end: j + 2 };
  if (spoken.ten.has(keys[j] ?? '')) {
    value += 10;
    j++;
    const unit = unitAfterTens(j);
    if (unit !== undefined) {
      value += unit;
      j++;
    }
    return big || single || j - i >= 2 ? { value: String(value), end: j } : undefined;
  }
  if ((digit(j) ?? 0) >= 2 && spoken.tens.has(keys[j + 1] ?? '')) {
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
    const pair = readPair(keys, j, spoken) ?? (inYear ? twoDigits(keys, j, spoken) : undefined);
    return pair ? { value: String(value + Number(pair.value)), end: pair.end } : { value: String(value), end: j };
  }
  if (single && (digit(j) ?? 0) > 0) return { value: String(digit(j)), end: j + 1 };
  return undefined;
}

/** Tens and unit said as a pair ("hai lăm" 25, "hai tư" 24, "ba mốt" 31). */
function readPair(keys: readonly string[], i: number, spoken: SpokenNumberKeys): Reading | undefined {
  const tens = spoken.digits.get(keys[i] ?? '');
  const unit = spoken.unitsAfterTens.get(keys[i + 1] ?? '');
  return tens !== undefined && tens >= 2 && unit !== undefined ? { value: String(tens * 10 + unit), end: i + 2 } : undefined;
}

/**
 * Digits said one by one, at least two ("ba tám bảy", "một ba bảy ba", "hai không hai hai"); a "năm" followed by a year
 * or by no digit is the word for year ("ba tám bảy năm hai không hai hai", "… năm nào"), and a "không" ending the run
 * asks ("… ba tám bảy không").
 */
function readDigits(keys: readonly string[], i: number, spoken: SpokenNumberKeys, yearsEndRun = true): Reading | undefined {
  let j = i;
  let digits = '';
  const digitAt = (at: number) => spoken.digits.get(keys[at]!) ?? (at > i ? spoken.runDigits.get(keys[at]!) : undefined);
  while (j < keys.length && digitAt(j) !== undefined) {
    // "năm" after digits is 5 only before another digit or at the end ("ba tám bảy năm nào", "… năm 2022" are years).
    const year = j > i && spoken.yearWords.has(keys[j]!);
    if (year && j + 1 < keys.length && (digitAt(j + 1) === undefined || (yearsEndRun && yearAt(keys, j + 1, spoken)))) break;
    digits += String(digitAt(j));
    j++;
  }
  while (digits.length > 0 && spoken.digits.get(keys[j - 1]!) === 0) {
    digits = digits.slice(0, -1);
    j--;
  }
  return digits.length >= 2 ? { value: digits, end: j } : undefined;
}

/** The year said at `at` ("hai không hai hai", "hai nghìn lẻ tám", "hai k mười bốn"), if one is. */
function yearAt(keys: readonly string[], at: number, spoken: SpokenNumberKeys): Reading | undefined {
  const year = centuryYear(keys, at, spoken) ?? readPlaced(keys, at, spoken, true) ?? readDigits(keys, at, spoken, false);
  const value = year ? Number(year.value) : NaN;
  return year && year.value.length === 4 && value >= SPOKEN_YEARS.min && value <= SPOKEN_YEARS.max ? year : undefined;
}

/** A year said as its century's pair, then the rest as a number ("hai không | mười ba", "hai không | hai lăm"). */
function centuryYear(keys: readonly string[], at: number, spoken: SpokenNumberKeys): Reading | undefined {
  const century = spoken.centuries.find(({ words }) => words.every((word, k) => keys[at + k] === word));
  if (!century) return undefined;
  const from = at + century.words.length;
  const rest = readPlaced(keys, from, spoken, false) ?? readPair(keys, from, spoken) ?? (spoken.ten.has(keys[from] ?? '') ? { value: '10', end: from + 1 } : undefined) ?? twoDigits(keys, from, spoken);
  return rest && Number(rest.value) < 100 ? { value: String(century.value * 100 + Number(rest.value)), end: rest.end } : undefined;
}

/** Two digits said one by one ("hai ba" 23, "hai lăm" 25). */
function twoDigits(keys: readonly string[], at: number, spoken: SpokenNumberKeys): Reading | undefined {
  const tens = spoken.digits.get(keys[at] ?? '');
  const unit = spoken.digits.get(keys[at + 1] ?? '') ?? spoken.runDigits.get(keys[at + 1] ?? '');
  return tens !== undefined && unit !== undefined && !spoken.yearWords.has(keys[at + 1] ?? '') ? { value: String(tens * 10 + unit), end: at + 2 } : undefined;
}
