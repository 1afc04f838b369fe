// The subjects a question names (titles, places, events, years, document numbers) and whether a passage names them.
import { isYear } from '../text/years.js';
import { TEXT_CACHE_SIZES, cachePerOwner, memoizeText } from '../text/memo.js';
import { foldText } from '../text/vietnamese.js';
import type { Passage } from '../types.js';
import type { Lexicon } from '../understand/lexicon.js';
import { documentMentions, numbersOfferedAsChoice } from '../understand/documents-named.js';
import { wordsOf } from '../understand/words.js';

/** One subject: a group of aliases from data, a year, or a document number; `said` is how the question wrote it. */
export type Subject = ({ kind: 'group'; key: string } | { kind: 'year'; year: string } | { kind: 'document'; number: string }) & { said: string };

const YEAR = /\b(?:19|20)\d\d\b/gu;

/** A subject's kind: a title, a place or an event for the named groups; a year; a document. */
export function kindOf(subject: Subject, lexicon: Lexicon): string {
  return subject.kind === 'group' ? `group:${lexicon.subjectKind.get(subject.key)}` : subject.kind;
}

const textSubjects = cachePerOwner<Lexicon, readonly Subject[]>(TEXT_CACHE_SIZES.texts);

/** The subjects `text` names, each once (memoised: one answer reads its question's subjects a dozen times). */
export function subjectsOf(text: string, lexicon: Lexicon): Subject[] {
  return [...textSubjects(lexicon).get(text, () => readSubjects(text, lexicon))];
}

function readSubjects(text: string, lexicon: Lexicon): Subject[] {
  const words = wordsOf(text);
  const subjects: Subject[] = [];
  const seen = new Set<string>();
  const add = (subject: Subject, id: string) => {
    if (!seen.has(id)) subjects.push(subject), seen.add(id);
  };
  for (const match of lexicon.subjects.find(words, false)) {
    const key = lexicon.subjectGroup.get(match.phrase)!;
    // A name that folds onto a common word is said as a name ("Vinh"), so a follow-up carrying it still reads it so.
    add({ kind: 'group', key, said: lexicon.commonWordNameKeys.has(match.phrase) ? lexicon.subjectName.get(key)! : match.phrase }, `g:${key}`);
  }
  const folded = foldText(text);
  for (const { 0: year, index } of folded.matchAll(YEAR)) {
    // "không phải trên 2000 à": a number after a word comparing amounts is an amount (the few words before it read).
    const before = wordsOf(folded.slice(Math.max(0, index - COMPARATOR_CHARS), index));
    if (lexicon.amountComparators.find(before, false).some(({ start, length }) => start + length === before.length)) continue;
    add({ kind: 'year', year, said: year }, `y:${year}`);
  }
  for (const { number, said } of namedDocuments(text, lexicon)) add({ kind: 'document', number, said }, `d:${number}`);
  return subjects;
}

/** Characters before a year read for an amount comparator: the longest ("không quá", 9) and a space, with room; every
 * comparator is checked by test/core/understand/language-data.test.ts, so a longer one added fails there. */
const COMPARATOR_CHARS = 12;

/** A document's number ("25/2023/TT-BGDĐT", "6782/BGDĐT-GDTX") and the date it was signed, written after it. */
const DOCUMENT_AND_DATE = /\d+\/(?:\d{4}\/)?[A-ZĐ][\p{L}\d-]*(?:\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?/gu;

/**
 * Whether `text` gives something for `year` ("năm 2020", "tháng 12/2025", "ngày 14/02/2024", "2016–2020"), not only
 * as the year in a document's number ("25/2023/TT-BGDĐT") or in the date written after it ("6782/BGDĐT-GDTX ngày
 * 29/12/2015").
 */
export function namesFigureYear(text: string, year: number): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(text.replace(DOCUMENT_AND_DATE, ' '));
}

/** The years `text` names, except a year that is part of a document's number ("thông tư 25/2023"). */
export function yearsNamedOf(text: string, lexicon: Lexicon): number[] {
  const documentYears = new Set(namedDocuments(text, lexicon).map((document) => document.year));
  return subjectsOf(text, lexicon).flatMap((subject) => (subject.kind === 'year' && !documentYears.has(subject.year) ? [Number(subject.year)] : []));
}

