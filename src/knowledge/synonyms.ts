// Query-time synonyms from a data file: abbreviations, document-number variants and English terms.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { foldedTokens } from '../core/text/vietnamese.js';

/** Groups of equivalent phrases, each phrase stored as folded tokens. */
export interface SynonymTable {
  /** For each group the folded query mentions: the phrase it used and the group's other phrases (folded tokens). */
  expand(queryTokens: readonly string[]): SynonymMatch[];
}

/** One synonym group found in a query. */
export interface SynonymMatch {
  /** The query's own phrase (folded tokens). */
  used: string[];
  /** The other phrases of the group, to search too. */
  alternatives: string[][];
}

/** Builds a table from groups of phrases (any spelling; matching is folded and token-based). */
export function createSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const phrases = groups.map((group) => group.map(foldedTokens).filter((tokens) => tokens.length > 0));
  return {
    expand(queryTokens) {
      const matches: SynonymMatch[] = [];
      for (const group of phrases) {
        const used = group.filter((phrase) => containsSequence(queryTokens, phrase)).sort((a, b) => b.length - a.length)[0];
        if (!used) continue;
        matches.push({ used, alternatives: group.filter((phrase) => !containsSequence(queryTokens, phrase)) });
      }
      return matches;
    },
  };
}

/** Reads a YAML file holding a list of groups (lists of strings); a missing file gives an empty table. */
export function loadSynonyms(path: string): SynonymTable {
  let groups: unknown = [];
  try {
    groups = parse(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path}: cannot read synonyms (${(error as Error).message})`);
  }
  const list = Array.isArray(groups) ? groups : ((groups as { groups?: unknown }).groups ?? []);
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list of synonym groups`);
  return createSynonymTable(list.filter(Array.isArray).map((group: unknown[]) => group.map(String)));
}

function containsSequence(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
