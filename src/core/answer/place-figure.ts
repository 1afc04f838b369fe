// A title's figure asked for one place ("Sơn La có bao nhiêu gia đình học tập") that no passage found gives there.
import { splitIntoSentences } from '../text/sentences.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { kindOf, subjectsOf, type Subject } from './subjects.js';

/**
 * Numbers that are no figure: a date ("29/12/2015", "12/2025"), a document's number ("25/2023/TT-BGDĐT",
 * "1315/QĐ-TTg"), a year, an article or a level ("Điều 6", "mức độ 2").
 */
const NOT_FIGURES = /\d+\/[\dA-Za-zĐđ/-]+|\b(?:19|20)\d\d\b|\b(?:điều|mức|mức độ|tiêu chí|nhóm|khoản)\s+\d+/giu;

/**
 * The place asked about when the question asks a count or a share of a title for exactly one place the documents
 * cover (not the whole country) and none of `passages` naming that place has a sentence giving that title a figure.
 * "TP.HCM có bao nhiêu cộng đồng học tập" is given ("… 1.175 Cộng đồng học tập …"); "Hà Nội có bao nhiêu công dân
 * học tập" is not (Hà Nội's passages list the title among its models, with no figure).
 */
export function placeFigureMissing(question: string, passages: readonly Passage[], lexicon: Lexicon): string | undefined {
  const subjects = subjectsOf(question, lexicon);
  const groups = subjects.filter((subject): subject is Subject & { kind: 'group' } => subject.kind === 'group');
  const places = groups.filter((subject) => kindOf(subject, lexicon) === 'group:places');
  const titles = groups.filter((subject) => kindOf(subject, lexicon) === 'group:titles');
  if (places.length !== 1 || titles.length === 0 || places[0]!.key === lexicon.countryGroup) return undefined;
  const place = places[0]!;
  const wanted = new Set(titles.map((title) => title.key));
  const groupsIn = (text: string) => new Set(lexicon.subjects.find(wordsOf(text), false).map((match) => lexicon.subjectGroup.get(match.phrase)));
  const given = passages.some(
    (passage) =>
      groupsIn(`${passage.heading}. ${passage.text}`).has(place.key) &&
      splitIntoSentences(passage.text).some((sentence) => [...groupsIn(sentence)].some((key) => key !== undefined && wanted.has(key)) && givesFigure(sentence)),
  );
  return given ? undefined : (lexicon.subjectName.get(place.key) ?? place.said);
}

/** The sentence gives a figure: a number left once dates, document numbers, years, articles and levels are set aside. */
function givesFigure(sentence: string): boolean {
  return /\d/u.test(sentence.replace(NOT_FIGURES, ' '));
}