/** Numbers of the documents a question names with their kind ("qđ 387", "thông tư số 25"). */
export function namedDocumentNumbers(text: string, lexicon: Lexicon): string[] {
  return namedDocuments(text, lexicon).map((document) => document.number);
}

/**
 * The documents a question names by a number that none of `passages` carries, as the resident wrote them
 * ("quyet dinh 999/QD-TTg"): the search puts a named document's own passages first, so none found means none indexed.
 */
export function documentsNotFound(text: string, passages: readonly Passage[], lexicon: Lexicon): string[] {
  return namedDocuments(text, lexicon)
    .filter(({ number, year }) => {
      // "thông tư 30/2025": with its year, a passage mentioning 30 of something else does not carry the document.
      const pattern = wholeNumberPattern(year ? `${number}/${year}` : number);
      return !passages.some((p) => pattern.test(`${p.meta.number ?? ''} ${p.heading} ${p.text}`));
    })
    .map((document) => document.said);
}

/** The places (as typed) that no passage names in its heading or text, folded and as whole words. */
export function placesNotNamed(places: readonly string[], passages: readonly Passage[]): string[] {
  return places.filter((place) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${foldText(place).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return !passages.some((p) => pattern.test(foldText(`${p.heading}. ${p.text}`)));
  });
}

/**
 * The documents not found (as `documentsNotFound` gives them for `asked.query`) without those a resident unsure of the
 * number (`unsure-markers`: "gì đó", "hình như") offers as a choice beside a document the query names and the passages
 * carry ("qđ 387 hay 389 gì đó" asks of 387 when the documents have no 389).
 */
export function withoutUnsureChoices(notFound: readonly string[], asked: { question: string; query: string }, lexicon: Lexicon): string[] {
  const words = wordsOf(asked.question);
  if (notFound.length === 0 || lexicon.unsureMarkers.find(words, false).length === 0) return [...notFound];
  const numbersOf = (said: string) => namedDocuments(said, lexicon).map((document) => document.number);
  const missing = new Set(notFound.flatMap(numbersOf));
  const found = new Set(numbersOf(asked.query).filter((number) => !missing.has(number)));
  const unsure = new Set(numbersOfferedAsChoice(words, lexicon).flatMap((group) => (group.some((number) => found.has(number)) ? group : [])));
  return notFound.filter((said) => !numbersOf(said).some((number) => unsure.has(number)));
}

/** The documents a text names by number, with the year written in the number ("25/2023") or said after it ("quyết
 * định 1315 năm 2023", `saidYear`). */
function namedDocuments(text: string, lexicon: Lexicon): { number: string; year?: string; saidYear?: string; said: string }[] {
  const words = wordsOf(text);
  const documents: { number: string; year?: string; saidYear?: string; said: string }[] = [];
  for (const { start, end } of documentMentions(words, lexicon)) {
    const [, number, year] = /^(\d+)(?:\/((?:19|20)\d\d)(?!\d))?(?:\/|$)/u.exec(words[end - 1]!.folded) ?? [];
    const after = words[end + 1]?.folded;
    const saidYear = lexicon.spokenNumbers.bare.yearWords.has(words[end]?.folded ?? '') && after !== undefined && isYear(after) ? after : undefined;
    if (number && !isYear(number)) documents.push({ number, ...(year ? { year } : {}), ...(saidYear ? { saidYear } : {}), said: words.slice(start, end).map((w) => w.text).join(' ') });
  }
  return documents;
}

/**
 * The subjects without the years said after the documents the text names ("quyết định 1315 năm 2023 ai ký"): the
 * document says which one is meant, and its passages need not name that year. A year written in the number ("thông
 * tư 44/2014") stays: the passages writing the number whole are the document's own.
 */
export function withoutDocumentYears(subjects: readonly Subject[], text: string, lexicon: Lexicon): Subject[] {
  if (!subjects.some((subject) => subject.kind === 'year') || !subjects.some((subject) => subject.kind === 'document')) return [...subjects];
  const years = new Set(namedDocuments(text, lexicon).flatMap((document) => (document.saidYear ? [document.saidYear] : [])));
  return subjects.filter((subject) => subject.kind !== 'year' || !years.has(subject.year));
}

