// A near-tied passage whose heading asks for a definition goes first for a definition question: "công dân học tập là
// sao" wants "Công dân học tập là gì?", not "Chỉ tiêu Công dân học tập là bao nhiêu?", which shares as many words.
import type { Passage } from '../types.js';
import type { Facet } from '../understand/lexicon.js';
import { DEFINITION_HEADING_SCORE_SHARE, DEFINITION_HEADING_WINDOW } from './tuning.js';

/**
 * For a question asking what something is, moves to the front the first passage among the next few, scoring nearly as
 * much as the best, whose heading asks a definition, when the best one's heading does not. `headingFacets` reads a
 * heading as a question (the knowledge's headings are written as residents ask). Other facets are left to the rerank:
 * moving passages for every facet asked changed 73 replies on the development sets for a net loss of 2.
 */
export function preferDefinitionHeading(passages: Passage[], asked: readonly Facet[], headingFacets: (heading: string) => readonly Facet[]): Passage[] {
  const first = passages[0];
  if (!first || !asked.includes('definition')) return passages;
  const defines = (passage: Passage) => headingFacets(passage.heading).includes('definition');
  if (defines(first)) return passages;
  const at = passages.findIndex((p, i) => i > 0 && i < DEFINITION_HEADING_WINDOW && p.score >= first.score * DEFINITION_HEADING_SCORE_SHARE && defines(p));
  return at < 0 ? passages : [passages[at]!, ...passages.filter((_, i) => i !== at)];
}
