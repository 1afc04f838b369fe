// Analyses a query once: its terms with IDF weights, synonym and document-number expansions, and the index lookups to make.
import { bigrams, hasDiacritics } from '../core/text/vietnamese.js';
import type { SynonymMatch, SynonymTable } from './synonyms.js';
import type { TermStats } from './term-stats.js';
import { searchTerms, toneKeys } from './terms.js';

/** A weighted query term (a folded unigram, or a bigram joined with "_"). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Everything the search needs about one query. */
export interface QueryPlan {
  unigrams: WeightedTerm[];
  /** Bigrams the index knows (a bigram found in no passage says nothing about ranking). */
  bigrams: WeightedTerm[];
  /** Every bigram of the query, known or not, for the evidence share the answer engine gates on. */
  allBigrams: string[];
  synonyms: SynonymMatch[];
  /** When the query was typed with diacritics: its folded words and pairs → their tone-keyed accented form; else empty. */
  accented: Map<string, string>;
  /** The terms to look up in the index, rarest first: an FTS5 expression of one double-quoted token each, and its weight. */
  probes: Probe[];
}

/** One term to fetch from the index. */
export interface Probe {
  term: string;
  /** FTS5 MATCH expression: the quoted term restricted to the head and folded columns. */
  query: string;
  weight: number;
}

/** Tuning of query analysis. */
export interface PlanOptions {
  maxTokens: number;
  /**
   * At or above `commonFrom` chunks, terms found in more than `commonShare` of them are not looked up (fetching every
   * passage that holds "học tập" costs time and finds nothing new); the `minMatchTerms` rarest terms always are.
   */
  commonFrom: number;
  commonShare: number;
  minMatchTerms: number;
  /** Terms are looked up rarest first while their summed posting lists stay within this many rows (bounds the work). */
  maxPostings: number;
  /** Weight factor of question words ("bao nhiêu", "khi nào"): rare in documents, yet they say nothing about the topic. */
  questionWeight: number;
}

/** Builds the plan of `query`, or undefined when it has no searchable token. */
export function planQuery(query: string, stats: TermStats, synonyms: SynonymTable | undefined, options: PlanOptions): QueryPlan | undefined {
  const terms = searchTerms(query.length > 4000 ? query.slice(0, 4000) : query);
  const tokens = terms.folded.slice(0, options.maxTokens);
  if (tokens.length === 0) return undefined;
  const tokenSet = new Set(tokens);
  const inRange = (pair: string) => pair.split('_').every((t) => tokenSet.has(t));
  const expansions = synonyms?.expand(tokens) ?? [];
  const alternatives = expansions.flatMap((match) => match.alternatives);

  const ownUni = unique(tokens);
  const ownBi = unique(terms.pairs.filter(inRange));
  const altUni = unique(alternatives.flat()).filter((t) => !ownUni.includes(t));
  const altBi = unique(alternatives.flatMap((phrase) => bigrams(phrase))).filter((t) => !ownBi.includes(t));
  const df = stats.frequencies([...ownUni, ...ownBi, ...altUni, ...altBi]);
  const total = Math.max(stats.total(), 1);
  const asking = synonyms?.questionTerms;
  const pairAsking = synonyms?.pairQuestionWords;
  const idf = (term: string) => Math.log(1 + total / ((df.get(term) ?? 0) + 0.5)) * (asking?.has(term) ? options.questionWeight : 1);
  const known = (term: string) => (df.get(term) ?? 0) > 0;
  // "qd 645" where the passages write "Quyết định 645" or "645/QĐ": the typed pair of a named document, found in no
  // passage, stands for the pairs of its other spellings that are found — it ranks with their rarest count, credited when
  // they match — so the abbreviation weighs as the full name would. It is not looked up itself.
  const standIns = new Map<string, number>();
  for (const { reference, used, alternatives } of expansions) {
    if (!reference) continue;
    const counts = alternatives.flatMap((phrase) => bigrams(phrase)).filter((pair) => pair.split('_').includes(reference.number) && known(pair)).map((pair) => df.get(pair)!);
    if (counts.length === 0) continue;
    for (const pair of bigrams(used)) if (!known(pair) && pair.split('_').includes(reference.number)) standIns.set(pair, Math.min(...counts));
  }
  for (const [pair, count] of standIns) df.set(pair, count);
  const selective = (term: string) => total < options.commonFrom || (df.get(term) ?? 0) / total <= options.commonShare;

  // Rarest first, question words ("là gì") after every other term: rare as they are, they say nothing of the topic and
  // would take one of the `minMatchTerms` lookups that find the passages about it ("ngày khuyến học là gì").
  // A pair holding a question word ("do_ai" of "do ai quy định") is looked up after the topic's words too: its other word
  // is looked up on its own. Its weight in ranking stays (a heading asking "… ai ký?" matches it).
  const asks = (term: string) => (asking?.has(term) || (term.includes('_') && term.split('_').some((word) => pairAsking?.has(word))) ? 1 : 0);
  // So is a bare figure that is no year ("công dân học tập 75 điểm có đạt không": the asker's own score is in two passages,
  // neither about the title): rare as it is, the passages holding it are about something else.
  const figure = (term: string) => (FIGURE.test(term) ? 1 : 0);
  const candidates = [...ownUni, ...altUni, ...ownBi, ...altBi].filter((term) => known(term) && !standIns.has(term)).sort((a, b) => asks(a) + figure(a) - asks(b) - figure(b) || df.get(a)! - df.get(b)!);
  // A document the question names by number ("thông tư 24/2023") is its most telling term, however many passages
  // mention that number: the pairs holding the number are always looked up.
  const named = new Set(
    expansions.flatMap(({ reference, used, alternatives }) =>
      reference ? [used, ...alternatives].flatMap((phrase) => bigrams(phrase)).filter((pair) => pair.split('_').includes(reference.number)) : [],
    ),
  );
  let postings = 0;
  const selected = candidates.filter((term, i) => {
    const keep = i < options.minMatchTerms || named.has(term) || (selective(term) && postings + df.get(term)! <= options.maxPostings);
    if (keep) postings += df.get(term)!;
    return keep;
  });
  const probes = selected.map((term) => ({ term, query: `${term.includes('_') ? '{head fold2}' : '{head fold}'} : ${quote(term)}`, weight: idf(term) }));

  const accentsTyped = terms.accented.some((token) => hasDiacritics(token));
  const accentedTerms = [...terms.accented.slice(0, options.maxTokens), ...terms.accentedPairs.slice(0, options.maxTokens)];
  const foldedTerms = [...terms.folded.slice(0, options.maxTokens), ...terms.pairs.slice(0, options.maxTokens)];
  const toned = toneKeys(accentedTerms);
  return {
    unigrams: ownUni.map((term) => ({ term, weight: idf(term) })),
    bigrams: ownBi.filter(known).map((term) => ({ term, weight: idf(term) })),
    allBigrams: ownBi,
    synonyms: expansions,
    accented: new Map(accentsTyped ? foldedTerms.map((term, i) => [term, toned[i]!]) : []),
    probes,
  };
}

/** A number of one to three digits, alone: no year, no numbered document's full number ("24/2023" is one pair). */
const FIGURE = /^\d{1,3}$/u;

function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
