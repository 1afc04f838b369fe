// Query-time vocabulary from a data file: synonym groups, document kinds (number variants) and question words.
import { readFileSync } from 'node:fs';
import { parseYaml as parse } from '../yaml-file.js';
import { z } from 'zod';
import { findReferences, referenceVariants, type DocumentKind } from './doc-refs.js';
import { searchTerms } from './terms.js';

/** Groups of equivalent phrases and the document-reference rule, applied to a query's folded tokens. */
export interface SynonymTable {
  /** For each group or document reference the folded query mentions: the phrase it used and the other phrases to search too. */
  expand(queryTokens: readonly string[]): SynonymMatch[];
  /** Folded words and word pairs ("bao_nhieu") that ask rather than say; they count less in ranking. */
  questionTerms: ReadonlySet<string>;
  /** Folded question words that make a word pair holding one ask too ("do_ai" of "do ai quy định", "nam_nao"). */
  pairQuestionWords: ReadonlySet<string>;
}

/** One synonym group (or document reference) found in a query. */
export interface SynonymMatch {
  /** The query's own phrase (folded tokens). */
  used: string[];
  /** The other phrases of the group, to search too (folded tokens). */
  alternatives: string[][];
  /** For a document reference: the number (and year) it names. */
  reference?: { number: string; year?: string };
}

/** Synonym data: phrase groups and document kinds (full name → abbreviations). */
export interface SynonymData {
  groups: readonly (readonly string[])[];
  documentKinds?: Readonly<Record<string, readonly string[]>>;
  questionWords?: readonly string[];
  pairQuestionWords?: readonly string[];
}

const phrase = (text: string) => searchTerms(text).folded;

/** Builds a table from phrase groups (any spelling; matching is folded and token-based) and document kinds. */
export function createSynonymTable(data: SynonymData | readonly (readonly string[])[]): SynonymTable {
  const { groups, documentKinds = {}, questionWords = [], pairQuestionWords = [] } = Array.isArray(data) ? { groups: data as readonly (readonly string[])[] } : (data as SynonymData);
  const phrases = groups.map((group) => group.map(phrase).filter((tokens) => tokens.length > 0));
  const kinds: DocumentKind[] = Object.entries(documentKinds).map(([name, abbreviations]) => ({
    names: [phrase(name)],
    abbreviations: abbreviations.map(phrase).filter((tokens) => tokens.length === 1).map((tokens) => tokens[0]!),
  }));
  const questionTerms = new Set(questionWords.map(phrase).map((tokens) => (tokens.length === 1 ? tokens[0]! : tokens.join('_'))));
  for (const term of [...questionTerms]) if (term.includes('_')) term.split('_').forEach((t) => questionTerms.add(t));
  return {
    questionTerms,
    pairQuestionWords: new Set(pairQuestionWords.flatMap(phrase)),
    expand(queryTokens) {
      const matches: SynonymMatch[] = [];
      for (const group of phrases) {
        const used = group.filter((p) => containsSequence(queryTokens, p)).sort((a, b) => b.length - a.length)[0];
        if (!used) continue;
        matches.push({ used, alternatives: group.filter((p) => !containsSequence(queryTokens, p)) });
      }
      for (const reference of findReferences(queryTokens, kinds)) {
        const alternatives = referenceVariants(reference).filter((p) => !containsSequence(queryTokens, p));
        matches.push({ used: reference.tokens, alternatives, reference: { number: reference.number, year: reference.year } });
      }
      return matches;
    },
  };
}

const fileSchema = z.union([
  z.array(z.array(z.union([z.string(), z.number()]).transform(String))),
  z.object({
    groups: z.array(z.array(z.union([z.string(), z.number()]).transform(String))).default([]),
    'document-kinds': z.record(z.string(), z.array(z.string())).default({}),
    'question-words': z.array(z.string()).default([]),
    'pair-question-words': z.array(z.string()).default([]),
  }),
]);

/**
 * Reads the synonyms YAML (a list of groups, or `groups`, `document-kinds`, `question-words`, `pair-question-words`); a
 * missing file gives an empty table.
 */
export function loadSynonyms(path: string): SynonymTable {
  let raw: unknown = [];
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path}: cannot read synonyms (${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: expected a list of synonym groups, or "groups" and "document-kinds" (${issue?.path.join('.') || 'top level'}: ${issue?.message})`);
  }
  const data = parsed.data;
  return createSynonymTable(Array.isArray(data) ? data : { groups: data.groups, documentKinds: data['document-kinds'], questionWords: data['question-words'], pairQuestionWords: data['pair-question-words'] });
}

function containsSequence(tokens: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= tokens.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (tokens[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
