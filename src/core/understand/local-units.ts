// Local units (commune, ward, village, school, office, company) asked about: their own figures or title status, which the documents never hold.
import { isYear } from '../text/years.js';
import type { Lexicon } from './lexicon.js';
import { askerWordAt } from './filler.js';
import { ADDRESS_NAME_WORDS, ADDRESS_WORDS, OWNER_WORDS } from './tuning.js';
import { wordsOf, type PhraseSet, type Word } from './words.js';

/**
 * The commune, ward or village whose own figure the question asks: a local unit followed by the asker's word ("thôn
 * mình"), a number ("phường 5") or a name written with capitals ("xã Tân Lập"), in a clause that asks, counts a title
 * or money, asks no rule and gives no figure of its own; no clause names a place the documents cover other than the
 * unit's address ("xóm mình … cả Hà Nội có bao nhiêu" asks Hà Nội's; "phường 5 quận 8 tphcm" is the ward's).
 * `asksFigure` tells a clause asking with a question word or requesting a count ("cho mình xin số gia đình học tập …";
 * "xã em nhiều người lớn tuổi chưa biết chữ" tells).
 */
export function localFigureAsked(
  clauses: readonly { words: Word[] }[],
  lexicon: Lexicon,
  accents: boolean,
  asksFigure: (words: readonly Word[]) => boolean,
): { said: string; own: boolean } | undefined {
  if (namesCoveredPlace(clauses, lexicon, accents)) return undefined;
  for (const { words } of clauses) {
    // A clause asking a rule is not ("xã mình phải có bao nhiêu phần trăm … thì được công nhận"); one saying what the
    // asker needs the figure for is ("mình cần số liệu để làm báo cáo"), and a rule word inside that purpose asks no rule
    // (`asker-purpose`: "… để mình đưa vào báo cáo").
    const purposes = lexicon.askerPurpose.find(words, accents);
    const asksRule = lexicon.ruleWords.find(words, accents).some(({ start }) => !purposes.some((purpose) => purpose.start <= start && start < purpose.start + purpose.length));
    const asksTime = lexicon.ruleTimes.find(words, accents).length > 0;
    if (lexicon.localCounts.find(words, accents).length === 0 || !asksFigure(words) || asksRule || asksTime || askerGivesFigure(words, lexicon, accents)) continue;
    const unit = unitNamed(words, lexicon, accents) ?? unitPointedAt(words, clauses, lexicon, accents);
    if (unit) return unit;
  }
  return undefined;
}

/**
 * "con tôi học ở một trường THCS thuộc phường Tân Định. Trường này đã được công nhận … chưa": a local unit followed by
 * a pointer (`unit-pointers`) is the unit an earlier clause named.
 */
function unitPointedAt(words: readonly Word[], clauses: readonly { words: Word[] }[], lexicon: Lexicon, accents: boolean): { said: string; own: boolean } | undefined {
  const points = lexicon.localUnits.find(words, accents).some(({ start, length }) => lexicon.unitPointers.matchAt(words, start + length, accents) > 0);
  if (!points) return undefined;
  for (const clause of clauses) {
    // A unit told with the asker's own figures ("Cơ quan tôi có 92% … Vậy cơ quan này có được công nhận không?") is a
    // case a rule judges, not a status asked.
    if (clause.words === words || askerGivesFigure(clause.words, lexicon, accents)) return undefined;
    const unit = unitNamed(clause.words, lexicon, accents);
    if (unit) return unit;
  }
  return undefined;
}

/**
 * Whether the asker's own (or a numbered or named) unit holds a title, asked yes or no without figures ("thôn mình
 * năm nay đã được công nhận cộng đồng học tập chưa", "trường e đc công nhận đvht chưa"): the documents list no
 * recognised unit. A company's is asked only outright or closing with "chưa" ("cty mình có được công nhận đvht không"
 * asks whether a company can be).
 */
export function localStatusAsked(clauses: readonly { words: Word[] }[], lexicon: Lexicon, accents: boolean): { said: string; own: boolean; status: true } | undefined {
  if (namesCoveredPlace(clauses, lexicon, accents)) return undefined;
  for (const { words } of clauses) {
    // "cơ quan tôi chưa có danh hiệu … thì có được công nhận không" asks a rule under a condition, not a unit's status;
    // the "phải" of "có phải" asks no rule ("công ty … có phải đơn vị học tập không").
    const unit = unitNamed(words, lexicon, accents) ?? unitPointedAt(words, clauses, lexicon, accents);
    const organisation = unit !== undefined && lexicon.organisationUnits.matchAt(wordsOf(unit.said), 0, false) > 0;
    const closes = words.length > 0 && lexicon.organisationStatusCloses.matchAt(words, words.length - 1, accents) > 0;
    const statuses = (organisation && !closes ? lexicon.organisationStatus : lexicon.localStatus).find(words, accents);
    const inStatus = (start: number) => statuses.some((status) => status.start <= start && start < status.start + status.length);
    const conditional = lexicon.conditionMarkers.find(words, accents).length > 0 || lexicon.ruleWords.find(words, accents).some(({ start }) => !inStatus(start));
    if (!unit || statuses.length === 0 || !namesTitle(words, lexicon) || conditional || askerGivesFigure(words, lexicon, accents)) continue;
    return { ...unit, status: true };
  }
  return undefined;
}

