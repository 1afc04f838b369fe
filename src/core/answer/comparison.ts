// Comparisons give both sides: each subject compared ("QĐ 387 và QĐ 677", "gia đình và dòng họ") is searched and answered.
import { splitIntoSentences } from '../text/sentences.js';
import { hasDiacritics } from '../text/vietnamese.js';
import { isYear } from '../text/years.js';
import type { Passage } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { askingWords, cuedFacets } from '../understand/cues.js';
import { positionsIn, wordsOf, type Word } from '../understand/words.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { joinSides } from './join-sides.js';
import { openingVerdict } from './opening-dates.js';
import { LIST_ITEM } from './sentences.js';
import { kindOf, namesFigureYear, PLACES, subjectsOf, subjectsOfSentence, withoutReplacedSubjects, yearsNamedOf, type Subject } from './subjects.js';
import { MAX_ANSWER_CHARS } from './tuning.js';

/** How a comparison is answered: its sides, and the question and facets each side is asked with. */
export interface ComparisonPlan {
  sides: readonly Subject[];
  /** Asks which side came first ("cái nào có trước"): each side answers with its own date, never one section for all. */
  byTime?: boolean;
  side(subject: Subject): { question: string; facets: Facet[] };
}

/**
 * The plan of a question comparing two or more sides — named by the question, else by the clause before it ("đứa lớn
 * bảo Ngày Khuyến học với Tuần lễ học tập suốt đời là một … cái nào cố định ngày?") — or undefined. A document or a
 * title compared with nothing else asked ("thông tư 24 và 25 khác nhau chỗ nào", "cdht vs cđht khác nhau ntn") is
 * asked by its name alone what it does, or what it is and which document makes it; other sides keep the rest of the
 * question.
 */
export function planComparison(query: string, context: string | undefined, facets: readonly Facet[], lexicon: Lexicon): ComparisonPlan | undefined {
  const compares = facets.includes('comparison');
  if (!compares && !facets.some((facet) => YEAR_SIDE_FACETS.includes(facet))) return undefined;
  const named = comparedSubjects(query, lexicon);
  // "bao nhiêu thành viên vào cuối năm 2020 và cuối năm 2025": a figure or a date asked of two years joined as sides is
  // asked of each (not a period: "giai đoạn 2021–2030", "từ 2012 tới 2020").
  // The clause before says what the years' figures are of ("… chỉ tiêu QĐ 677 về cán bộ … Mục tiêu năm 2025 và năm 2030
  // chênh nhau thế nào?"): each year is asked with it.
  if (!compares) {
    const now = yearAndNow(named, query, lexicon);
    if (now) return planOf(context !== undefined ? `${context} ${query}` : query, now, facets, lexicon);
    if (named.length < 2 || !named.every((subject) => subject.kind === 'year') || !yearsJoined(query, lexicon)) return undefined;
    // A place's figure of two years ("Hà Nội có bao nhiêu gia đình học tập năm 2024 và 2025") is that place's: a year
    // searched alone would find another place's figure of that year first.
    if (subjectsOf(query, lexicon).some((subject) => kindOf(subject, lexicon) === PLACES)) return undefined;
    return planOf(context !== undefined ? `${context} ${query}` : query, named, facets, lexicon);
  }
  // Sides named only by the clause before ("Tỷ lệ gia đình học tập ở Hà Nội và TP.HCM, nơi nào cao hơn?"): that clause
  // says what is compared, so each side is asked with it — unless the question asks a facet of its own ("Hôm nay ban
  // đại diện phát tờ rơi nói cả gia đình học tập lẫn công dân học tập … Hai cái đó khác nhau thế nào, mỗi cái theo văn
  // bản nào?"): then each side is asked that, and the story around the sides is no part of it.
  const asked = named.length < 2 && context !== undefined ? `${context} ${query}` : query;
  const compared = asked === query ? named : comparedSubjects(asked, lexicon);
  const sides = yearAndNow(compared, asked, lexicon) ?? compared;
  const storyOnly = asked !== query && asksOfEachSide(query, lexicon) && subjectsOf(context!, lexicon).every((subject) => sides.some((side) => subjectKey(side) === subjectKey(subject)));
  return sides.length < 2 ? undefined : planOf(storyOnly ? query : asked, sides, facets, lexicon);
}

