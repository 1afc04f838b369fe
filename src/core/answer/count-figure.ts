// A count of things asked ("cả nước có bao nhiêu doanh nghiệp đã được công nhận …") that no passage found gives.
import { isYear } from '../text/years.js';
import { splitIntoSentences } from '../text/sentences.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { placesNamed } from '../understand/local-units.js';
import { wordsOf, type Word } from '../understand/words.js';
import { passagesFirst } from './passage-order.js';
import { isCoveredPlace, isTopic, kindOf, subjectsNamed, subjectsOf, subjectsOfSentence, TITLES, type Subject } from './subjects.js';
import { COMPOSE_PASSAGES, COUNT_NOUN_AFTER } from './tuning.js';

/** What a count asks of: the thing counted (and whether of the whole country), and where. */
export interface CountAsked {
  counted: { said: string; runs: readonly (readonly string[])[]; national: boolean };
  /** The words of the clauses asking the count, whose covered places (Hà Nội, TP.HCM …) the count must be of. */
  question: string;
  /** Provinces, countries or unlisted places asked about (`placesAsked`), as the data names them. */
  places: readonly string[];
}

/**
 * The passages to answer a count from, with the places asked whose count none gives (`placesMissing`, as said); or
 * `missing` when neither they nor a search for the thing counted give it.
 */
export type CountFigure = { passages: Passage[]; placesMissing: string[]; missing?: undefined } | { missing: true; passages?: undefined };

/**
 * For a count asked: undefined when a sentence of the first COMPOSE_PASSAGES `passages` gives it — a number (digits,
 * not a share, a year, an article or a measure; or a number word) with the thing counted at most COUNT_NOUN_AFTER words
 * after it ("hơn 1.000 Dòng họ học tập", "1,6 triệu hộ gia đình"), "số <thing> … <number>", or, when the question names
 * a title, a sentence naming it with such digits ("số người đạt Công dân học tập là hơn 10.300") — in a sentence naming
 * no target or rule, of the place asked (a sentence naming it, or naming no place in a passage that does), or naming no
 * place when the whole country's is asked; else the passages a search for the place and the thing finds giving it,
 * first; else `missing`. Of several covered places ("Hà Nội với TP.HCM mỗi nơi có bao nhiêu …") each is looked for
 * apart: `missing` only when none of them is given, else the places not given in `placesMissing`.
 */
