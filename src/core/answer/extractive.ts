// Extractive answers: the most relevant sentences of the top passages, composed with numbered citations.
import type { Citation, Passage } from '../types.js';
import { toCitation } from './citations.js';
import { matchSentence, questionTerms, sentenceGain, splitSentences, termWeights, type Sentence } from './sentences.js';
import { foldText } from '../text/vietnamese.js';

/** The composed answer body (without the sources list) and its citations. */
export interface ComposedAnswer {
  text: string;
  citations: Citation[];
}

/** Limits of an extractive answer. */
export interface ExtractiveOptions {
  maxChars?: number;
  maxSentences?: number;
  maxPassages?: number;
}

/** Share of the first sentence's gain that a sentence from another document must reach to be added. */
const OTHER_DOCUMENT_SHARE = 0.7;
/** A term weighing at least this share of the question's heaviest term counts as telling. */
const KEY_TERM_SHARE = 0.8;

/** Composes a short answer from `passages` (best first), citing each sentence's document as [n]. */
export function composeExtractive(question: string, passages: readonly Passage[], options: ExtractiveOptions = {}): ComposedAnswer {
  const maxChars = options.maxChars ?? 600;
  const maxSentences = options.maxSentences ?? 4;
  const top = passages.slice(0, options.maxPassages ?? 3).filter((p, i) => i === 0 || p.score >= passages[0]!.score * 0.6);
  const terms = questionTerms(question);

  const sentences = top.flatMap((passage, rank) => splitSentences(passage.text, rank));
  const weights = termWeights(sentences.map((s) => s.text), terms);
  const pool = sentences.map((sentence) => ({ sentence, match: matchSentence(sentence.text, terms), decay: 1 - sentence.passageRank * 0.15 }));
  const keyWeight = Math.max(0, ...weights.values());
  /** True when a sentence brings one of the question's most telling terms that no chosen sentence has yet. */
  const addsKeyTerm = (matched: readonly string[], covered: ReadonlySet<string>) =>
    matched.some((term) => !covered.has(term) && (weights.get(term) ?? 0) >= keyWeight * KEY_TERM_SHARE);
  const gainOf = (entry: (typeof pool)[number], covered: ReadonlySet<string>) => sentenceGain(entry.match, terms, weights, covered) * entry.decay;

  // Greedy: each step takes the sentence that adds most, so a second sentence brings what the first one lacks.
  const chosen: { sentence: Sentence; score: number }[] = [];
  const covered = new Set<string>();
  const seen = new Set<string>();
  let length = 0;
  let firstGain = 0;
  const documentOf = (sentence: Sentence) => top[sentence.passageRank]!.documentId;
  while (chosen.length < maxSentences) {
    let best: { entry: (typeof pool)[number]; gain: number } | undefined;
    for (const entry of pool) {
      if (seen.has(foldText(entry.sentence.text))) continue;
      if (chosen.length > 0 && length + entry.sentence.text.length > maxChars) continue;
      // A sentence from another document than the best passage must add a lot, so answers stay on the subject.
      const offSubject = chosen.length > 0 && documentOf(entry.sentence) !== top[0]!.documentId && !addsKeyTerm(entry.match.matched, covered);
      const floor = offSubject ? firstGain * OTHER_DOCUMENT_SHARE : 0;
      const gain = gainOf(entry, covered);
      if (gain > floor && (!best || gain > best.gain)) best = { entry, gain };
    }
    if (!best || (chosen.length > 0 && best.gain < firstGain * 0.35)) break;
    if (chosen.length === 0) firstGain = best.gain;
    seen.add(foldText(best.entry.sentence.text));
    best.entry.match.matched.forEach((term) => covered.add(term));
    chosen.push({ sentence: best.entry.sentence, score: best.gain });
    length += best.entry.sentence.text.length + 1;
  }
  if (chosen.length === 0 && top[0]) {
    const first = splitSentences(top[0].text, 0)[0];
    if (first) chosen.push({ sentence: first, score: 0 });
  }
  chosen.sort((a, b) => a.sentence.passageRank - b.sentence.passageRank || a.sentence.position - b.sentence.position);

  const numberOf = new Map<number, number>();
  const citations: Citation[] = [];
  const parts: string[] = [];
  for (const { sentence } of chosen) {
    const passage = top[sentence.passageRank]!;
    let n = numberOf.get(passage.documentId);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(passage.documentId, n);
      citations.push(toCitation(n, passage, sentence.text));
    }
    parts.push(`${truncate(sentence.text, maxChars)} [${n}]`);
  }
  return { text: parts.join(' '), citations };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
