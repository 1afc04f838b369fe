// Places a question asks about (provinces, other countries, unlisted names), not where the asker says they are.
import type { Lexicon } from './lexicon.js';
import { placesNamed } from './local-units.js';
import { UNLISTED_NAME_WORDS } from './tuning.js';
import type { Word } from './words.js';

/**
 * The provinces and countries the asking clauses name (`elsewhere` in subjects.yaml), names written with capitals
 * after "tỉnh" or "thành phố" that no list holds (`province-units`), and parts of covered places (`place-parts`), except
 * where the asker says where they are: after one of the asker's words (or of their family's: `family`) and a word of
 * place in the clause ("mình là cán bộ xã ở Đồng Tháp", "quê mình ở Nghệ An", "hỏi giùm bố ở quê Thanh Hóa"), or as a
 * clause of its own continuing an address ("ông cháu ở Nghi Lộc, Nghệ An"), and the province a covered place lies in
 * written right after it ("Vinh (Nghệ An)"; `before` is the clause before each one, where the place may close).
 */
export function placesAskedAbout(clauses: readonly { words: Word[]; before?: readonly Word[] }[], lexicon: Lexicon, accents: boolean): PlaceAsked[] {
  // The places the message names by a name of their own, not by one of their parts.
  const wholes = new Set(
    clauses.flatMap((clause) => lexicon.subjects.find(clause.words, false).flatMap(({ phrase }) => (lexicon.placePartOf.has(phrase) ? [] : [lexicon.subjectGroup.get(phrase)]))),
  );
  // Where each covered place the words name ends, with the province it lies in.
  const coveredPlaceEnds = (words: readonly Word[]) =>
    lexicon.subjects.find(words, false).flatMap(({ start, length, phrase }) => {
      const provinces = lexicon.liesIn.get(lexicon.subjectGroup.get(phrase)!);
      return provinces === undefined ? [] : [{ end: start + length, provinces }];
    });
  return clauses.flatMap((clause) => {
    // Matched with the exact accents when the message has them: "đánh giá lại" is no "Gia Lai".
    // Without diacritics, "danh gia lai" is "đánh giá lại" (`lookalikes`), not "Gia Lai".
    const lookalikes = accents ? [] : lexicon.placeLookalikes.find(clause.words, false);
    const places = lexicon.elsewhere.find(clause.words, accents).filter(({ start }) => !lookalikes.some((phrase) => phrase.start <= start && start < phrase.start + phrase.length));
    if (places.length === 1 && places[0]!.length === clause.words.length) return [];
    // The asker, or one of the asker's family right before where they live.
    const firstAsker = Math.min(lexicon.askerWords.find(clause.words, accents)[0]?.start ?? clause.words.length, familyWhere(clause.words, lexicon, accents));
    const locatives = lexicon.whereFrom.find(clause.words, false).map(({ start }) => start);
    const whereAskerIs = (start: number) => firstAsker < start && locatives.some((at) => at > firstAsker && at < start);
    // "Vinh (Nghệ An)", "Sa Đéc, tỉnh Đồng Tháp": the province a covered place lies in (`lies-in`), right after it (a
    // word of `province-units` between them at most), in its clause or with the place closing the clause before.
    const before = clause.before;
    const covered = [...coveredPlaceEnds(clause.words), ...(before ? coveredPlaceEnds(before).filter(({ end }) => end === before.length).map(({ provinces }) => ({ end: 0, provinces })) : [])];
    const addressOfCovered = (start: number, phrase: string) =>
      covered.some(({ end, provinces }) => provinces.has(phrase) && (end === start || (end < start && lexicon.provinceUnits.matchAt(clause.words, end, accents) === start - end)));
    return [
      ...places.filter(({ start, phrase }) => !whereAskerIs(start) && !addressOfCovered(start, phrase)).map(({ phrase }) => ({ said: lexicon.elsewhereName.get(phrase) ?? phrase, kind: lexicon.abroad.has(phrase) ? ('abroad' as const) : ('province' as const) })),
      ...unlistedPlaces(clause.words, lexicon, accents)
        .filter(({ start }) => !whereAskerIs(start))
        .map(({ said }) => ({ said, kind: 'unlisted' as const })),
      ...lexicon.placeParts
        .find(clause.words, accents)
        .filter(({ start, phrase }) => !whereAskerIs(start) && !wholes.has(lexicon.placePartOf.get(phrase)))
        .map(({ phrase }) => ({ said: lexicon.placePartName.get(phrase) ?? phrase, kind: 'part' as const })),
    ];
  });
}

