// Recognises follow-up questions ("còn dòng họ thì sao?") and their topic words, from prompts/language/question-cues.yaml.
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';

/** True when the question only makes sense together with the previous one: an opener, a closer, or two words at most. */
export function isFollowUp(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (words.length <= 2) return true;
  if (lexicon.followUpOpeners.matchAt(words, 0, false) > 0) return true;
  return lexicon.followUpClosers.find(words, false).some((match) => match.start + match.length === words.length);
}

/** The topic words of a follow-up (folded): "còn dòng họ thì sao?" → ["dong", "ho"]. */
export function followUpTopic(question: string, lexicon: Lexicon): string[] {
  const words = wordsOf(question);
  const shape = new Set(lexicon.followUpShapeWords.find(words, false).flatMap((m) => Array.from({ length: m.length }, (_, k) => m.start + k)));
  return words.filter((_, i) => !shape.has(i)).map((w) => w.folded);
}
