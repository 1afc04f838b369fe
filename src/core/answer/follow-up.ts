// Recognises follow-up questions ("còn dòng họ thì sao?") and their topic words; the engine joins them to earlier turns.
import { foldText } from '../text/vietnamese.js';

const FOLLOW_UP = /^(con|vay|the|the con|con ve|vay con|thi|ma)\b|\b(thi sao|the nao a|sao a|thi the nao|cai do|van ban do|no)\s*\??$/u;

/** True when the question only makes sense together with the previous one. */
export function isFollowUp(question: string): boolean {
  const folded = foldText(question);
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return FOLLOW_UP.test(folded) || words.length <= 2;
}

/** Words that only carry the follow-up's shape ("còn … thì sao?"), not its topic. */
const FOLLOW_UP_WORDS = new Set(['con', 'vay', 'the', 'thi', 'sao', 'nao', 'a', 'ma', 'nhi', 'nhe', 've', 'cai', 'do', 'no', 'khong', 'co']);

/** The topic words of a follow-up (folded): "còn dòng họ thì sao?" → ["dong", "ho"]. */
export function followUpTopic(question: string): string[] {
  return (foldText(question).match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FOLLOW_UP_WORDS.has(word));
}
