// A near-tied passage whose heading asks for a definition goes first for a definition question: "công dân học tập là
// sao" wants "Công dân học tập là gì?", not "Chỉ tiêu Công dân học tập là bao nhiêu?", which shares as many words.
import type { Passage } from '../types.js';
import type { Facet } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { DEFINITION_HEADING_SCORE_SHARE, DEFINITION_HEADING_WINDOW } from './tuning.js';

/**
 * For a question asking what something is, moves to the front the first passage among the next few, scoring nearly as
 * much as the best, whose heading asks a definition, when the best one's heading does not. `headingFacets` reads a
 * heading as a question (the knowledge's headings are written as residents ask). Other facets are left to the rerank:
 * moving passages for every facet asked changed 73 replies on the development sets for a net loss of 2.
 * A heading defining what the question names goes before one defining something else of it: "tuần lễ hưởng ứng học
 * tập suốt đời là gì" wants "Tuần lễ … là gì, có từ bao giờ?", not "Khẩu hiệu của Tuần lễ … là gì?" (its term, the
 * words before "là", holds words the question lacks).
 */
export function preferDefinitionHeading(passages: Passage[], asked: readonly Facet[], headingFacets: (heading: string) => readonly Facet[], question = ''): Passage[] {
  const first = passages[0];
  if (!first || !asked.includes('definition')) return passages;
  const defines = (passage: Passage) => headingFacets(passage.heading).includes('definition');
  const questionWords = new Set(foldedWords(question));
  const definesAsked = (passage: Passage) => defines(passage) && (definedTerm(passage.heading)?.every((word) => questionWords.has(word)) ?? false);
  const near = (passage: Passage, i: number) => i > 0 && i < DEFINITION_HEADING_WINDOW && passage.score >= first.score * DEFINITION_HEADING_SCORE_SHARE;
  if (definesAsked(first)) return passages;
  let at = passages.findIndex((p, i) => near(p, i) && definesAsked(p));
  if (at < 0 && !defines(first)) at = passages.findIndex((p, i) => near(p, i) && defines(p));
  return at < 0 ? passages : [passages[at]!, ...passages.filter((_, i) => i !== at)];
}

/** The folded words a heading defines: those before its first "là", or undefined when it has none before one. */
function definedTerm(heading: string): string[] | undefined {
  const words = foldedWords(heading);
  const at = words.indexOf('la');
  return at > 0 ? words.slice(0, at) : undefined;
}

function foldedWords(text: string): string[] {
  return wordsOf(text).map((word) => word.folded);
}