/** A local unit and what names it: the asker's word, a number, a name written with capitals, or a covered city's district. */
function unitNamed(words: readonly Word[], lexicon: Lexicon, accents: boolean): { said: string; own: boolean } | undefined {
  for (const unit of lexicon.localUnits.find(words, accents)) {
    const after = unit.start + unit.length;
    const own = askerWordAt(words, after, lexicon, accents);
    if (own > 0) return { said: words.slice(unit.start, after + own).map((w) => w.text).join(' '), own: true };
    // "trường thcs le loi của con mình": the unit's name, then whose it is.
    const of = words.slice(after, after + OWNER_WORDS).findIndex((word) => word.folded === 'cua');
    if (of >= 0) {
      const owner = after + of + 1 + (words[after + of + 1]?.folded === 'con' ? 1 : 0);
      const asker = askerWordAt(words, owner, lexicon, accents);
      if (asker > 0) return { said: words.slice(unit.start, owner + asker).map((w) => w.text).join(' '), own: true };
    }
    if (/^\d+$/u.test(words[after]?.folded ?? '')) return { said: words.slice(unit.start, after + 1).map((w) => w.text).join(' '), own: false };
    // "xã Tân Phước": a name written with capitals (up to ADDRESS_NAME_WORDS words, up to the next unit) names the unit.
    let named = after;
    while (named < after + ADDRESS_NAME_WORDS && words[named]?.capital && lexicon.localUnits.matchAt(words, named, accents) === 0) named++;
    if (named > after) return { said: words.slice(unit.start, named).map((w) => w.text).join(' '), own: false };
    // "xa an binh huyen thuan an": typed in lower case, a name of up to three words and then another unit is an address.
    const next = addressContinues(words, after, lexicon, accents);
    if (next > after) return { said: words.slice(unit.start, next).map((w) => w.text).join(' '), own: false };
    // "xa an binh co bao nhieu gia dinh hoc tap": a name, then where the count is asked.
    const ends = nameBeforeCount(words, unit.start, after, lexicon, accents);
    if (ends > after) return { said: words.slice(unit.start, ends).map((w) => w.text).join(' '), own: false };
    // "xã tân phú nhà mình": a name, then the asker's word, is the asker's own unit.
    const owned = ownedName(words, after, lexicon, accents);
    if (owned > after) return { said: words.slice(unit.start, owned).map((w) => w.text).join(' '), own: true };
    // "quận gò vấp", "huyen cu chi": a district the data names among a covered city's places, typed in lower case
    // (after the asker's own: "xã tân phú nhà mình").
    const district = placesNamed(words.slice(after, after + ADDRESS_NAME_WORDS), lexicon).find(({ start }) => start === 0);
    if (district) return { said: words.slice(unit.start, after + district.length).map((w) => w.text).join(' '), own: false };
  }
  return undefined;
}

/**
 * Where a name of one to ADDRESS_NAME_WORDS plain words starting at `from` is followed by what `follows` finds (its
 * length in words at an index, 0 for none): that index and length; undefined when no such name is there. No word of the
 * name asks, joins, locates or is the asker's ("thôn nào trong xã", "xã và phường", "xã mình ở huyện") or is a figure.
 */
function nameFollowedBy(words: readonly Word[], from: number, lexicon: Lexicon, accents: boolean, follows: (at: number) => number): { end: number; length: number } | undefined {
  for (let end = from + 1; end <= from + ADDRESS_NAME_WORDS && end < words.length; end++) {
    if (!plainNameWord(words, end - 1, lexicon, accents)) return undefined;
    const length = follows(end);
    if (length > 0) return { end, length };
  }
  return undefined;
}

/** Where a name starting at `from` is followed by another local unit, the index of that unit; else `from`. */
function addressContinues(words: readonly Word[], from: number, lexicon: Lexicon, accents: boolean): number {
  return nameFollowedBy(words, from, lexicon, accents, (at) => lexicon.localUnits.matchAt(words, at, accents))?.end ?? from;
}

/**
 * Where a name starting at `from` is followed by where a count is asked (`local-name-ends`: "an binh co bao nhieu gia
 * dinh", or after the year: "an binh nam 2024 co bao nhieu …"), the index of that end; else `from` — also when the
 * unit at `unit` and the words after it are a subject or another word (`unit-compounds`: "xã hội học tập có bao nhiêu …").
 */
