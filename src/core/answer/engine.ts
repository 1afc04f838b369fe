// The answer engine: curated → refusal checks → retrieval → grounded model (if any) → extractive fallback.
import type { Citation, Passage, PassageSearch } from '../types.js';
import type { Messages } from '../messages.js';
import { fill } from '../messages.js';
import { foldText } from '../text/vietnamese.js';
import { documentName } from './citations.js';
import { composeExtractive, type ComposedAnswer } from './extractive.js';
import { followUpTopic, isFollowUp, retrievalQuery } from './follow-up.js';
import type { HistoryTurn } from './grounded.js';
import { isAttack } from './guard.js';
import type { ChatModel, GroundedPrompts } from './model.js';

/** A moderator-approved answer that takes precedence for the same or closely similar questions. */
export interface CuratedAnswer {
  id: number;
  answer: string;
  citations: Citation[];
}

/** Lookup of curated answers (implemented by the admin console's store); local answers need the resident's place. */
export interface CuratedAnswers {
  match(question: string, place?: { province?: string; ward?: string }): CuratedAnswer | undefined;
}

/** What the engine decided, with everything the conversation log records. */
export interface EngineAnswer {
  text: string;
  citations: Citation[];
  mode: 'extractive' | 'grounded' | 'curated' | 'refusal';
  refused: boolean;
  /** Why a grounded answer was not used (timeout, model_error, no_citation, unknown_citation, empty). */
  fallbackReason?: string;
  /** Why the question was refused (attack, weak_evidence, no_evidence, model_declined). */
  refusalReason?: string;
  passages: Passage[];
}

/** Dependencies of the engine; `model` switches on grounded mode. */
export interface AnswerEngineDeps {
  search: PassageSearch;
  messages: Messages;
  model?: ChatModel;
  prompts?: GroundedPrompts;
  curated?: CuratedAnswers;
  /** Minimum share of the question's weighted terms the best passage must contain. */
  minCoverage?: number;
  /** Passages retrieved per question. */
  topK?: number;
}

/** Answers questions; never throws for user input. */
export interface AnswerEngine {
  answer(question: string, history?: readonly HistoryTurn[], asker?: { place?: { province?: string; ward?: string } }): Promise<EngineAnswer>;
}

/** Creates the answer engine. */
export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const minCoverage = deps.minCoverage ?? 0.38;
  const topK = deps.topK ?? 5;
  const refuse = (reason: string, passages: Passage[] = [], text = deps.messages.refusal): EngineAnswer => ({
    text,
    citations: [],
    mode: 'refusal',
    refused: true,
    refusalReason: reason,
    passages,
  });

  return {
    async answer(question, history = [], asker = {}) {
      if (isAttack(question)) return refuse('attack', [], deps.messages.refusalAttack);

      const curated = deps.curated?.match(question, asker.place);
      if (curated) return { text: curated.answer, citations: curated.citations, mode: 'curated', refused: false, passages: [] };

      const previous = history.at(-1)?.question;
      const query = retrievalQuery(question, previous);
      let passages = deps.search.search(query, { limit: topK });
      if (query !== question) passages = preferNewTerms(passages, question);
      const best = passages[0];
      if (!best) return refuse('no_evidence');
      if (best.coverage < minCoverage) return refuse('weak_evidence', passages);

      const answerQuestion = query !== question && isFollowUp(question) ? query : question;
      let fallbackReason: string | undefined;
      if (deps.model && deps.prompts) {
        // Loaded on first use: offline deployments never pay for the prompt-template library.
        const { answerGrounded } = await import('./grounded.js');
        const grounded = await answerGrounded(deps.model, deps.prompts, question, passages, history);
        if (grounded.ok && grounded.declined) return refuse('model_declined', passages);
        if (grounded.ok) return finish(grounded.answer, 'grounded', passages, deps.messages);
        fallbackReason = grounded.reason;
      }
      const extractive = composeExtractive(answerQuestion, passages);
      return { ...finish(extractive, 'extractive', passages, deps.messages), fallbackReason };
    },
  };
}

/** Adds the notes an answer must carry: superseded sources and the post-2025 district-level caveat. */
function finish(answer: ComposedAnswer, mode: 'extractive' | 'grounded', passages: Passage[], messages: Messages): EngineAnswer {
  const notes: string[] = [];
  for (const citation of answer.citations) {
    if (citation.status !== 'superseded') continue;
    const passage = passages.find((p) => p.chunkId === citation.chunkId);
    const reference = passage ? (documentName(passage.meta) ?? passage.meta.title) : citation.title;
    notes.push(fill(messages.supersededNote, { reference, by: passage?.meta.supersededBy ?? 'văn bản mới hơn' }));
  }
  const folded = foldText(answer.text);
  if (/\bcap huyen\b/u.test(folded) && !/\b142\/2025\b|\bhai cap\b/u.test(folded)) notes.push(messages.districtCaveat);
  const text = [answer.text, ...notes].join('\n\n');
  return { text, citations: answer.citations, mode, refused: false, passages };
}

/** For follow-ups, ranks first the passages about the follow-up's topic: in the title or heading counts most. */
function preferNewTerms(passages: Passage[], followUp: string): Passage[] {
  const topic = followUpTopic(followUp).join(' ');
  if (topic === '') return passages;
  const mentions = (text: string) => ` ${(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `.includes(` ${topic} `);
  const weight = (p: Passage) => (mentions(`${p.meta.title} ${p.heading}`) ? 2 : 0) + (mentions(p.text) ? 1 : 0);
  return passages
    .map((passage, index) => ({ passage, index, weight: weight(passage) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.passage);
}