/**
 * The question asks each side something besides comparing them or yes or no ("mỗi cái theo văn bản nào"), read outside
 * the words that compare ("nơi nào cao hơn" asks no place). The clause before then only tells a story around the sides
 * when it names nothing but them ("… hồi năm 2020 còn ít thành phố …" of the UNESCO network says what is counted).
 */
function asksOfEachSide(query: string, lexicon: Lexicon): boolean {
  const words = wordsOf(query);
  const accents = hasDiacritics(query);
  const comparing = positionsIn(lexicon.facets.get('comparison')!.find(words, accents));
  const rest = words.filter((_, i) => !comparing.has(i));
  return [...cuedFacets(rest, lexicon, accents)].some((facet) => facet !== 'comparison' && facet !== 'yesno');
}

/**
 * "hồi đầu 2024 có bao nhiêu thành phố, so với bây giờ", "cuối năm 2020 với đợt mới nhất": one year set beside now
 * (`now` in question-cues.yaml) has now as its other side — asked without any year, as "còn bây giờ" is.
 */
function yearAndNow(sides: readonly Subject[], asked: string, lexicon: Lexicon): Subject[] | undefined {
  if (sides.length > 1 || !/\d/u.test(asked)) return undefined;
  const years = subjectsOf(asked, lexicon).filter((subject) => subject.kind === 'year');
  const words = wordsOf(asked);
  // The now set beside the year by a joining word ("so với bây giờ", "với đợt mới nhất"), not one told ("mà giờ …").
  const now = lexicon.followUpNow.find(words, false).find((match) => lexicon.comparisonJoiners.find(words.slice(Math.max(0, match.start - NOW_JOINED_WITHIN), match.start), false).length > 0);
  if (years.length !== 1 || !now) return undefined;
  return [years[0]!, { kind: 'year', year: NOW, said: words.slice(now.start, now.start + now.length).map((word) => word.text).join(' ') }];
}

/** The year of the side that is now, until the latest year the documents give stands for it. */
const NOW = '';

/** The side of a comparison that is now ("so với bây giờ"), not a year named. */
function isNow(subject: Subject): boolean {
  return subject.kind === 'year' && subject.year === NOW;
}

/** Most words between the joining word and the now it joins ("với đợt mới nhất"). */
const NOW_JOINED_WITHIN = 2;

/** Some two years of the question stand side by side, a joining word between them ("2020 và 2025", "năm 2023 với năm
 * 2024", "năm 2023 là gì và năm 2024 là gì", "năm 2024 là gì, còn năm 2023 là gì": `yearSideOpeners`), not a choice
 * ("hay", "hoặc"), nor two questions each with its own year, the second asking what the first does not ("Quyết định
 * 281 năm 2014 là đề án về cái gì, và chỉ tiêu … đến 2020 là bao nhiêu"). */
function yearsJoined(query: string, lexicon: Lexicon): boolean {
  const words = wordsOf(query);
  const accents = hasDiacritics(query);
  const years = words.flatMap((word, at) => (isYear(word.text) ? [at] : []));
  const facetsOf = (part: readonly Word[]) => cuedFacets(part, lexicon, accents);
  // A choice ("có từ năm 2007 hay 2008") asks which year, not each.
  return years.slice(1).some((at, k) => {
    const between = words.slice(years[k]! + 1, at);
    const joiner = lexicon.comparisonJoiners.find(between, accents).at(-1) ?? lexicon.yearSideOpeners.find(between, accents).at(-1);
    if (!joiner || lexicon.choiceWords.find(between, accents).length > 0) return false;
    if (askingWords(between, lexicon, accents).length === 0) return true;
    // "… năm 2023 là gì và năm 2024 là gì": the second question asks nothing the first does not.
    const split = years[k]! + 1 + joiner.start;
    const first = facetsOf(words.slice(0, split));
    return [...facetsOf(words.slice(split + joiner.length))].every((facet) => first.has(facet));
  });
}