function nameBeforeCount(words: readonly Word[], unit: number, from: number, lexicon: Lexicon, accents: boolean): number {
  const opening = words.slice(unit, from + ADDRESS_NAME_WORDS);
  if (lexicon.unitCompounds.matchAt(opening, 0, false) > 0 || lexicon.subjects.find(opening, accents).some(({ start }) => start === 0)) return from;
  // "xa tan lap nam 2024 co bao nhieu dong ho", "… năm nay có bao nhiêu …": the year the count is of may come between.
  const ends = (at: number) => lexicon.localNameEnds.matchAt(words, at + yearAt(words, at, lexicon), accents);
  return nameFollowedBy(words, from, lexicon, accents, ends)?.end ?? from;
}

/** The length of a year at `at`: "2024", "năm 2024" or a relative year ("năm nay", "năm ngoái"); 0 for none. */
function yearAt(words: readonly Word[], at: number, lexicon: Lexicon): number {
  if (isYear(words[at]?.folded ?? '')) return 1;
  if (words[at]?.folded === 'nam' && isYear(words[at + 1]?.folded ?? '')) return 2;
  return lexicon.relativeYears.matchAt(words, at, false);
}

/** Where a name starting at `from` is followed by the asker's word ("tân phú nhà mình"), the index after that word; else `from`. */
function ownedName(words: readonly Word[], from: number, lexicon: Lexicon, accents: boolean): number {
  const owned = nameFollowedBy(words, from, lexicon, accents, (at) => askerWordAt(words, at, lexicon, accents));
  return owned ? owned.end + owned.length : from;
}

/** A word that may be part of a place's name: it asks, joins, locates, counts nothing and is not the asker's or a unit. */
function plainNameWord(words: readonly Word[], at: number, lexicon: Lexicon, accents: boolean): boolean {
  return (
    !/\d/u.test(words[at]!.folded) &&
    [lexicon.questionMarks, lexicon.whereFrom, lexicon.askerWords, lexicon.comparisonJoiners, lexicon.localUnits].every((set) => set.matchAt(words, at, accents) === 0)
  );
}

/** "xã tôi năm 2025 có 72% hộ …": a figure the resident gives (not a unit's number, not a year) is their case. */
function askerGivesFigure(words: readonly Word[], lexicon: Lexicon, accents: boolean): boolean {
  const unitNumbers = new Set(lexicon.localUnits.find(words, accents).map((unit) => unit.start + unit.length));
  return words.some((word, i) => /\d/u.test(word.folded) && !unitNumbers.has(i) && !isYear(word.folded) && !afterLevelWord(words, i, lexicon));
}

/** "mức 2", "mức độ 1": a bare 1–3 at `at` after a level word (`levels` in answer-evidence.yaml) names the level, not
 * a figure ("mức 85%", "mức 90 điểm" are figures). */
function afterLevelWord(words: readonly Word[], at: number, lexicon: Lexicon): boolean {
  if (!/^[1-3]$/u.test(words[at]!.folded)) return false;
  return lexicon.levels.find(words.slice(0, at), false).some((level) => level.start + level.length === at);
}

/** A place the documents cover named anywhere but as the address right after a local unit. */
function namesCoveredPlace(clauses: readonly { words: Word[] }[], lexicon: Lexicon, accents: boolean): boolean {
  return clauses.some(({ words }) => {
    const units = lexicon.localUnits.find(words, accents);
    return placesNamed(words, lexicon).some((place) => !units.some((unit) => unit.start < place.start && place.start - unit.start <= ADDRESS_WORDS));
  });
}

/** The words name a title (Gia đình học tập, …). */
function namesTitle(words: readonly Word[], lexicon: Lexicon): boolean {
  return subjectsOfKind(words, 'titles', lexicon).length > 0;
}

/** The places the documents cover (`places` in subjects.yaml: Hà Nội, TP.HCM …) that the words name. */
export function placesNamed(words: readonly Word[], lexicon: Lexicon): ReturnType<PhraseSet['find']> {
  return subjectsOfKind(words, 'places', lexicon);
}

function subjectsOfKind(words: readonly Word[], kind: string, lexicon: Lexicon): ReturnType<PhraseSet['find']> {
  return lexicon.subjects.find(words, false).filter((match) => lexicon.subjectKind.get(lexicon.subjectGroup.get(match.phrase) ?? '') === kind);
}

/**
 * The local unit (commune, ward, village, school, office) a message names — the asker's own, or one named by number or
 * with capitals — in a clause giving no figure of the asker's, when no clause names a place the documents cover: what
 * a follow-up asks about ("còn quận 3 của mình thì có bao nhiêu?" after a city's figure).
 */
export function unitNamedIn(clauses: readonly { words: Word[] }[], lexicon: Lexicon, accents: boolean): { said: string; own: boolean } | undefined {
  if (namesCoveredPlace(clauses, lexicon, accents)) return undefined;
  for (const { words } of clauses) {
    if (askerGivesFigure(words, lexicon, accents)) continue;
    const unit = unitNamed(words, lexicon, accents);
    if (unit) return unit;
  }
  return undefined;
}
