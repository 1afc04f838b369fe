// Splits passages into sentences and scores them against a question, for extractive answers.
import { TEXT_CACHE_SIZES, memoizeText } from '../text/memo.js';
import { splitIntoSentences } from '../text/sentences.js';
import { bigrams, foldText } from '../text/vietnamese.js';

/** A sentence of a passage with its position. */
export interface Sentence {
  text: string;
  passageRank: number;
  position: number;
  /** The sentence is (part of) a list item of its passage. */
  listItem: boolean;
}

/** Sentences and list items of a passage (list items keep their leading text). */
export function splitSentences(text: string, passageRank: number): Sentence[] {
  return splitPassage(text).map(({ text, listItem }, position) => ({ text, passageRank, position, listItem }));
}

/** A list item line of a passage and its mark ("- Hà Nội có …", "• …", "2) …"). */
export const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/u;

/** The sentences of a passage's text, split once per passage (a passage is read by many answers). */
const splitPassage = memoizeText((text: string): readonly { text: string; listItem: boolean }[] => {
  const out: { text: string; listItem: boolean }[] = [];
  for (const line of text.split(/\n+/u)) {
    const listItem = LIST_ITEM.test(line);
    const clean = line.replace(LIST_ITEM, '').trim();
    if (clean === '') continue;
    for (const sentence of splitIntoSentences(clean)) out.push({ text: sentence, listItem });
  }
  return out;
}, TEXT_CACHE_SIZES.passages);

/** A sentence folded once: its words and clause-bounded word pairs (each list in order and distinct). */
interface SentenceTerms {
  /** Folded words in order, with repeats (their count is the sentence's length). */
  words: readonly string[];
  uniqueWords: readonly string[];
  uniquePairs: readonly string[];
  /** Distinct words and pairs together. */
  terms: readonly string[];
}

/** Folds and tokenises a sentence once (sentences come from passages, which every answer re-reads). */
const sentenceTerms = memoizeText((sentence: string): SentenceTerms => {
  const folded = foldText(sentence);
  const tokens = words(folded);
  const uniqueWords = [...new Set(tokens)];
  const uniquePairs = [...new Set(pairs(folded))];
  return { words: tokens, uniqueWords, uniquePairs, terms: [...new Set([...uniqueWords, ...uniquePairs])] };
}, TEXT_CACHE_SIZES.sentences);

/** The folded words of a sentence (letters and digits), in order, cached. */
export function sentenceWords(sentence: string): readonly string[] {
  return sentenceTerms(sentence).words;
}

/** Question terms used to score sentences: folded unigrams and adjacent pairs (what is asked is in the facets). */
export interface QuestionTerms {
  unigrams: Set<string>;
  bigrams: Set<string>;
}

/** Extracts the terms of a question (folded). */
export function questionTerms(question: string): QuestionTerms {
  const folded = foldText(question);
  return {
    unigrams: new Set(words(folded)),
    bigrams: new Set(pairs(folded)),
  };
}

/**
 * Weights of the question's terms among candidate sentences: a term every sentence shares (the topic) counts
 * little, a term few sentences hold (what is asked about) counts a lot.
 */
export function termWeights(sentences: readonly string[], terms: QuestionTerms): Map<string, number> {
  const df = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of sentenceTerms(sentence).terms) {
      if (terms.unigrams.has(term) || terms.bigrams.has(term)) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  const n = sentences.length;
  return new Map([...df].map(([term, count]) => [term, Math.log(1 + (n - count + 0.5) / (count + 0.5))]));
}

/** The question terms a sentence holds (words and pairs) and its length in words. */
export interface SentenceMatch {
  matched: string[];
  length: number;
}

/** Finds which question terms `sentence` holds. */
export function matchSentence(sentence: string, terms: QuestionTerms): SentenceMatch {
  const { words: tokens, uniqueWords, uniquePairs } = sentenceTerms(sentence);
  const matched = uniqueWords.filter((t) => terms.unigrams.has(t));
  for (const pair of uniquePairs) if (terms.bigrams.has(pair)) matched.push(pair);
  return { matched, length: tokens.length };
}

/**
 * Value of a sentence given the terms earlier chosen sentences already cover: each question term counts once at full
 * weight (pairs double), a repeat counts a quarter, long sentences are damped. What the question asks (a date, a
 * reason) is weighed by the composer from the sentence's facets.
 */
export function sentenceGain(match: SentenceMatch, weights: ReadonlyMap<string, number>, covered: ReadonlySet<string> = new Set()): number {
  let gain = 0;
  for (const term of match.matched) gain += (term.includes('_') ? 2 : 1) * (weights.get(term) ?? 1) * (covered.has(term) ? 0.25 : 1);
  return gain / Math.sqrt(Math.max(match.length, 8) / 8);
}

function words(folded: string): string[] {
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).map(withoutLeadingZeros);
}

/** "02" of "14/02/2024" is the "2" of "tháng 2": numbers match however written (as the search index reads them). */
function withoutLeadingZeros(word: string): string {
  return word.length > 1 && word.charCodeAt(0) === 48 ? word.replace(/^0+(?=\d)/u, '') : word;
}

/** Adjacent word pairs that no punctuation separates ("chủ đề; Tuần lễ" gives no "đề tuần"). */
function pairs(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}\s]+/u).flatMap((segment) => bigrams(words(segment)));
}
