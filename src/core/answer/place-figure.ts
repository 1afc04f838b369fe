// A title's figure asked for one place ("Sơn La có bao nhiêu gia đình học tập") that no passage found gives there.
import { splitIntoSentences } from '../text/sentences.js';
import { foldText } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { givesFigure, givesShare } from './facets.js';
import { isCoveredPlace, kindOf, subjectsNamed, subjectsOf, subjectsOfSentence, TITLES, type Subject } from './subjects.js';
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
export function placeFigure(question: string, passages: readonly Passage[], lexicon: Lexicon, search: (query: string) => Passage[], elsewhere: readonly string[] = []): PlaceFigure | undefined {
  const subjects = subjectsOf(question, lexicon);
  const groups = subjects.filter((subject): subject is Subject & { kind: 'group' } => subject.kind === 'group');
  const covered = groups.filter((subject) => isCoveredPlace(subject, lexicon));
  const titles = groups.filter((subject) => kindOf(subject, lexicon) === TITLES);
  const place = covered.length === 1 && elsewhere.length === 0 ? placeCovered(covered[0]!, lexicon) : covered.length === 0 && elsewhere.length === 1 ? placeNamed(elsewhere[0]!) : undefined;
  if (!place || titles.length === 0) return undefined;
  const wanted = new Set(titles.map((title) => title.key));
  // A share asked ("bao nhiêu phần trăm", "tỷ lệ") is given only by a share ("67%"), not by a count or a score.
  const share = lexicon.shareAsked.find(wordsOf(question), false).length > 0;
  // The sentence's figure is the place's when the sentence names it, or names no place in a passage that does
  // ("Trong đó có 5.738 Gia đình học tập …" under TP.HCM's heading).
  const gives = (passage: Passage) => {
    const passagePlace = place.inPassage(passage);
    return passage.text.split(/\n+/u).flatMap(splitIntoSentences).some((sentence) => {
      const named = subjectsOfSentence(sentence, lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : []));
      const where = place.inSentence(sentence, named) || (passagePlace && !named.some((key) => lexicon.subjectKind.get(key) === 'places'));
      return where && named.some((key) => wanted.has(key)) && givesFigure(sentence) && (!share || givesShare(sentence));
    });
  };
  if (passages.some(gives)) return undefined;
  const giving = search([place.said, ...titles.map((title) => title.said)].join(' ')).filter(gives);
  if (giving.length === 0) return { missing: place.name };
  return { passages: passagesFirst(giving, passages).slice(0, Math.max(passages.length, giving.length)) };
}

/** A place asked of, and how a passage or a sentence names it. */
interface PlaceAskedOf {
  said: string;
  /** As the data or the resident names it, for the reply. */
  name: string;
  inPassage(passage: Passage): boolean;
  inSentence(sentence: string, groups: readonly string[]): boolean;
}

/** A place the documents cover (subjects.yaml `places`), named by any of its aliases. */
function placeCovered(place: Subject & { kind: 'group' }, lexicon: Lexicon): PlaceAskedOf {
  return {
    said: place.said,
    name: lexicon.subjectName.get(place.key) ?? place.said,
    inPassage: (passage) => subjectsNamed(passage, [place], lexicon) > 0,
    inSentence: (_sentence, groups) => groups.includes(place.key),
  };
}

/** A province, country or unlisted place asked about ("tỉnh Thái Bình"), named by its words. */
function placeNamed(said: string): PlaceAskedOf {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${foldText(said).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const names = (text: string) => pattern.test(foldText(text));
  return { said, name: said, inPassage: (passage) => names(`${passage.heading} ${passage.text}`), inSentence: (sentence) => names(sentence) };
}
