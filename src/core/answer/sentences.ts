// Splits passages into sentences and scores them against a question, for extractive answers.
import { splitIntoSentences } from '../text/sentences.js';
import { bigrams, foldText } from '../text/vietnamese.js';

/** A sentence of a passage with its position. */
export interface Sentence {
  text: string;
  passageRank: number;
  position: number;
}

const NUMERIC_QUESTION = /\b(bao nhieu|may|ty le|phan tram|bao gio|khi nao|nam nao|ngay nao|luc nao|thang nao|tu ngay|den ngay|muc tieu|toi thieu|toi da|so luong)\b/u;

/** Sentences and list items of a passage (list items keep their leading text). */
export function splitSentences(text: string, passageRank: number): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.split(/\n+/u)) {
    const clean = line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/u, '').trim();
    if (clean === '') continue;
    for (const sentence of splitIntoSentences(clean)) out.push({ text: sentence, passageRank, position: out.length });
  }
  return out;
}

/** Question terms used to score sentences: folded unigrams and adjacent pairs. */
export interface QuestionTerms {
  unigrams: Set<string>;
  bigrams: Set<string>;
  wantsNumber: boolean;
}

/** Extracts the terms of a question (folded). */
export function questionTerms(question: string): QuestionTerms {
  const folded = foldText(question);
  const tokens = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { unigrams: new Set(tokens), bigrams: new Set(bigrams(tokens)), wantsNumber: NUMERIC_QUESTION.test(folded) };
}

/** Relevance of a sentence to the question: shared bigrams count double, digits help numeric questions. */
export function scoreSentence(sentence: string, terms: QuestionTerms): number {
  const tokens = foldText(sentence).match(/[\p{L}\p{N}]+/gu) ?? [];
  const uni = new Set(tokens);
  let score = 0;
  for (const term of terms.unigrams) if (uni.has(term)) score += 1;
  for (const pair of bigrams(tokens)) if (terms.bigrams.has(pair)) score += 2;
  if (terms.wantsNumber && /\d/u.test(sentence)) score += 2;
  return score / Math.sqrt(Math.max(tokens.length, 8) / 8);
}
