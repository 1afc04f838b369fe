// A message parted into clauses as understanding reads them: address abbreviations spelled, quoted and listing commas kept, shorthand expanded.
import { withoutListingCommas, withoutQuotedCommas } from './commas.js';
import { distributeDocumentKinds } from './documents-named.js';
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
    .map((raw = '') => ({ raw, words: distributeDocumentKinds(expandShorthand(wordsOf(raw), lexicon), lexicon) }))
    .filter((clause) => clause.words.length > 0);
}
