// Recognises follow-up questions ("còn dòng họ thì sao?") and their topic words, from prompts/language/question-cues.yaml.
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { subjectsOf } from './subjects.js';
import { FOLLOW_UP_MAX_WORDS } from './tuning.js';

/**
 * True when the question only makes sense together with the previous one: an opener, a closer, two words at most, a
 * place or time pointed back to ("ở đó", "hồi đó"), or a question asking more about the previous one's subject.
 */
export function isFollowUp(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (words.length <= 2) return true;
  if (lexicon.followUpOpeners.matchAt(words, 0, false) > 0) return true;
  if (lexicon.followUpClosers.find(words, false).some((match) => match.start + match.length === words.length)) return true;
  if (lexicon.followUpPointsBack.find(words, false).length > 0) return true;
  return asksMoreAboutPrevious(question, lexicon);
}

/**
 * "hạn nộp khi nào", "chủ đề là gì", "2023 tổ chức ngày nào", "văn bản nào quy định ngày đó": a question naming no
 * title, place, event or document (a year at most), short or pointing back ("đó", "này"), asks something more about
 * the previous one — unlike "còn dòng họ thì sao?", it brings no new topic to look for.
 */
export function asksMoreAboutPrevious(question: string, lexicon: Lexicon): boolean {
  const words = wordsOf(question);
  if (words.length <= 2 || lexicon.followUpOpeners.matchAt(words, 0, false) > 0) return false;
  if (!subjectsOf(question, lexicon).every((subject) => subject.kind === 'year')) return false;
  return words.length <= FOLLOW_UP_MAX_WORDS || lexicon.refersBack.find(words, false).length > 0;
}

/** The topic words of a follow-up (folded): "còn dòng họ thì sao?" → ["dong", "ho"]. */
export function followUpTopic(question: string, lexicon: Lexicon): string[] {
  const words = wordsOf(question);
  const shape = new Set(lexicon.followUpShapeWords.find(words, false).flatMap((m) => Array.from({ length: m.length }, (_, k) => m.start + k)));
  return words.filter((_, i) => !shape.has(i)).map((w) => w.folded);
}