/** Facets asked of two years named that make each year a side: a figure, a date, a theme. */
const YEAR_SIDE_FACETS: readonly Facet[] = ['number', 'date', 'theme'];

/**
 * Each side asked `asked` on its own with the facets besides comparing, or by its name alone (see planComparison). A
 * yes/no about the two ("… có chung 1 quyết định không") is answered by both sides together, never judged on one.
 */
function planOf(asked: string, sides: Subject[], facets: readonly Facet[], lexicon: Lexicon): ComparisonPlan {
  // "Ngày Khuyến học và Tuần lễ học tập suốt đời, cái nào có trước": which came first is each side's date; how far
  // apart ("cách nhau mấy năm") is the gap between those dates, no figure of either side.
  const byTime = lexicon.comparisonTimeOrder.find(wordsOf(asked), false).length > 0;
  const besides = facets.filter((facet) => facet !== 'comparison' && facet !== 'yesno' && !(byTime && facet === 'number'));
  if (byTime && !besides.includes('date')) besides.push('date');
  const alone = (subject: Subject): Facet[] | undefined =>
    besides.length > 0
      ? undefined
      : subject.kind === 'document'
        ? ['document']
        : subject.kind === 'group' && lexicon.subjectKind.get(subject.key) === 'titles'
          ? ['definition', 'document']
          : undefined;
  return {
    sides,
    byTime,
    side(subject) {
      const own = alone(subject);
      return own ? { question: subject.said, facets: own } : { question: questionAbout(asked, subject, lexicon), facets: besides };
    },
  };
}

/** What answering a comparison needs from the engine. */
export interface ComparisonDeps {
  lexicon: Lexicon;
  texts: ComposeTexts;
  /** The engine's search (passages naming the question's subjects first). */
  search(question: string): Passage[];
  /** The document card a side's reply opens with, if any. */
  leadOf(passage: Passage | undefined, question: string, facets: Facet[]): string | undefined;
  /** The passages about one year's Week, when the question is about the Week. */
  yearPassages?(year: number): Passage[];
  /** The year it is now (local time): now compared with a year is the latest year up to it the documents give. */
  thisYear?: number;
}

/**
 * Answers a comparison from a section whose heading names every side ("Thông tư 44/2014 khác Thông tư 25/2023 thế
 * nào?"), whole; otherwise each side is searched and answered on its own, so the reply holds both (half the length
 * each).
 */
