// Grounded answers: retrieved passages go to the model as id-tagged untrusted blocks; citations are verified.
import { PromptTemplate } from '@langchain/core/prompts';
import type { Citation, Passage } from '../types.js';
import { documentReference, toCitation } from './citations.js';
import { ModelError, type ChatMessage, type ChatModel, type GroundedPrompts } from './model.js';
import type { ComposedAnswer } from './extractive.js';
import { verifyAnswer } from './verify.js';

/** A previous exchange of the same chat, used to resolve follow-up questions. */
export interface HistoryTurn {
  question: string;
  answer: string;
}

/**
 * Result of a grounded attempt: an answer, or why the extractive answer must be used instead: 'timeout',
 * 'model_error', 'model_budget', 'empty', or a failed verification naming the claim ("unsupported_claim: \"999/2099/NĐ-CP\" [1]").
 */
export type GroundedResult =
  | { ok: true; answer: ComposedAnswer; declined: boolean }
  | { ok: false; reason: string };

/** Marker the system prompt asks the model to answer with when the documents do not contain the answer. */
export const NO_ANSWER_MARKER = 'KHONG_DU_THONG_TIN';
/** A decline is the marker line, maybe with a short apology; a longer text holding it (a prompt dump) is verified. */
const MAX_DECLINE_CHARS = 200;

/**
 * Asks the model for an answer citing [n]; shows it only when verifyAnswer finds every citation and claim supported.
 * `guidance` tells the model what is asked (the facets) and which year "năm nay" is.
 */
export async function answerGrounded(
  model: ChatModel,
  prompts: GroundedPrompts,
  question: string,
  passages: readonly Passage[],
  history: readonly HistoryTurn[],
  guidance = '',
): Promise<GroundedResult> {
  const context = passages.map((passage, i) => contextBlock(i + 1, passage)).join('\n\n');
  const user = await PromptTemplate.fromTemplate(prompts.answer).format({ context, question, guidance });
  const messages: ChatMessage[] = [
    { role: 'system', content: prompts.system },
    ...history.flatMap((turn): ChatMessage[] => [
      { role: 'user', content: turn.question },
      { role: 'assistant', content: turn.answer },
    ]),
    { role: 'user', content: user },
  ];

  let text: string;
  try {
    text = (await model.complete(messages)).trim();
  } catch (error) {
    const reason = error instanceof ModelError ? error.reason : 'error';
    return { ok: false, reason: reason === 'timeout' ? 'timeout' : reason === 'budget' ? 'model_budget' : 'model_error' };
  }
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length <= MAX_DECLINE_CHARS && text.includes(NO_ANSWER_MARKER)) return { ok: true, answer: { text: '', citations: [] }, declined: true };

  const verdict = verifyAnswer(text, passages, prompts);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };

  const citations: Citation[] = verdict.cited.map((n) => toCitation(n, passages[n - 1]!, passages[n - 1]!.text));
  return { ok: true, answer: { text, citations }, declined: false };
}

/** One passage as an id-tagged block; the text is data, never instructions. */
function contextBlock(n: number, passage: Passage): string {
  const reference = documentReference(passage.meta);
  const status = passage.meta.status === 'in-force' ? '' : ` trang_thai="${passage.meta.status}"`;
  const body = passage.text.replace(/<\/?tai_lieu[^>]*>/giu, '');
  return `<tai_lieu id="${n}" tieu_de="${escapeAttribute(passage.meta.title)}" van_ban="${escapeAttribute(reference)}"${status}>\n${body}\n</tai_lieu>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/"/gu, "'");
}
