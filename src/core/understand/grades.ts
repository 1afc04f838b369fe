// Grades a resident tells of an attribute ("học lực trung bình, hạnh kiểm khá"), read with `grades` of answer-evidence.yaml.
import { hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from './lexicon.js';
import { GRADE_AFTER_ATTRIBUTE } from './tuning.js';
import type { Word } from './words.js';

/**
 * The grades a message tells of the asker's case ("học lực trung bình"): each attribute with the first grade at most
 * GRADE_AFTER_ATTRIBUTE words after it, before the next attribute (right after it for `next-only` attributes: "học
 * khá"). None when a grade is negated ("dưới trung bình", "chưa khá") or required "từ … trở lên" by the message itself:
 * then the rule is asked, not a case told.
 */
export function gradesTold(words: readonly Word[], lexicon: Lexicon): { attribute: number; rank: number }[] {
  const { ranks, rankOf, written, attributes, attributeOf, nextOnly, negations } = lexicon.grades;
  // A word typed with diacritics is a grade only as the grade is written ("yêu" is no "yếu"); a bare one may be.
  const grades = ranks.find(words, false).filter(({ start, length, phrase }) => {
    const typed = words.slice(start, start + length);
    return !typed.some((word) => hasDiacritics(word.text)) || typed.map((word) => word.text).join(' ') === written.get(phrase);
  });
  const negated = negations.find(words, false).map(({ start, length }) => start + length);
  if (grades.some(({ start, length }) => negated.some((end) => start - end >= 0 && start - end <= 1) || words[start - 1]?.folded === 'tu' || upward(words, start + length))) return [];
  const named = attributes.find(words, false);
  return named.flatMap((attribute, i) => {
    const from = attribute.start + attribute.length;
    const until = nextOnly.has(attribute.phrase) ? from + 1 : Math.min(from + GRADE_AFTER_ATTRIBUTE, named[i + 1]?.start ?? words.length);
    const grade = grades.find(({ start }) => start >= from && start < until);
    return grade ? [{ attribute: attributeOf.get(attribute.phrase)!, rank: rankOf.get(grade.phrase)! }] : [];
  });
}

/** "trở lên" at `at`: the grade before it is a threshold. */
function upward(words: readonly Word[], at: number): boolean {
  return words[at]?.folded === 'tro' && words[at + 1]?.folded === 'len';
}