export function answerComparison(asPlanned: ComparisonPlan, asked: string, passages: readonly Passage[], facets: Facet[], deps: ComparisonDeps): { answer: ComposedAnswer; passages: Passage[] } {
  const { lexicon, texts } = deps;
  const { plan, question } = nowAsLatestYear(asPlanned, asked, deps);
  const wholeSection = (first: Passage, from: readonly Passage[]) => {
    const section = from.filter((p) => p.path === first.path && p.heading === first.heading);
    return { answer: composeExtractive(question, section, { facets, lexicon, texts }), passages: section };
  };
  const first = passages[0];
  if (first && !plan.byTime && comparesAll(first, plan.sides, lexicon)) return wholeSection(first, passages);
  const searched = plan.sides.map((subject) => {
    const { question: asked, facets: sideFacets } = plan.side(subject);
    const found = deps.search(asked);
    // "tuần lễ 2023 và 2024 bắt đầu ngày nào": a year's dates or theme come from the passages about that year's Week;
    // a sentence on the Week in general, naming another year's dates, would answer it otherwise.
    const own = subject.kind === 'year' && !isNow(subject) && deps.yearPassages && sideFacets.some((facet) => YEAR_OWN_FACETS.includes(facet)) ? byHeadingYear(deps.yearPassages(Number(subject.year)), subject.year) : [];
    return { asked, sideFacets, ownYear: own.length > 0, sidePassages: own.length > 0 ? own : found.length > 0 ? found : [...passages] };
  });
  // Every side found first the one section that holds them all: it is the answer, said once rather than once per side
  // — not for years' own Weeks, which a section on the Week in general names only in passing.
  const shared = searched[0]!.sidePassages[0]!;
  if (!plan.byTime && !searched.some((side) => side.ownYear) && searched.every(({ sidePassages: [top] }) => top!.path === shared.path && top!.heading === shared.heading)) {
    return wholeSection(shared, searched.flatMap((side) => side.sidePassages));
  }
  const sides = searched.map(({ asked, sideFacets, sidePassages: found }, i) => {
    const subject = plan.sides[i]!;
    const sidePassages = subject.kind === 'year' ? found : ownSentences(found, subject, plan.sides, lexicon);
    const lead = deps.leadOf(sidePassages[0], asked, sideFacets);
    const maxChars = Math.round(MAX_ANSWER_CHARS / plan.sides.length);
    return { answer: composeExtractive(asked, sidePassages, { facets: sideFacets, lexicon, texts, maxChars, lead }), passages: sidePassages };
  });
  const joined = joinSides(sides);
  // Years compared by when they opened ("năm nào khai mạc sớm hơn") open with which opened first.
  const years = plan.sides.flatMap((subject, i) => (subject.kind === 'year' && !isNow(subject) ? [{ year: subject.year, text: sides[i]!.answer.text }] : []));
  const verdict = facets.includes('comparison') && years.length === plan.sides.length ? openingVerdict({ question, facets }, years, lexicon, texts) : undefined;
  return { answer: verdict ? { ...joined, text: `${verdict}\n${joined.text}` } : joined, passages: sides.flatMap((side) => side.passages) };
}

/**
 * Now set beside a year ("cuối năm 2020 so với bây giờ") is the latest year, up to this one, that the passages now's
 * side finds first name ("Sau đợt năm 2025, … 425 thành viên"), when later than the other side's: each side is then a
 * year, and the question names both.
 */
function nowAsLatestYear(plan: ComparisonPlan, question: string, deps: ComparisonDeps): { plan: ComparisonPlan; question: string } {
  const now = plan.sides.find(isNow);
  const found = now && deps.thisYear !== undefined ? deps.search(plan.side(now).question).slice(0, NOW_PASSAGES) : [];
  // A year only of a document's number or date ("Thông tư 11/2025/TT-BGDĐT (ngày 12/06/2025)") is no figure's year.
  const years = found.flatMap((passage) => yearsNamedOf(passage.text, deps.lexicon).filter((year) => namesFigureYear(passage.text, year))).filter((year) => year <= deps.thisYear!);
  const others = plan.sides.flatMap((subject) => (subject.kind === 'year' && subject !== now ? [Number(subject.year)] : []));
  if (years.length === 0 || Math.max(...years) <= Math.max(...others)) return { plan, question };
  const latest = String(Math.max(...years));
  const year: Subject = { kind: 'year', year: latest, said: latest };
  return { plan: { ...plan, sides: plan.sides.map((subject) => (subject === now ? year : subject)) }, question: `${question} ${latest}` };
}

/** How many of the passages now's side finds are read for the latest year they name. */
const NOW_PASSAGES = 3;

/**
 * A side's passages without the sentences naming another side compared and not this one (a passage found for
 * Quyết định 1272 also tells of Quyết định 122): each side says its own facts once, and the other side says its own.
 * List items stay (a list is said whole or not at all: "- Hà Nội …", "- TP.HCM …"). A passage left with no sentence
 * is dropped, one left whole is kept as found, and when none would be left the side keeps all it found.
 */
