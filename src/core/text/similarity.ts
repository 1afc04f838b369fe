// Diacritic-insensitive similarity of short Vietnamese questions: folded syllables plus adjacent-syllable pairs.
import { bigrams, foldedTokens } from './vietnamese.js';

/** A question reduced to what similarity compares; build once per text with `questionShape`. */
export interface QuestionShape {
  /** Folded syllables and "a_b" syllable pairs. */
  terms: ReadonlySet<string>;
  /** Tokens containing digits (years, document numbers): these must agree exactly. */
  numbers: string;
  /** Folded tokens joined by single spaces: the exact-match key. */
  key: string;
}

/** Folds and tokenizes `text` once so it can be compared many times. */
export function questionShape(text: string): QuestionShape {
  const tokens = foldedTokens(text);
  return {
    terms: new Set([...tokens, ...bigrams(tokens)]),
    numbers: [...new Set(tokens.filter((t) => /\d/u.test(t)))].sort().join(' '),
    key: tokens.join(' '),
  };
}

/**
 * Dice coefficient over syllables and syllable pairs (0..1), and 0 when the numbers differ.
 * Pairs keep "gia đình học tập" apart from "dòng họ học tập"; numbers keep "năm 2024" apart from "năm 2025".
 */
export function questionSimilarity(a: QuestionShape, b: QuestionShape): number {
  if (a.key === b.key) return 1;
  if (a.numbers !== b.numbers || a.terms.size === 0 || b.terms.size === 0) return 0;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  return (2 * shared) / (a.terms.size + b.terms.size);
}