/** The first subject of each kind a text names (a title, a place, an event, a year, a document). */
export function topicsOf(text: string, lexicon: Lexicon): Subject[] {
  const seen = new Set<string>();
  return subjectsOf(text, lexicon).filter((subject) => {
    const kind = kindOf(subject, lexicon);
    return !seen.has(kind) && seen.add(kind) !== undefined;
  });
}

const sentenceSubjects = cachePerOwner<Lexicon, readonly Subject[]>(TEXT_CACHE_SIZES.sentences);

/** subjectsOf() of a document sentence, memoised: the same sentences come back answer after answer. */
export function subjectsOfSentence(sentence: string, lexicon: Lexicon): readonly Subject[] {
  return sentenceSubjects(lexicon).get(sentence, (text) => readSubjects(text, lexicon));
}

/** A passage's folded text and the subject groups it names, read once per passage text (and lexicon). */
const passageSubjects = cachePerOwner<Lexicon, { folded: string; groups: ReadonlySet<string | undefined> }>(TEXT_CACHE_SIZES.passages);
/** Patterns of the years and document numbers questions name (a few hundred distinct at most). */
const yearPattern = memoizeText((year) => new RegExp(`\\b${year}\\b`, 'u'), TEXT_CACHE_SIZES.passages);
const numberPattern = memoizeText((number) => new RegExp(`\\b${number}/`, 'u'), TEXT_CACHE_SIZES.passages);
const wholeNumberPattern = memoizeText((number) => new RegExp(`(?<![\\d.,])${number}(?![\\d]|[.,]\\d)`, 'u'), TEXT_CACHE_SIZES.passages);

/** How many of `subjects` the passage names in its heading or text (the document's title would credit all its passages). */
export function subjectsNamed(passage: Passage, subjects: readonly Subject[], lexicon: Lexicon): number {
  if (subjects.length === 0) return 0;
  const { folded, groups } = passageSubjects(lexicon).get(`${passage.heading}. ${passage.text}`, (text) => ({
    folded: foldText(text),
    groups: new Set(lexicon.subjects.find(wordsOf(text), false).map((m) => lexicon.subjectGroup.get(m.phrase))),
  }));
  return subjects.filter((subject) => {
    if (subject.kind === 'group') return groups.has(subject.key);
    if (subject.kind === 'year') return yearPattern(subject.year).test(folded);
    return (passage.meta.number ?? '').startsWith(`${subject.number}/`) || numberPattern(subject.number).test(folded);
  }).length;
}

/** True when the passage belongs to a document the question names by number (not one that only mentions it). */
function isOfNamedDocument(passage: Passage, subjects: readonly Subject[]): boolean {
  return subjects.some((subject) => subject.kind === 'document' && (passage.meta.number ?? '').startsWith(`${subject.number}/`));
}

/**
 * Passages of a document the question names by number first, whatever their score ("ngày ban hành thông tư 24/2023"
 * wants that document's own passages, not another one mentioning it) — those scoring near the best before the rest of
 * them ("theo công văn 6782 … báo cáo trước ngày nào": the passage on its report deadline, not its heading "ai đánh
 * giá, công nhận Gia đình học tập" naming more of the question; every other passage that may move scores near the
 * best, so this orders only the document's own); then passages naming more of the question's subjects;
 * among those, passages whose heading names more of them ("Tuần lễ năm 2023" before a passage that mentions 2023 in
 * passing); the search's order otherwise.
 */
export function preferNamedSubjects(passages: readonly Passage[], subjects: readonly Subject[], lexicon: Lexicon, minScoreShare: number): Passage[] {
  if (subjects.length === 0 || passages.length === 0) return [...passages];
  // "Vinh vào mạng lưới UNESCO năm nào": a passage headed by another covered place ("TP.HCM gia nhập Mạng lưới UNESCO
  // năm 2024") answers of that place, as one headed by another title answers of that title ("cộng đồng học tập chia
  // mấy mức" is not answered by "Đơn vị học tập … mức độ 1 và mức độ 2 khác nhau thế nào?"); it goes after the others,
  // and the best of the others sets the score they are measured against — never below what the share of the share of
  // the top score allows (a weak passage left alone does not let every other one move).
  const elsewhere = headedByAnother(subjects, lexicon);
  const best = passages.find((p) => !elsewhere(p)) ?? passages[0]!;
  // Only passages scoring near the best may move up: naming the subjects does not make an unrelated passage relevant.
  // A passage of the document the question names is relevant whatever its score.
  const floor = Math.max(best.score * minScoreShare, passages[0]!.score * minScoreShare * minScoreShare);
  const mayMove = (p: Passage) => p.score >= floor || isOfNamedDocument(p, subjects);
  const rest = passages.filter((p) => !mayMove(p));
  const movable = passages
    .filter(mayMove)
    .map((passage, index) => ({
      passage,
      index,
      own: isOfNamedDocument(passage, subjects) ? 1 : 0,
      here: elsewhere(passage) ? 0 : 1,
      near: passage.score >= floor ? 1 : 0,
      named: subjectsNamed(passage, subjects, lexicon),
      inHeading: subjectsNamed({ ...passage, text: '' }, subjects, lexicon),
    }))
    .sort((a, b) => b.own - a.own || b.here - a.here || b.near - a.near || b.named - a.named || b.inHeading - a.inHeading || a.index - b.index)
    .map((entry) => entry.passage);
  return [...movable, ...rest];
}

