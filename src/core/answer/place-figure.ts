// A title's figure asked for one place ("Sơn La có bao nhiêu gia đình học tập") that no passage found gives there.
import { splitIntoSentences } from '../text/sentences.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { givesFigure } from './facets.js';
import { kindOf, subjectsNamed, subjectsOf, subjectsOfSentence, type Subject } from './subjects.js';
import { passagesFirst } from './passage-order.js';

/** A place's figure asked: the passages to answer from, or the place (as the data names it) no passage gives it for. */
export type PlaceFigure = { passages: Passage[]; missing?: undefined } | { missing: string; passages?: undefined };

/**
 * For a question asking a count or a share of a title for exactly one place the documents cover (not the whole
 * country): undefined when a passage naming that place has a sentence giving that title a figure; else the passages a
 * search for the place and the title alone finds giving it, first ("Hà Nội … bao nhiêu phần trăm gia đình học tập"
 * inside a long story); else the place, which the documents give no such figure for ("Hà Nội có bao nhiêu công dân
 * học tập": Hà Nội's passages list the title among its models, with no figure).
 */
export function placeFigure(question: string, passages: readonly Passage[], lexicon: Lexicon, search: (query: string) => Passage[]): PlaceFigure | undefined {
  const subjects = subjectsOf(question, lexicon);
  const groups = subjects.filter((subject): subject is Subject & { kind: 'group' } => subject.kind === 'group');
  const places = groups.filter((subject) => kindOf(subject, lexicon) === 'group:places');
  const titles = groups.filter((subject) => kindOf(subject, lexicon) === 'group:titles');
  if (places.length !== 1 || titles.length === 0 || places[0]!.key === lexicon.countryGroup) return undefined;
  const place = places[0]!;
  const wanted = new Set(titles.map((title) => title.key));
  // The sentence's figure is the place's when the sentence names it, or names no place in a passage that does
  // ("Trong đó có 5.738 Gia đình học tập …" under TP.HCM's heading).
  const gives = (passage: Passage) => {
    const passagePlace = subjectsNamed(passage, [place], lexicon) > 0;
    return passage.text.split(/\n+/u).flatMap(splitIntoSentences).some((sentence) => {
      const named = subjectsOfSentence(sentence, lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : []));
      const where = named.includes(place.key) || (passagePlace && !named.some((key) => lexicon.subjectKind.get(key) === 'places'));
      return where && named.some((key) => wanted.has(key)) && givesFigure(sentence);
    });
  };
  if (passages.some(gives)) return undefined;
  const giving = search([place.said, ...titles.map((title) => title.said)].join(' ')).filter(gives);
  if (giving.length === 0) return { missing: lexicon.subjectName.get(place.key) ?? place.said };
  return { passages: passagesFirst(giving, passages).slice(0, Math.max(passages.length, giving.length)) };
}