/**
 * Where the first of the asker's family (`family`: the asker's word right after it, "mẹ em", or a word asking for
 * someone right before it, `family-for`: "hỏi giùm bố") stands that is followed right away, the asker's own words
 * aside, by a word of place ("bố ở quê Thanh Hóa", "mẹ em ở Nghệ An"); the clause's length when none is. Not people in
 * general ("các bà mẹ ở Thanh Hóa"). Typed bare, only a family word of two syllables or more counts ("ma o" may be "mà
 * ở", "ba" is also three: "ba năm … tại Thanh Hóa").
 */
function familyWhere(words: readonly Word[], lexicon: Lexicon, accents: boolean): number {
  const found = lexicon.family.find(words, accents).find(({ start, length }) => {
    if (!accents && length < 2) return false;
    let at = start + length;
    while (at < words.length && lexicon.askerWords.matchAt(words, at, accents) > 0) at += lexicon.askerWords.matchAt(words, at, accents);
    const askers = at > start + length || lexicon.familyFor.find(words.slice(0, start), accents).some((match) => match.start + match.length === start);
    return askers && lexicon.whereFrom.matchAt(words, at, false) > 0;
  });
  return found?.start ?? words.length;
}

/**
 * "tỉnh Đông Sơn Hải", "thành phố Hoa Mai": a province or city unit, then a name written with capitals (up to
 * UNLISTED_NAME_WORDS words, ending before a word typed in lower case) that neither the covered places nor the
 * provinces of `elsewhere` hold. Only a message typed with lower case tells a name so.
 */
function unlistedPlaces(words: readonly Word[], lexicon: Lexicon, accents: boolean): { start: number; said: string }[] {
  if (words.every((word) => word.capital || !/\p{L}/u.test(word.text))) return [];
  return lexicon.provinceUnits.find(words, accents).flatMap(({ start, length }) => {
    const from = start + length;
    let end = from;
    while (end < from + UNLISTED_NAME_WORDS && words[end]?.capital) end++;
    if (end === from || words[end]?.capital) return [];
    const name = words.slice(from, end);
    const known = (said: readonly Word[]) => placesNamed(said, lexicon).length > 0 || lexicon.elsewhere.find(said, accents).length > 0;
    if (known(name) || known(words.slice(start, end))) return [];
    return [{ start, said: name.map((word) => word.text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())).join(' ') }];
  });
}

/**
 * A place asked about: a listed province of Việt Nam, another country, a province or city no list holds, or a part of a
 * covered place (a city's former district, asked for a figure of its own).
 */
export interface PlaceAsked {
  said: string;
  kind: 'province' | 'abroad' | 'unlisted' | 'part';
}

/** The words of the places the nearest clause `before` naming one names, when none of the `kept` clauses names one. */
export function placeNamedBefore(kept: readonly { words: Word[] }[], before: readonly { words: Word[] }[], lexicon: Lexicon): Word[] {
  if (kept.some((clause) => placesNamed(clause.words, lexicon).length > 0)) return [];
  // Every place of the nearest clause naming one: "sa đéc và tphcm, nơi nào vào mạng lưới unesco trước" asks of both.
  for (const clause of [...before].reverse()) {
    const found = placesNamed(clause.words, lexicon);
    if (found.length > 0) return found.flatMap((match) => clause.words.slice(match.start, match.start + match.length));
  }
  return [];
}