/**
 * Whether a passage answers of another place or title: its heading names a covered place (`group:places`, not the
 * country) or a title, and the passage names none of the places or titles asked ("… cùng đợt với Sơn La" answers of Sơn
 * La too; "40% người lớn trong các Cộng đồng học tập phải đạt Công dân học tập" gives a Công dân học tập target under a
 * Cộng đồng học tập heading). Always false when the question names neither.
 */
function headedByAnother(subjects: readonly Subject[], lexicon: Lexicon): (passage: Passage) => boolean {
  const isTitle = (subject: Subject): subject is Subject & { kind: 'group' } => subject.kind === 'group' && kindOf(subject, lexicon) === TITLES;
  const places = subjects.filter((subject) => isCoveredPlace(subject, lexicon));
  // "tổ dân phố học tập" is asked of passages about Cộng đồng học tập too, and the other way round (`related-titles`).
  const titles = subjects
    .filter(isTitle)
    .flatMap((subject): Subject[] => [subject, ...(lexicon.relatedTitles.get(subject.key) ?? []).map((key): Subject => ({ kind: 'group', key, said: key }))]);
  if (places.length === 0 && titles.length === 0) return () => false;
  return (passage) => {
    const headed = lexicon.subjects.find(wordsOf(passage.heading), false).flatMap(({ phrase }) => {
      const key = lexicon.subjectGroup.get(phrase);
      return key === undefined ? [] : [{ kind: 'group', key, said: phrase } as const];
    });
    const elsewhere = places.length > 0 && headed.some((subject) => isCoveredPlace(subject, lexicon)) && subjectsNamed(passage, places, lexicon) === 0;
    return elsewhere || (titles.length > 0 && headed.some(isTitle) && subjectsNamed(passage, titles, lexicon) === 0);
  };
}

/** A place the documents cover (`group:places` in subjects.yaml), not the whole country. */
export function isCoveredPlace(subject: Subject, lexicon: Lexicon): subject is Subject & { kind: 'group' } {
  return subject.kind === 'group' && kindOf(subject, lexicon) === PLACES && subject.key !== lexicon.countryGroup;
}

/**
 * The kind of document the text asks which one of — a kind, or a document of any kind (`any-document`: "văn bản"), then
 * (after "số") a question word ("thông tư nào", "quyết định số mấy", "văn bản nào"), or later a connective, "số" and a
 * question word ("thông tư về đơn vị học tập thì số mấy") — as its first word folded ("thong", "van": no document's
 * name starts so, so any one the answer named), or undefined.
 */
export function documentKindAsked(text: string, lexicon: Lexicon): string | undefined {
  const words = wordsOf(text);
  // "… thì số mấy", "… là số nào": a connective before "số" (not "tiêu chí số mấy", "điểm số bao nhiêu").
  const asksNumber = (from: number) =>
    words.some((word, i) => i > from && word.folded === 'so' && lexicon.connectives.matchAt(words, i - 1, false) === 1 && lexicon.questionMarks.matchAt(words, i + 1, false) > 0);
  const asked = [...lexicon.documentKinds.find(words, false), ...lexicon.anyDocument.find(words, false)].find(({ start, length }) => {
    const next = start + length + (words[start + length]?.folded === 'so' ? 1 : 0);
    if (lexicon.questionMarks.matchAt(words, next, false) > 0) return true;
    return asksNumber(start + length);
  });
  return asked && words[asked.start]!.folded;
}

