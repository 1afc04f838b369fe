// Vietnamese text rules: NFC normalization, zero-width removal, Unicode tokens and diacritic folding (đ→d, final y→i).
import { foldConfusables } from './confusables.js';
import { TEXT_CACHE_SIZES, memoizeText } from './memo.js';

const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/**
 * A syllable of consonants and a final "y" ("ký", "tỷ", "lý", "mỹ", "sỹ"), which Vietnamese also writes with "i"
 * ("kí", "tỉ", "lí", "mĩ", "sĩ"): folded to the "i" form so both spellings match. "h" is left out ("hy vọng" stays
 * apart from the greeting "hi"), and "uy", "ay", "ây" are untouched (a vowel precedes their "y").
 */
const FINAL_Y = /(?<![\p{L}\p{N}])([bcdgklmnprstvx]{1,2})([yY])(?![\p{L}\p{N}])/giu;

/** NFC, invisible characters removed, whitespace collapsed. Case is kept. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Removes diacritics, including đ→d which has no Unicode decomposition; compatibility forms (fullwidth "ｉ") and
 * Cyrillic/Greek look-alikes (confusables.ts) become plain Latin, so disguised words match; a final "y" after consonants
 * is written "i" (finalYAsI). Input should be lowercase.
 */
export function fold(text: string): string {
  return finalYAsI(withoutMarks(text));
}

/** "ky" → "ki", "tỷ" → "tỉ"'s base: the "i" spelling of a consonant-and-"y" syllable, marks elsewhere untouched. */
export function finalYAsI(text: string): string {
  return text.replace(FINAL_Y, (_, head: string, y: string) => head + (y === 'y' ? 'i' : 'I'));
}

/** Diacritics removed (đ→d, look-alikes to Latin), spelling kept: what `fold` does before its spelling rule. */
function withoutMarks(text: string): string {
  const bare = text.normalize('NFKD').replace(MARKS, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
  return foldConfusables(bare).normalize('NFC');
}

/** Lowercase Unicode tokens of normalized text: letters and digits only, so nothing can act as syntax. */
export function tokenize(text: string): string[] {
  return normalize(text).toLowerCase().match(TOKEN) ?? [];
}

/** Tokens folded for diacritic-insensitive matching. */
export function foldedTokens(text: string): string[] {
  return tokenize(text).map(fold);
}

/**
 * Lowercased, folded, single-spaced text: the form used for comparisons and key-fact checks. Memoised: one answer
 * folds its question and the same passages in a dozen places.
 */
export const foldText: (text: string) => string = memoizeText(foldTextOnce, TEXT_CACHE_SIZES.texts);

/** foldText without the memo: for texts read once, such as every turn a moderator's search scans (`loa_fold`). */
export function foldTextOnce(text: string): string {
  return fold(normalize(text).toLowerCase());
}

/** True when any letter carries a Vietnamese diacritic (or is đ). Memoised like foldText. */
export const hasDiacritics: (text: string) => boolean = memoizeText((text) => {
  const lower = normalize(text).toLowerCase();
  return withoutMarks(lower) !== lower;
}, TEXT_CACHE_SIZES.texts);

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as Unicode combining characters, in a decomposed (NFD) text. */
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_MARK = new RegExp(TONE_MARKS.source, 'u');

/** `text` (NFC) without its tone marks, its vowel marks and "đ" kept ("nhậ" → "nhâ"). */
export function withoutToneMarks(text: string): string {
  return text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** True when a syllable of `text` carries a tone mark ("hồng", "nhìu"); "hông", "kô", "đc" carry none. */
export function hasToneMark(text: string): boolean {
  return TONE_MARK.test(text.normalize('NFD'));
}

/** Adjacent pairs joined with "_": Vietnamese words are mostly two syllables. */
export function bigrams(tokens: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) pairs.push(`${tokens[i]}_${tokens[i + 1]}`);
  return pairs;
}
