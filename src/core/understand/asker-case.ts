// The asker's own case read for a yes/no verdict: what its figures count, the attributes it grades, its months.
import { isYear } from '../text/years.js';
import { gradesTold } from './grades.js';
import type { Lexicon } from './lexicon.js';
import { SHARE_SUBJECT_WITHIN } from './tuning.js';
import { wordsOf, type Word } from './words.js';

/**
 * What the figures in `told` count, when the question does not already name it, once each: a case unit right after a
 * figure ("80 điểm", "65 tuổi"), or a subject a few words after a share ("96% học sinh là công dân học tập": the rule
 * asked about is the share of Công dân học tập).
 */
export function unitsOfFigures(told: readonly Word[], question: readonly Word[], lexicon: Lexicon): Word[] {
  const named = new Set([...lexicon.caseUnits.find(question, false), ...lexicon.subjects.find(question, false)].map(({ phrase }) => phrase));
  const out: Word[] = [];
  const take = (start: number, length: number, phrase: string) => {
    named.add(phrase);
    out.push(...told.slice(start, start + length));
  };
  for (const { start, length, phrase } of lexicon.caseUnits.find(told, false)) {
    if (start > 0 && /\d/u.test(told[start - 1]!.folded) && !named.has(phrase)) take(start, length, phrase);
  }
  const shares = told.flatMap((word, i) => (/\d%$/u.test(word.folded) || (/^\d+$/u.test(word.folded) && told[i + 1]?.folded === 'phan' && told[i + 2]?.folded === 'tram') ? [i] : []));
  for (const { start, length, phrase } of lexicon.subjects.find(told, false)) {
    if (!named.has(phrase) && shares.some((at) => start > at && start - at <= SHARE_SUBJECT_WITHIN)) take(start, length, phrase);
  }
  return out;
}

/**
 * "đứa lớn học lực trung bình nhưng hạnh kiểm khá. Vậy nhà mình có đủ điều kiện làm gia đình học tập không": the
 * attributes a case grades ("học lực", "hạnh kiểm", by their first names), searched with the question when it names
 * none of them and names no title but one whose criteria grade them (`titles` of `grades`), so the rule grading them is
 * found.
 */
export function attributesGraded(told: readonly (readonly Word[])[], question: readonly Word[], lexicon: Lexicon): Word[] {
  // "mẹ mình đạo đức tốt … có đạt công dân học tập không": a title whose criteria grade nothing is judged otherwise.
  if (lexicon.subjects.find(question, false).length > 0 && lexicon.grades.titles.find(question, false).length === 0) return [];
  // "học" of "gia đình học tập" names no attribute: a next-only attribute ("học khá") is one only before its grade.
  const named = lexicon.grades.attributes.find(question, false).filter(({ phrase }) => !lexicon.grades.nextOnly.has(phrase));
  const asked = new Set(named.map(({ phrase }) => lexicon.grades.attributeOf.get(phrase)));
  const graded = new Set(told.flatMap((words) => gradesTold(words, lexicon).map(({ attribute }) => attribute)));
  return [...graded].filter((attribute) => !asked.has(attribute)).flatMap((attribute) => wordsOf(lexicon.grades.attributeNames[attribute]!));
}

/** `words` without "tháng 3 năm 2025", "tháng 5/2025" and "5/2025" (a month of a year). */
export function withoutMonthsOfYears(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = (k: number) => words[i + k]?.folded ?? '';
    const year = (k: number) => isYear(at(k));
    const month = (text: string) => /^(?:0?[1-9]|1[0-2])$/u.test(text);
    if (at(0) === 'thang' && month(at(1)) && at(2) === 'nam' && year(3)) i += 3;
    else if (at(0) === 'thang' && /^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(1))) i += 1;
    else if (!/^(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d$/u.test(at(0))) out.push(words[i]!);
  }
  return out;
}