/** The kind of the titles group in prompts/language/subjects.yaml. */
export const TITLES = 'group:titles';

/** The kind of the places group in prompts/language/subjects.yaml: the places the documents cover. */
export const PLACES = 'group:places';

/** Kinds of subject that fill a question's one topic: a title or an event. */
export const TOPIC_KINDS: readonly string[] = [TITLES, 'group:events'];

/** Every subject of `text` a question can be about on its own: documents, titles and events (not years or places). */
export function topicSubjectsOf(text: string, lexicon: Lexicon): Subject[] {
  return subjectsOf(text, lexicon).filter((subject) => isTopic(subject, lexicon));
}

/** Whether a subject is a document, a title or an event. */
export function isTopic(subject: Subject, lexicon: Lexicon): boolean {
  return subject.kind === 'document' || TOPIC_KINDS.includes(kindOf(subject, lexicon));
}

/**
 * The previous question with the subjects a follow-up replaces taken out: a subject of the same kind (a title for a
 * title, a place for a place), a year for a year, a document for a document. "Hà Nội đạt bao nhiêu phần trăm gia đình
 * học tập" + "còn tổ dân phố học tập thì sao" → "Hà Nội đạt bao nhiêu phần trăm".
 */
export function withoutReplacedSubjects(previous: string, followUp: string, lexicon: Lexicon): string {
  const replacing = subjectsOf(followUp, lexicon);
  // "còn bây giờ thì sao": now replaces the years named before.
  const now = lexicon.followUpNow.find(wordsOf(followUp), false).length > 0;
  if (replacing.length === 0 && !now) return previous;
  const kinds = new Set(replacing.map((s) => kindOf(s, lexicon)));
  if (now) kinds.add('year');
  // "còn tp hcm có bao nhiêu gia đình học tập" after a question on the UNESCO network: a title and an event fill one
  // topic, so a follow-up naming one where the question before named none of its kind replaces the other ("còn dòng họ
  // học tập thì sao" after "tuần lễ 2023 có tôn vinh gia đình học tập không" keeps the Week).
  const asksTopic = TOPIC_KINDS.filter((kind) => kinds.has(kind));
  if (asksTopic.length > 0) {
    const before = new Set(subjectsOf(previous, lexicon).map((s) => kindOf(s, lexicon)));
    if (asksTopic.some((kind) => !before.has(kind))) for (const kind of TOPIC_KINDS) kinds.add(kind);
  }
  // "còn đơn vị học tập thì theo thông tư nào": a follow-up asking which document replaces the documents named before.
  if (documentKindAsked(followUp, lexicon) !== undefined) kinds.add('document');
  const words = wordsOf(previous);
  const drop = new Set<number>();
  for (const match of lexicon.subjects.find(words, false)) {
    if (kinds.has(`group:${lexicon.subjectKind.get(lexicon.subjectGroup.get(match.phrase)!)}`)) for (let i = 0; i < match.length; i++) drop.add(match.start + i);
  }
  if (kinds.has('document')) {
    for (const { start, end } of documentMentions(words, lexicon)) for (let i = start; i < end; i++) drop.add(i);
  }
  words.forEach((word, i) => {
    if (kinds.has('year') && isYear(word.folded)) drop.add(i);
  });
  // A word placing a year dropped goes with it, and the "năm" between (`year-prepositions`: "đến năm 2025"): left alone,
  // "đến bao nhiêu" asks "up to how many".
  words.forEach((_, i) => {
    const placing = lexicon.yearPrepositions.matchAt(words, i, false);
    if (placing === 0) return;
    const year = words[i + placing]?.folded === 'nam' ? i + placing + 1 : i + placing;
    if (drop.has(year) && isYear(words[year]!.folded)) for (let k = i; k < year; k++) drop.add(k);
  });
  // Now replaces "năm ngoái" too, and the "năm" of a year dropped ("năm 2022").
  if (now) for (const { start, length } of lexicon.relativeYears.find(words, false)) for (let i = start; i < start + length; i++) drop.add(i);
  if (now) words.forEach((word, i) => drop.has(i + 1) && isYear(words[i + 1]!.folded) && word.folded === 'nam' && drop.add(i));
  return words.filter((_, i) => !drop.has(i)).map((w) => w.text).join(' ');
}
