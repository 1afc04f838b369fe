// Grades a resident tells of an attribute ("học lực trung bình, hạnh kiểm khá"), read with `grades` of answer-evidence.yaml.
import type { Lexicon } from './lexicon.js';
import { GRADE_AFTER_ATTRIBUTE } from './tuning.js';
import type { Word } from './words.js';

/** The grades a message tells ("học lực trung bình"): each attribute with the first grade at most GRADE_AFTER_ATTRIBUTE
 * words after it, before the next attribute. */
export function gradesTold(words: readonly Word[], lexicon: Lexicon): { attribute: number; rank: number }[] {
  const { ranks, rankOf, attributes, attributeOf } = lexicon.grades;
  const grades = ranks.find(words, false);
  const named = attributes.find(words, false);
  return named.flatMap((attribute, i) => {
    const from = attribute.start + attribute.length;
    const until = Math.min(from + GRADE_AFTER_ATTRIBUTE, named[i + 1]?.start ?? words.length);
    const grade = grades.find(({ start }) => start >= from && start < until);
    return grade ? [{ attribute: attributeOf.get(attribute.phrase)!, rank: rankOf.get(grade.phrase)! }] : [];
  });
}