export function countFigure(asked: CountAsked, passages: readonly Passage[], lexicon: Lexicon, search: (query: string) => Passage[]): CountFigure | undefined {
  const subjects = subjectsOf(asked.question, lexicon);
  const coveredPlaces = subjects.filter((subject) => isCoveredPlace(subject, lexicon));
  const titles = new Set(subjects.flatMap((subject) => (subject.kind === 'group' && kindOf(subject, lexicon) === TITLES ? [subject.key] : [])));
  const otherPlaces = asked.places.map((place) => wordsOf(place).map((word) => word.folded));
  const gives = (places: readonly Subject[]) => (passage: Passage) => {
    const passageOfPlace = places.length === 0 || subjectsNamed(passage, places, lexicon) === places.length;
    return passage.text.split(/\n+/u).flatMap(splitIntoSentences).some((sentence) => {
      const words = wordsOf(sentence);
      if (lexicon.plannedSaid.find(words, false).length > 0 || lexicon.ruleWords.find(words, false).length > 0) return false;
      const groups = subjectsOfSentence(sentence, lexicon).flatMap((subject) => (subject.kind === 'group' ? [subject.key] : []));
      const countsTitle = groups.some((key) => titles.has(key)) && words.some((_, at) => DIGITS.test(words[at]!.text) && isCount(words, at, lexicon));
      if (!countsTitle && !asked.counted.runs.some((run) => countsThing(words, run, lexicon))) return false;
      const named = groups.filter((key) => lexicon.subjectKind.get(key) === 'places');
      if (places.length > 0) return places.every((place) => place.kind === 'group' && named.includes(place.key)) || (passageOfPlace && named.length === 0);
      if (otherPlaces.length > 0) return otherPlaces.every((place) => containsRun(words, place));
      return !asked.counted.national || placesNamed(words, lexicon).length === 0;
    });
  };
  const top = passages.slice(0, COMPOSE_PASSAGES);
  if (top.some(gives(coveredPlaces))) return undefined;
  // "Hà Nội với TP.HCM mỗi nơi có bao nhiêu gia đình học tập": each place's count is asked, given apart or together.
  const sides = coveredPlaces.length > 1 ? coveredPlaces.map((place) => [place]) : [coveredPlaces];
  const unmet = sides.filter((side) => !top.some(gives(side)));
  if (unmet.length === 0) return undefined;
  // Searched for the place and the thing; failing that, with the topics the clauses asking it name ("gnlc có bao nhiêu
  // nước": "nước" alone finds no network).
  const topics = subjects.filter((subject) => isTopic(subject, lexicon)).map((subject) => subject.said);
  const searchGiving = (side: readonly Subject[]) => {
    const giving = search([...side.map((place) => place.said), ...asked.places, asked.counted.said].join(' ')).filter(gives(side));
    return giving.length > 0 || topics.length === 0 ? giving : search([...topics, ...side.map((place) => place.said), ...asked.places, asked.counted.said].join(' ')).filter(gives(side));
  };
  const found = unmet.map((side) => ({ side, giving: searchGiving(side) }));
  const giving = found.reduce<Passage[]>((all, { giving: some }) => passagesFirst(all, some), []);
  const nameOf = (place: Subject) => (place.kind === 'group' ? (lexicon.subjectName.get(place.key) ?? place.said) : place.said);
  const placesMissing = found.filter(({ side, giving: some }) => some.length === 0 && side.length === 1).map(({ side }) => nameOf(side[0]!));
  if (placesMissing.length === sides.length || (sides.length === 1 && giving.length === 0)) return { missing: true };
  return { passages: passagesFirst(giving, passages).slice(0, Math.max(passages.length, giving.length)), placesMissing };
}

/** A number followed within COUNT_NOUN_AFTER words by the thing counted, or "số <thing>" before a number. */
function countsThing(words: readonly Word[], counted: readonly string[], lexicon: Lexicon): boolean {
  return words.some((word, at) => {
    if (isCount(words, at, lexicon)) {
      for (let after = at + 1; after <= at + COUNT_NOUN_AFTER; after++) if (startsRun(words, after, counted)) return true;
    }
    return word.folded === 'so' && word.text === 'số' && startsRun(words, at + 1, counted) && words.slice(at + 1 + counted.length).some((later) => DIGITS.test(later.text));
  });
}

/**
 * Digits that are no year or share, numbered no part ("Điều 6", "Bước 1", "số 2": a `not-counted` word or "số" before
 * them) and count no measure ("80 điểm"), or a number word ("hai", "hàng nghìn").
 */
function isCount(words: readonly Word[], at: number, lexicon: Lexicon): boolean {
  const word = words[at]!;
  if (!DIGITS.test(word.text)) return lexicon.numeralWords.matchAt(words, at, true) > 0;
  const { notCounted } = lexicon.countAsked;
  const numbered = words[at - 1]?.text === 'số' || notCounted.find(words.slice(Math.max(0, at - 2), at), true).some(({ start, length }) => start + length === Math.min(2, at));
  return !isYear(word.text) && !numbered && notCounted.matchAt(words, at + 1, true) === 0;
}

function startsRun(words: readonly Word[], at: number, run: readonly string[]): boolean {
  return at + run.length <= words.length && run.every((folded, k) => sameWord(words[at + k]!.folded, folded));
}

function containsRun(words: readonly Word[], run: readonly string[]): boolean {
  return words.some((_, at) => startsRun(words, at, run));
}

/** The same word, or one letter off in a word of four letters or more ("ngiep" for "nghiep"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const DIGITS = /^\d+(?:[.,]\d+)*$/u;
