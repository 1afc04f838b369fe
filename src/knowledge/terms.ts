// Search terms shared by indexing and querying: tokens with numbers normalised, accented and folded, and word pairs.
import { bigrams, fold, tokenize } from '../core/text/vietnamese.js';

/** "1.000" and "1.000.000" (Vietnamese thousands separators) become one number; "1,4" stays two tokens. */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/gu;
/** Clause and sentence punctuation followed by a space (or a line break): word pairs never cross it. */
const CLAUSE_BREAK = /[.,;:!?…()[\]{}"“”«»]+(?=\s|$)|(?<=\s)[-–—]+(?=\s)|\n+/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

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
  return tokenize(text.replace(GROUPED_NUMBER, (match) => match.replace(/\./gu, ''))).map((token) =>
    /^0+\d/u.test(token) ? token.replace(/^0+/u, '') : token,
  );
}

/** Accented and folded tokens and their clause-bounded pairs. */
export function searchTerms(text: string): SearchTerms {
  const clauses = text.split(CLAUSE_BREAK).map(searchTokens);
  const accented = clauses.flat();
  const foldedClauses = clauses.map((tokens) => tokens.map(fold));
  return {
    accented,
    folded: foldedClauses.flat(),
    pairs: foldedClauses.flatMap(bigrams),
    accentedPairs: clauses.flatMap(bigrams),
  };
}

/** The accented token with its tone mark moved to the end, so old and new tone placement agree ("hoà" = "hòa", "thuỷ" = "thủy"). */
export function toneKey(token: string): string {
  const decomposed = token.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
  return `${decomposed.replace(TONE_MARKS, '')}${tones}`;
}
