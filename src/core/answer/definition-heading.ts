// A near-tied passage whose heading asks for a definition goes first for a definition question: "công dân học tập là
// sao" wants "Công dân học tập là gì?", not "Chỉ tiêu Công dân học tập là bao nhiêu?", which shares as many words.
import type { Passage } from '../types.js';
import type { Facet } from '../understand/lexicon.js';
import { wordsOf } from '../understand/words.js';
import { DEFINITION_HEADING_SCORE_SHARE, DEFINITION_HEADING_WINDOW } from './tuning.js';

/**
 * For a question asking what something is, moves to the front the passage among the next few, scoring nearly as much as
 * the best, whose heading defines what the question names most nearly: the fewest words of its defined term (before
 * "là") missing from the question — a heading asking no definition has none. "tuần lễ học tập suốt đời là gì" wants
 * "Tuần lễ hưởng ứng học tập suốt đời là gì, có từ bao giờ?" (two words missing), not "Khẩu hiệu của Tuần lễ … là gì?"
 * (three), nor "Chỉ tiêu … là bao nhiêu?". `headingFacets` reads a heading as a question (the knowledge's headings are
 * written as residents ask). Other facets are left to the rerank: moving passages for every facet asked changed 73
 * replies on the development sets for a net loss of 2.
 */
export function preferDefinitionHeading(passages: Passage[], asked: readonly Facet[], headingFacets: (heading: string) => readonly Facet[], question: string): Passage[] {
  const first = passages[0];
  if (!first || !asked.includes('definition')) return passages;
  const questionWords = new Set(foldedWords(question));
  const missing = (passage: Passage) => {
    const term = headingFacets(passage.heading).includes('definition') ? definedTerm(passage.heading) : undefined;
    return term === undefined ? Infinity : term.filter((word) => !questionWords.has(word)).length;
  };
  let best = 0;
  let fewest = missing(first);
  passages.forEach((passage, i) => {
    if (i === 0 || i >= DEFINITION_HEADING_WINDOW || passage.score < first.score * DEFINITION_HEADING_SCORE_SHARE) return;
    const count = missing(passage);
    if (count < fewest) (best = i), (fewest = count);
  });
  return best === 0 ? passages : [passages[best]!, ...passages.filter((_, i) => i !== best)];
}

/** The folded words a heading defines: those before its first "là" (the whole heading when it has none). */
function definedTerm(heading: string): string[] {
  const words = foldedWords(heading);
  const at = words.indexOf('la');
  return at > 0 ? words.slice(0, at) : words;
}

function foldedWords(text: string): string[] {
  return wordsOf(text).map((word) => word.folded);
}