function ownSentences(passages: readonly Passage[], subject: Subject, compared: readonly Subject[], lexicon: Lexicon): Passage[] {
  const own = subjectKey(subject);
  const others = new Set(compared.map(subjectKey).filter((key) => key !== own));
  const keep = (sentence: string) => {
    const named = subjectsOfSentence(sentence, lexicon).map(subjectKey);
    return named.includes(own) || !named.some((key) => others.has(key));
  };
  const kept = passages.flatMap((passage) => {
    const lines = passage.text.split('\n').map((line) => (LIST_ITEM.test(line) ? line : splitIntoSentences(line).filter(keep).join(' ')));
    const text = lines.filter((line) => line.trim() !== '').join('\n');
    return text === '' ? [] : [text === passage.text ? passage : { ...passage, text }];
  });
  return kept.length > 0 ? kept : [...passages];
}

/** Facets a year's own passages answer (its Week's dates, its theme); figures of two years often share one passage. */
const YEAR_OWN_FACETS: readonly Facet[] = ['date', 'theme'];

/** The year's own sections: those of `passages` headed by `year`. */
function byHeadingYear(passages: readonly Passage[], year: string): Passage[] {
  return passages.filter((p) => p.heading.includes(year));
}

/**
 * The subjects a comparison sets side by side: two or more titles, places, events or documents of one kind; else two
 * or more years of the one subject named ("chủ đề Tuần lễ năm 2023 và năm 2024 khác nhau thế nào").
 */
export function comparedSubjects(query: string, lexicon: Lexicon): Subject[] {
  const subjects = subjectsOf(query, lexicon);
  const byKind = new Map<string, Subject[]>();
  for (const subject of subjects) byKind.set(kindOf(subject, lexicon), [...(byKind.get(kindOf(subject, lexicon)) ?? []), subject]);
  const groups = [...byKind.entries()];
  const named = groups.find(([kind, group]) => kind !== 'year' && group.length >= 2)?.[1];
  if (named) return named;
  const years = byKind.get('year') ?? [];
  return years.length >= 2 && groups.filter(([kind]) => kind !== 'year').every(([, group]) => group.length === 1) ? years : [];
}

/**
 * Whether a passage compares the sides itself: its heading names every compared subject ("Thông tư 44/2014 khác
 * Thông tư 25/2023 thế nào?"), so it answers the comparison better than each side searched on its own.
 */
function comparesAll(passage: Passage, compared: readonly Subject[], lexicon: Lexicon): boolean {
  const named = subjectsOf(passage.heading, lexicon);
  return compared.every((subject) => named.some((other) => subjectKey(other) === subjectKey(subject)));
}

/** What identifies a subject however it was said: its group, year or document number. */
function subjectKey(subject: Subject): string {
  return subject.kind === 'group' ? `g:${subject.key}` : subject.kind === 'year' ? `y:${subject.year}` : `d:${subject.number}`;
}

/**
 * The question about one side only: the other compared subjects, the words that compare ("khác nhau"), those that join
 * the sides ("và", "với") and those pointing at both ("hai cái này") taken out.
 */
export function questionAbout(query: string, subject: Subject, lexicon: Lexicon): string {
  // The subject by its name as the documents write it: folded words a question typed ("cong dan hoc tap") would also
  // find other titles' words ("cộng đồng", "dân cư").
  const name = subject.kind === 'group' ? (lexicon.subjectName.get(subject.key) ?? subject.said) : subject.said;
  const words = wordsOf(`${withoutReplacedSubjects(query, subject.said, lexicon)} ${name}`);
  const spans = [...lexicon.facets.get('comparison')!.find(words, false), ...lexicon.comparisonJoiners.find(words, false), ...lexicon.comparisonPointers.find(words, false)];
  const comparing = positionsIn(spans);
  return words.filter((_, i) => !comparing.has(i)).map((w) => w.text).join(' ');
}
