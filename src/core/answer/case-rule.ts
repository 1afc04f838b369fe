// The rule a yes/no case told with a figure is judged by: passages giving a figure in the case's unit, searched for when none was found.
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { passagesFirst } from './passage-order.js';
import { kindOf, subjectsOf, TITLES, type Subject } from './subjects.js';

/** The case units (`case-units`: "tuổi", "điểm") written right after a figure in `text` ("65 tuổi", "80 điểm"), folded. */
export function unitsAfterFigures(text: string, lexicon: Lexicon): Set<string> {
  const words = wordsOf(text);
  return new Set(lexicon.caseUnits.find(words, false).filter(({ start }) => start > 0 && /\d/u.test(words[start - 1]!.folded)).map(({ phrase }) => phrase));
}

/**
 * `found`, after the passages of the titles the case names (`caseTold`: the case told and the question) that name the
 * unit of the asker's own figure ("mẹ con … được 78 điểm, vậy là có đạt không" → "Điểm tối thiểu để đạt Công dân học
 * tập là 80 điểm …"), for each unit none of the first `within` found names: the words of the rule ("điểm", "đạt") are
 * in too many passages to be looked up beside the rarer words of the story; a search for the title and the unit finds it.
 */
export function withCaseRules(caseTold: string, found: readonly Passage[], within: number, lexicon: Lexicon, search: (query: string) => Passage[]): Passage[] {
  const units = unitsAfterFigures(caseTold, lexicon);
  const titles = subjectsOf(caseTold, lexicon).filter((subject) => kindOf(subject, lexicon) === TITLES);
  if (units.size === 0 || titles.length === 0) return [...found];
  // A passage naming the unit at all speaks to the case, even to say the rule is unconfirmed ("Số điểm tối thiểu để đạt
  // Gia đình học tập chưa được xác nhận").
  const unitsNamed = (passage: Passage) => lexicon.caseUnits.find(wordsOf(passage.text), false).map(({ phrase }) => phrase);
  const named = new Set(found.slice(0, within).flatMap(unitsNamed));
  const missing = [...units].filter((unit) => !named.has(unit));
  if (missing.length === 0) return [...found];
  const name = (title: Subject) => (title.kind === 'group' ? lexicon.subjectName.get(title.key) : undefined) ?? title.said;
  const rules = search(`${titles.map(name).join(' ')} ${missing.join(' ')}`).filter((passage) => unitsNamed(passage).some((unit) => missing.includes(unit)));
  return passagesFirst(rules, found);
}
