// A message asking several things, answered together: each thing asked that no chosen sentence carries is answered from its own clause.
import type { Passage } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import type { Understanding } from '../understand/understand.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { bestCoverage } from './focus.js';
import { joinSides } from './join-sides.js';
import { kindOf, subjectsOf, TOPIC_KINDS } from './subjects.js';
import { MISSING_PART_CHARS } from './tuning.js';

/** What completing an answer needs from the engine. */
export interface MissingFacetDeps {
  lexicon: Lexicon;
  texts: ComposeTexts;
  /** The engine's search (passages naming the question's subjects first). */
  retrieve(question: string): Passage[];
  /** Reads a text as the engine reads a message. */
  read(text: string): Understanding;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage: number;
}

/** Facets a sentence can carry; a yes/no verdict and a comparison are judged on the whole answer. */
const PART_FACETS: readonly Facet[] = ['definition', 'document', 'date', 'place', 'number', 'theme', 'procedure', 'list', 'reason'];

/**
 * "cong dan hoc tap la gi, mo hinh nay do van ban nao lap ra, phai duoc bao nhieu diem …": the answer composed for the
 * whole message gave the score three times and neither what the title is nor its document. Each facet asked that the
 * answer does not carry is asked again of the clause asking it — with the topics the message names when the clause
 * names none — and the sentence answering it (when its evidence holds and it carries the facet) follows the answer.
 * Undefined when nothing is missing or nothing found carries what is.
 */
export function withMissingFacets(
  composed: ComposedAnswer,
  passages: readonly Passage[],
  asked: { facets: readonly Facet[]; clauses: readonly string[]; question: string },
  deps: MissingFacetDeps,
): { answer: ComposedAnswer; passages: Passage[] } | undefined {
  const { lexicon } = deps;
  const missing = asked.facets.filter((facet) => PART_FACETS.includes(facet) && !(composed.carried ?? []).includes(facet));
  if (missing.length === 0 || composed.carried === undefined) return undefined;
  const topics = (text: string) => subjectsOf(text, lexicon).filter((subject) => subject.kind === 'document' || TOPIC_KINDS.includes(kindOf(subject, lexicon)));
  const named = topics(asked.question).map((subject) => subject.said).join(' ');
  const sides: { answer: ComposedAnswer; passages: readonly Passage[] }[] = [];
  const answered = new Set<string>();
  for (const facet of missing) {
    const clause = asked.clauses.find((text) => !answered.has(text) && deps.read(text).facets.includes(facet));
    if (clause === undefined) continue;
    answered.add(clause);
    const question = topics(clause).length > 0 || named === '' ? clause : `${named} ${clause}`;
    const found = deps.retrieve(question);
    if (bestCoverage(found) < deps.minCoverage) continue;
    const part = composeExtractive(question, found, { facets: [facet], lexicon, texts: deps.texts, maxChars: MISSING_PART_CHARS, maxSentences: 1 });
    if (part.carried?.includes(facet)) sides.push({ answer: part, passages: found });
  }
  if (sides.length === 0) return undefined;
  return { answer: joinSides([{ answer: composed, passages }, ...sides]), passages: [...passages, ...sides.flatMap((side) => side.passages)] };
}
