// A message parted into clauses as understanding reads them: address abbreviations spelled, quoted and listing commas kept, shorthand expanded.
import { hasDiacritics } from '../text/vietnamese.js';
import { withoutListingCommas, withoutQuotedCommas } from './commas.js';
import { cuedFacets } from './cues.js';
import { distributeDocumentKinds, documentMentions, isTitlePhrase, namesSubject, titlePointerIn } from './documents-named.js';
import type { Lexicon } from './lexicon.js';
import { expandShorthand } from './shorthand.js';
import { wordsOf, type Word } from './words.js';

/** One clause: its text as typed and its words (shorthand expanded, numbers joined to a named document given its kind). */
export interface SplitClause {
  raw: string;
  words: Word[];
}

/** "q. Gò Vấp" → "quận Gò Vấp": an address abbreviation's period ends no sentence (`abbreviation-stops`). */
function withAbbreviationsSpelled(text: string, lexicon: Lexicon): string {
  const stops = lexicon.abbreviationStops;
  return stops ? text.replace(stops.pattern, (abbreviation: string, letters: string) => stops.spelled.get(letters.toLowerCase()) ?? abbreviation) : text;
}

/** The message's clauses, empty ones left out. */
export function splitClauses(text: string, lexicon: Lexicon): SplitClause[] {
  return withoutListingCommas(withoutQuotedCommas(withAbbreviationsSpelled(text, lexicon)), lexicon)
    .split(lexicon.clauseBoundary)
    .flatMap((raw = '') => partedAtAnd(raw, lexicon))
    .filter((clause) => clause.words.length > 0);
}

/** A clause's words: shorthand expanded, numbers joined to a named document given its kind. */
function wordsOfClause(raw: string, lexicon: Lexicon): Word[] {
  return distributeDocumentKinds(expandShorthand(wordsOf(raw), lexicon), lexicon);
}

/**
 * "tên đề án được quyết định 1373 phê duyệt và tên chương trình của quyết định 387": "và" parts two questions when each
 * side names one numbered document of its own and, before it, what it asks of it (a facet cue: "tên …", "ngày ban hành
 * của …") — not when what is asked is said once for both ("tên chương trình của QĐ 387 và QĐ 677 là gì", "chỉ tiêu …
 * theo QĐ 281 và năm 2025 theo QĐ 387 là bao nhiêu"), nor "so sánh quyết định 1373 và quyết định 387".
 */
function partedAtAnd(raw: string, lexicon: Lexicon): SplitClause[] {
  const accents = hasDiacritics(raw);
  // Each side is read once, however many of the checks below ask of it.
  const read = new Map<string, Word[]>();
  const wordsOfPart = (part: string) => read.get(part) ?? read.set(part, wordsOfClause(part, lexicon)).get(part)!;
  const documentAsked = (part: string) => {
    const words = wordsOfPart(part);
    const mentions = documentMentions(words, lexicon);
    if (mentions.length !== 1) return undefined;
    const { start, end } = mentions[0]!;
    return cuedFacets(words.slice(0, start), lexicon, accents).size > 0 ? words[end - 1]!.folded : undefined;
  };
  // "đơn vị học tập là gì và ai là người công nhận danh hiệu đó": a side asking of a title, then one asking of it
  // again through a pointer at a title (`topic-pointers` titles), naming no subject of its own.
  const titleAsked = (part: string) => {
    const words = wordsOfPart(part);
    return lexicon.subjects.find(words, false).some(({ phrase }) => isTitlePhrase(phrase, lexicon)) && cuedFacets(words, lexicon, accents).size > 0;
  };
  const titlePointerAsked = (part: string) => {
    const words = wordsOfPart(part);
    return titlePointerIn(words, lexicon, accents) !== undefined && !namesSubject(words, lexicon) && cuedFacets(words, lexicon, accents).size > 0;
  };
  const clause = (part: string): SplitClause => ({ raw: part, words: wordsOfPart(part) });
  for (const and of raw.matchAll(/\s(?:và|va)\s/giu)) {
    const left = raw.slice(0, and.index);
    const right = raw.slice(and.index + and[0].length);
    const [first, second] = [documentAsked(left), documentAsked(right)];
    if (first !== undefined && second !== undefined && first !== second) return [clause(left), ...partedAtAnd(right, lexicon)];
    if (titlePointerAsked(right) && titleAsked(left)) return [clause(left), clause(right)];
  }
  return [clause(raw)];
}
