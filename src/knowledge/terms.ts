// Search terms shared by indexing and querying: tokens with numbers normalised, accented and folded, and word pairs.
import { finalYAsI, fold, TONE_MARKS } from '../core/text/vietnamese.js';

/** "1.000" and "1.000.000" (Vietnamese thousands separators) become one number; "1,4" stays two tokens. */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/gu;
/** "70%", "70 %": a share is searched as "70 phần trăm", as residents ask it ("bao nhiêu phần trăm"). */
const PERCENT = /(\d)\s*%/gu;
/** Clause and sentence punctuation followed by a space (or a line break): word pairs never cross it. */
const CLAUSE_BREAK = /[.,;:!?…()[\]{}"“”«»]+(?=\s|$)|(?<=\s)[-–—]+(?=\s)|\n+/gu;
/** A private-use character marking a clause break inside the normalised text. */
const BREAK = '\uE000';
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Zero-width characters and soft hyphens, as normalize() in core/text/vietnamese.ts removes them. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/gu;

/** Terms of a text: accented and folded tokens, and the folded and accented word pairs within clauses. */
export interface SearchTerms {
  accented: string[];
  folded: string[];
  /** Folded adjacent pairs joined with "_", never across clause punctuation. */
  pairs: string[];
  /** Accented pairs, likewise. */
  accentedPairs: string[];
}

/** Lowercase accented tokens; thousands separators removed and leading zeros dropped ("03" → "3"), so numbers match however written. */
export function searchTokens(text: string): string[] {
  return searchTerms(text).accented;
}

/** Accented and folded tokens of a text, and the token positions a clause break falls before (no pair spans one). */
export interface TokenRun {
  accented: string[];
  folded: string[];
  /** Ascending token indexes: a break falls between token i − 1 and token i. */
  breaks: number[];
}

/** Accented and folded tokens and their clause-bounded pairs, from one normalisation and one fold of the whole text. */
export function searchTerms(text: string): SearchTerms {
  const { accented, folded, breaks } = tokenRun(text);
  return { accented, folded, pairs: pairsOf(folded, breaks), accentedPairs: pairsOf(accented, breaks) };
}

/** The tokens of `searchTerms` without the pairs, for callers that look pairs up instead of listing them. */
export function tokenRun(text: string): TokenRun {
  const marked = text.replace(GROUPED_NUMBER, (match) => match.replace(/\./gu, '')).replace(PERCENT, '$1 phần trăm').replace(CLAUSE_BREAK, ` ${BREAK} `);
  const pieces = wordsAndBreaks(marked.normalize('NFC').replace(INVISIBLE, '').toLowerCase());
  const accented: string[] = [];
  const breaks: number[] = [];
  for (const piece of pieces) {
    if (piece === BREAK) breaks.push(accented.length);
    else accented.push(piece.length > 1 && piece.charCodeAt(0) === 48 && /^0+\d/u.test(piece) ? piece.replace(/^0+/u, '') : piece);
  }
  return { accented, folded: accented.map(foldToken), breaks };
}

const wordChars = new Map<number, boolean>();

/** The tokens (runs of letters and digits, as /[\p{L}\p{N}]+/u finds them) and break marks of `text`, by one scan. */
function wordsAndBreaks(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let word: boolean;
    if (code < 128) word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    else {
      word = wordChars.get(code) ?? WORD_CHAR.test(String.fromCodePoint(code));
      if (!wordChars.has(code)) wordChars.set(code, word);
    }
    if (word) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
      if (code === 0xe000) out.push(BREAK);
    }
    i += width - 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

const foldedTokens = new Map<string, string>();

/** fold() of one lowercase token, memoised: a corpus repeats the same few thousand words. */
function foldToken(token: string): string {
  let folded = foldedTokens.get(token);
  if (folded === undefined) {
    folded = fold(token);
    if (foldedTokens.size >= 200_000) foldedTokens.clear();
    foldedTokens.set(token, folded);
  }
  return folded;
}

/** Adjacent tokens joined with "_", skipping positions where a clause break falls. */
export function pairsOf(tokens: readonly string[], breaks: readonly number[]): string[] {
  const pairs: string[] = [];
  let next = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (next < breaks.length && breaks[next]! < i) next++;
    if (breaks[next] === i) continue;
    pairs.push(`${tokens[i - 1]}_${tokens[i]}`);
  }
  return pairs;
}

const toneKeyCache = new Map<string, string>();

/** toneKeys() of one token or pair, memoised like foldToken: the rerank asks it for the same few words again and again. */
export function toneKey(token: string): string {
  let key = toneKeyCache.get(token);
  if (key === undefined) {
    key = toneKeys([token])[0]!;
    if (toneKeyCache.size >= 200_000) toneKeyCache.clear();
    toneKeyCache.set(token, key);
  }
  return key;
}

/**
 * Tokens with their tone marks moved to the end, so old and new tone placement agree ("hoà" = "hòa", "thuỷ" = "thủy"),
 * and a final "y" after consonants read as "i" ("ký" = "kí").
 */
export function toneKeys(tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  return tokens
    .join(' ')
    .normalize('NFD')
    .split(' ')
    .map((token) => {
      const tones = token.match(TONE_MARKS);
      const base = finalYAsI(token.replace(TONE_MARKS, ''));
      return tones ? `${base}${tones.join('')}` : base;
    });
}
