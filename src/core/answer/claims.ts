// Checkable claims in text — numbers, dates, percentages, amounts, document numbers, URLs — as normalised keys.
import { fold } from '../text/vietnamese.js';

/** One claim found in an answer: what was written and the keys any of which a source must contain. */
export interface Claim {
  written: string;
  keys: string[];
}

const TLDS = 'vn|com|net|org|info|io|xyz|top|me|co|gov|edu|biz|site|online|link|ly|click|shop|app|dev|tk|ru|cn';
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/giu;
const EMAIL = /[\p{L}\d._%+-]+@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/giu;
const DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:[a-z0-9][a-z0-9-]*\\.)+(?:${TLDS})(?![\\p{L}\\p{N}])(?:\\/[^\\s<>"'()\\[\\]{}]*)?`, 'giu');
/** "387/QĐ-TTg", "999/2099/NĐ-CP", "01/2024/TT-BGDĐT", "42-NQ/TW". */
const DOCUMENT_NUMBER = /\d+(?:\/\d{2,4})?\/[\p{L}&]+(?:\s?[-–]\s?[\p{L}&]+)*|\d+-[\p{L}]+\/[\p{L}]+/gu;
/** "01/10", "1/10/2025", "01-10-2025", "2025-10-01", "ngày 1 tháng 10 năm 2025". */
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gu;
const DATE = /(?<![\d/])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/])/gu;
const WORD_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
/** A number as written: "50.000.000", "50,000,000", "2,5", "1500", optionally followed by a unit. */
const NUMBER = /\d+(?:[.,]\d+)*/gu;
const UNIT = /^\s*(%|phần trăm|triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}\p{N}])/iu;
const MULTIPLIER: Record<string, number> = { 'trieu': 1e6, 'ti': 1e9, 'nghin': 1e3, 'ngan': 1e3 };

/** Claims of `text` in reading order (each structured claim is taken out before plain numbers are read). */
export function claimsOf(text: string): Claim[] {
  const claims: Claim[] = [];
  let rest = text;
  const take = (pattern: RegExp, toClaim: (match: RegExpExecArray) => Claim | undefined) => {
    rest = rest.replace(pattern, (...args) => {
      const match = Object.assign([...args.slice(0, -2)], { index: args.at(-2), input: rest }) as unknown as RegExpExecArray;
      const claim = toClaim(match);
      if (claim) claims.push(claim);
      return ' ';
    });
  };
  take(URL, (m) => ({ written: m[0], keys: [`u:${urlKey(m[0])}`] }));
  take(EMAIL, (m) => ({ written: m[0], keys: [`u:${urlKey(m[1]!)}`] }));
  take(DOMAIN, (m) => ({ written: m[0], keys: [`u:${urlKey(m[0])}`] }));
  take(DOCUMENT_NUMBER, (m) => (/\p{L}/u.test(m[0]) ? { written: m[0], keys: [`d:${documentKey(m[0])}`] } : undefined));
  take(ISO_DATE, (m) => ({ written: m[0], keys: [dateKey(m[3]!, m[2]!, m[1])] }));
  take(WORD_DATE, (m) => ({ written: m[0], keys: [dateKey(m[1]!, m[2]!, m[3])] }));
  take(DATE, (m) => ({ written: m[0], keys: [dateKey(m[1]!, m[2]!, m[3])] }));
  for (const match of rest.matchAll(NUMBER)) {
    const unit = UNIT.exec(rest.slice(match.index + match[0].length))?.[1];
    claims.push({ written: `${match[0]}${unit ? `${unit === '%' ? '' : ' '}${unit}` : ''}`, keys: numberKeys(match[0], unit) });
  }
  return claims;
}

/** Every key a source text supports: its claims read as an answer's would be, plus every component number. */
export function supportedKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const claim of claimsOf(text)) for (const key of claim.keys) keys.add(key);
  for (const match of text.matchAll(URL)) addHosts(keys, match[0]);
  for (const match of text.matchAll(DOMAIN)) addHosts(keys, match[0]);
  for (const pattern of [DATE, WORD_DATE]) {
    for (const m of text.matchAll(pattern)) {
      keys.add(dateKey(m[1]!, m[2]!, undefined));
      if (m[3]) keys.add(dateKey(m[1]!, m[2]!, m[3]));
    }
  }
  for (const match of text.matchAll(NUMBER)) {
    const unit = UNIT.exec(text.slice(match.index + match[0].length))?.[1];
    for (const key of numberKeys(match[0], unit)) keys.add(key);
    for (const key of numberKeys(match[0], undefined)) keys.add(key);
    for (const digits of match[0].split(/[.,]/u)) keys.add(`n:${canonical(digits)}`);
  }
  return keys;
}

/** Host and path without scheme, "www.", trailing punctuation or slash; lowercase. */
function urlKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/[.,;:!?…]+$/u, '')
    .replace(/\/+$/u, '');
}

/** A source URL supports its own host too, so "congdanhoctap.vn" is fine when a passage links a page there. */
function addHosts(keys: Set<string>, url: string): void {
  const key = urlKey(url);
  keys.add(`u:${key}`);
  keys.add(`u:${key.split('/')[0]}`);
}

function documentKey(number: string): string {
  return fold(number.toLowerCase()).replace(/[\s–]/gu, (c) => (c === '–' ? '-' : ''));
}

function dateKey(day: string, month: string, year: string | undefined): string {
  return `t:${Number(day)}/${Number(month)}${year ? `/${Number(year)}` : ''}`;
}

/** Digits without leading zeros ("0" stays). */
function canonical(digits: string): string {
  return digits.replace(/^0+(?=\d)/u, '');
}

/**
 * The values a written number may mean: "50.000.000" and "50,000,000" are fifty million, "2,5" is two and a half,
 * "1.500" is either 1500 (Vietnamese) or 1.5 (English). A unit word multiplies; "%" makes a percentage key.
 */
function numberKeys(written: string, unit: string | undefined): string[] {
  const values = numberValues(written);
  const foldedUnit = unit ? fold(unit.toLowerCase()) : undefined;
  if (foldedUnit === '%' || foldedUnit === 'phan tram') return values.map((v) => `p:${v}`);
  const multiplier = foldedUnit ? MULTIPLIER[foldedUnit] : undefined;
  if (multiplier) return values.map((v) => `n:${scaled(v, multiplier)}`);
  return values.map((v) => `n:${v}`);
}

function numberValues(written: string): string[] {
  const groups = written.split(/[.,]/u);
  if (groups.length === 1) return [canonical(written)];
  const separators = new Set(written.replace(/\d/gu, ''));
  const thousands = groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  const integer = canonical(groups.join(''));
  if (groups.length === 2) {
    const decimal = `${canonical(groups[0]!)}.${groups[1]!.replace(/0+$/u, '') || '0'}`.replace(/\.0$/u, '');
    return thousands ? [integer, decimal] : [decimal];
  }
  // Three or more groups: thousands grouping with one separator, or "1.234,5" / "1,234.5" with a decimal tail.
  if (thousands && separators.size === 1) return [integer];
  const head = groups.slice(0, -1).join('');
  return [`${canonical(head)}.${groups.at(-1)}`, integer];
}

function scaled(value: string, multiplier: number): string {
  const result = Math.round(Number(value) * multiplier);
  return Number.isFinite(result) ? String(result) : value;
}
