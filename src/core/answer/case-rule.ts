// The rule a yes/no case told with a figure is judged by: passages naming the case's unit, searched for when none was found.
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { passagesFirst } from './passage-order.js';
import { kindOf, subjectsOf, TITLES, type Subject } from './subjects.js';

/**
 * The case units (`case-units`: "tuổi", "điểm") written right after a figure in `text` ("65 tuổi", "80 điểm"), folded —
 * not a date's month ("ngày 20 tháng 11": the figure after a day word, spoken-numbers.yaml `day-words`).
 */
export function unitsAfterFigures(text: string, lexicon: Lexicon): Set<string> {
  const words = wordsOf(text);
  const dated = (start: number) => start > 1 && lexicon.spokenNumbers.bare.dayWords.has(words[start - 2]!.folded);
  return new Set(lexicon.caseUnits.find(words, false).filter(({ start }) => start > 0 && /\d/u.test(words[start - 1]!.folded) && !dated(start)).map(({ phrase }) => phrase));
}

/** A yes/no question as the engine reads it: what is searched, the question as asked, and the case told before it. */
export interface CaseQuestion {
  /** What was searched (the question, with the words it borrows from the turns before). */
  searched: string;
  /** The question as asked, asker words kept. */
  asked: string;
  /** The case told before the question ("mẹ mình năm nay 62 tuổi"), if any. */
  ownCase?: string;
  /** True when yes or no is all the question asks. */
  onlyYesNo: boolean;
}

/**
 * `found`, after the passages of the titles the question or its case names that name the unit of a figure ("mẹ con …
 * công dân học tập …, được 78 điểm. … có đạt không" → "Điểm tối thiểu để đạt Công dân học tập là 80 điểm …"), for each
 * unit none of the first `within` found names: the words of the rule ("điểm", "đạt") are in too many passages to be
 * looked up beside the rarer words of the story; a search for the title and the unit finds it. The figures of the case
 * told before count when the question asks only yes or no or names a unit itself ("mẹ mình 62 tuổi … có bị trừ điểm
 * không"), not when it asks more ("mẹ em 55 tuổi … quy trình có giống nhau không, cần nộp gì").
 */
export function withCaseRules(question: CaseQuestion, found: readonly Passage[], within: number, lexicon: Lexicon, search: (query: string) => Passage[]): Passage[] {
  const named = `${question.ownCase ?? ''} ${question.searched}`;
  const caseCounts = question.onlyYesNo || lexicon.caseUnits.find(wordsOf(question.asked), false).length > 0;
  const figures = caseCounts ? named : question.searched;
  const units = unitsAfterFigures(figures, lexicon);
  const titles = subjectsOf(named, lexicon).filter((subject) => kindOf(subject, lexicon) === TITLES);
  if (units.size === 0 || titles.length === 0) return [...found];
  // A passage naming the unit speaks to the case, even to say the rule is unconfirmed ("Số điểm tối thiểu để đạt Gia
  // đình học tập chưa được xác nhận") — not a unit before a number, a date's month ("số liệu tháng 12/2025").
  const unitsNamed = (passage: Passage) => {
    const words = wordsOf(passage.text);
    return lexicon.caseUnits.find(words, false).filter(({ start, length }) => !/^\d/u.test(words[start + length]?.folded ?? '')).map(({ phrase }) => phrase);
  };
  const spoken = new Set(found.slice(0, within).flatMap(unitsNamed));
  const missing = [...units].filter((unit) => !spoken.has(unit));
  if (missing.length === 0) return [...found];
  const name = (title: Subject) => (title.kind === 'group' ? lexicon.subjectName.get(title.key) : undefined) ?? title.said;
  const rules = search(`${titles.map(name).join(' ')} ${missing.join(' ')}`).filter((passage) => unitsNamed(passage).some((unit) => missing.includes(unit)));
  return passagesFirst(rules, found);
}
