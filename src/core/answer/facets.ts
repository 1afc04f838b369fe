// Which facets a document sentence carries: from its form (dates, figures, quotations) and from evidence words (data).
import { TEXT_CACHE_SIZES, cachePerOwner, sharedTextCache } from '../text/memo.js';
import { FACETS as FACET_NAMES, type Facet, type Lexicon } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';

// JavaScript's \b knows only ASCII letters, so word edges are written with \p{L} and \p{N} look-arounds.
const DATE = /(?<![\p{L}\p{N}])(?:\d{1,2}\s?\/\s?\d{1,2}(?:\s?\/\s?\d{2,4})?|ngày\s+\d{1,2}|tháng\s+\d{1,2}|đầu tháng)(?![\p{L}\p{N}])/u;
/** A percentage or a number of two digits or more; a smaller number counts when a unit follows (answer-evidence.yaml). */
const FIGURE = /\d\s?%|(?<![\p{L}\p{N}])\d{2,}(?![\p{L}\p{N}])/u;
/** A date or a document's number ("30/3/2024", "281/QĐ-TTg"): no figure, though written with digits. */
const NUMBERED_NOT_FIGURE = /\d+\/[\p{L}\p{N}/-]+/gu;
const NUMBER_WORD = /^\d+(?:[.,]\d+)*$/u;
const QUOTATION = /[“"«][^”"»]{6,}[”"»]/u;
/** A list told in one sentence: a colon, then items parted by semicolons ("xét các danh hiệu: Cộng đồng học tập …; Gia
 * đình học tập; …"). */
const INLINE_LIST = /:[^:;]+;[^;]+;/u;

/** Facets of document sentences, computed once per sentence (and lexicon): passages are re-read by every answer. */
const facetCache = cachePerOwner<Lexicon, ReadonlySet<Facet>>(TEXT_CACHE_SIZES.sentences);
const facetCacheWithoutLexicon = sharedTextCache<ReadonlySet<Facet>>(TEXT_CACHE_SIZES.sentences);

/** The facets `sentence` carries (shared and cached: do not modify). `isListItem` marks a line of a list. */
export function sentenceFacets(sentence: string, isListItem: boolean, lexicon: Lexicon | undefined): ReadonlySet<Facet> {
  const cache = lexicon ? facetCache(lexicon) : facetCacheWithoutLexicon;
  return cache.get(`${isListItem ? 'L' : 'S'}${sentence}`, () => facetsOf(sentence, isListItem, lexicon));
}

function facetsOf(sentence: string, isListItem: boolean, lexicon: Lexicon | undefined): Set<Facet> {
  const facets = new Set<Facet>();
  if (DATE.test(sentence)) facets.add('date');
  if (FIGURE.test(sentence.replace(NUMBERED_NOT_FIGURE, ' '))) facets.add('number');
  if (QUOTATION.test(sentence)) facets.add('theme');
  if (isListItem || /:\s*$/u.test(sentence) || INLINE_LIST.test(sentence)) facets.add('list');
  if (!lexicon) return facets;
  const words = wordsOf(sentence);
  const counted = lexicon.evidence.get('counted');
  if (counted && words.some((word, i) => NUMBER_WORD.test(word.text) && counted.matchAt(words, i + 1, true) > 0)) facets.add('number');
  for (const [facet, phrases] of lexicon.evidence) {
    if ((FACET_NAMES as readonly string[]).includes(facet) && phrases.find(words, true).length > 0) facets.add(facet as Facet);
  }
  return facets;
}

/**
 * A document's number with its kind ("1315/QĐ-TTg", "24/2023/TT-BGDĐT": the number, not its year) and the date written
 * right after it: that document's own date.
 */
const DOCUMENT_WITH_DATE = /(?<![\p{L}\p{N}])(\d+)(?:\/(?:19|20)\d{2})?\/[\p{L}\p{N}-]+\s+(?:ban hành\s+)?ngày\s+\d{1,2}\/\d{1,2}\/\d{2,4}/giu;

/**
 * True when every date of `sentence` is the date of a document other than those `asked` by number: "… được cụ thể hóa
 * tại Quyết định 1315/QĐ-TTg ngày 09/11/2023" tells no date of Quyết định 387.
 */
export function datesOnlyOfOtherDocuments(sentence: string, asked: readonly string[]): boolean {
  let other = false;
  const rest = sentence.replace(DOCUMENT_WITH_DATE, (whole, number: string) => {
    if (asked.includes(number)) return whole;
    other = true;
    return ' ';
  });
  return other && !DATE.test(rest);
}

/** True when `sentence` gives the own date of a document `asked` by number ("Công văn 5201/BGDĐT-GDTX ngày 09/09/2024"). */
export function datesAskedDocument(sentence: string, asked: readonly string[]): boolean {
  return [...sentence.matchAll(DOCUMENT_WITH_DATE)].some((match) => asked.includes(match[1]!));
}

/** True when the sentence says its fact is not officially confirmed. */
export function saysUnconfirmed(sentence: string, lexicon: Lexicon | undefined): boolean {
  return (lexicon?.evidence.get('unconfirmed')?.find(wordsOf(sentence), true).length ?? 0) > 0;
}

/** The answer already says the district level is gone ("hai cấp"). */
export function saysDistrictCaveat(answer: string, lexicon: Lexicon | undefined): boolean {
  return (lexicon?.evidence.get('district-caveat-said')?.find(wordsOf(answer), true).length ?? 0) > 0;
}

/** True when an answer names the district level without already saying that districts are gone and who recognises is unconfirmed. */
export function needsDistrictCaveat(answer: string, lexicon: Lexicon | undefined): boolean {
  if (!lexicon) return false;
  const words = wordsOf(answer);
  const has = (key: 'district-caveat' | 'district-caveat-said' | 'unconfirmed') => (lexicon.evidence.get(key)?.find(words, true).length ?? 0) > 0;
  return has('district-caveat') && !(has('district-caveat-said') && has('unconfirmed'));
}

/**
 * Numbers that are no figure: a date ("29/12/2015", "12/2025"), a document's number ("25/2023/TT-BGDĐT",
 * "1315/QĐ-TTg"), a year, an article or a level ("Điều 6", "mức độ 2").
 */
const NOT_FIGURES = /\d+\/[\dA-Za-zĐđ/-]+|\b(?:19|20)\d\d\b|(?<![\p{L}\p{N}])(?:điều|mức độ|mức|tiêu chí|nhóm|khoản)\s+\d+/giu;

/** The text gives a share: a percentage. */
export function givesShare(text: string): boolean {
  return /%|phần trăm/u.test(text);
}

/** The sentence gives a figure: a number left once dates, document numbers, years, articles and levels are set aside. */
export function givesFigure(sentence: string): boolean {
  return /\d/u.test(sentence.replace(NOT_FIGURES, ' '));
}
