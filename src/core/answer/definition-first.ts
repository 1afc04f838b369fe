// A yes/no asked beside what a subject is opens with what the subject is, answered from the clause asking it.
import type { Passage } from '../types.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import type { Understanding } from '../understand/understand.js';
import { composeExtractive, type ComposedAnswer, type ComposeTexts } from './extractive.js';
import { bestCoverage } from './focus.js';
import { joinSides } from './join-sides.js';
import { topicSubjectsOf } from './subjects.js';
import { DEFINITION_FIRST_CHARS } from './tuning.js';

/** What opening with a definition needs from the engine. */
export interface DefinitionFirstDeps {
  lexicon: Lexicon;
  texts: ComposeTexts;
  /** The engine's search for what something is (passages naming the question's subjects first, a heading defining
   * what it names before near ties). */
  retrieve(question: string): Passage[];
  /** Reads a text as the engine reads a message. */
  read(text: string): Understanding;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage: number;
}

/**
 * "công dân học tập là gì, công nhân như mình có được xét không": the verdict composed for the whole message says
 * nothing of what the title is. The clause asking only what a subject is (with the topics the message names when it
 * names none: "… đúng không? Nó là gì vậy?") is answered on its own, its prose only, when its evidence holds: before
 * the verdict, or after a decided one ("Chưa đạt. …"); a sentence both say word for word is said once. Undefined
 * otherwise.
 */
export function withDefinitionFirst(
  composed: ComposedAnswer,
  passages: readonly Passage[],
  asked: { facets: readonly Facet[]; clauses: readonly string[]; question: string },
  deps: DefinitionFirstDeps,
): { answer: ComposedAnswer; passages: Passage[] } | undefined {
  const { lexicon } = deps;
  if (!asked.facets.includes('definition') || !asked.facets.includes('yesno')) return undefined;
  const clause = asked.clauses.find((text) => deps.read(text).facets.join() === 'definition');
  if (clause === undefined) return undefined;
  const named = topicSubjectsOf(asked.question, lexicon)
    .map((subject) => subject.said)
    .join(' ');
  if (named === '') return undefined;
  const question = topicSubjectsOf(clause, lexicon).length > 0 ? clause : `${named} ${clause}`;
  const found = deps.retrieve(question);
  if (bestCoverage(found) < deps.minCoverage) return undefined;
  const part = withoutListItems(composeExtractive(question, found, { facets: ['definition'], lexicon, texts: deps.texts, maxChars: DEFINITION_FIRST_CHARS }));
  if (!part.carried?.includes('definition') || part.text === '') return undefined;
  const definition = { answer: part, passages: found };
  const judged = { answer: composed, passages };
  // A decided verdict ("Chưa đạt.", "Đúng.") answers the asker's own case first; "chưa rõ" is said after what it is.
  const sides = composed.verdict === 'decided' ? [judged, definition] : [definition, judged];
  return { answer: joinSides(sides), passages: sides.flatMap((side) => [...side.passages]) };
}

/** The answer's prose: list items cut from their list ("• Tiêu chí 2 …" without the first) say nothing of what it is. */
function withoutListItems(answer: ComposedAnswer): ComposedAnswer {
  const text = answer.text.split('\n').filter((line) => !line.startsWith('•')).join('\n').trim();
  return { ...answer, text, citations: answer.citations.filter((citation) => text.includes(`[${citation.n}]`)) };
}
