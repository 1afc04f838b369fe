// The channel-neutral assistant: commands, feature handlers, and questions answered and logged as turns.
import type { AnswerEngine } from './answer/engine.js';
import { HISTORY_TURNS } from './answer/tuning.js';
import { feedbackButtons } from './feedback.js';
import { feedbackTexts } from './messages.js';
import type { Messages } from './messages.js';
import type { IncomingMessage, Reply, ReplyButton, TurnLog } from './types.js';

/** A feature that may take a message before it is treated as a question (subscriptions, feedback, …). */
export type MessageHandler = (message: IncomingMessage) => Reply | undefined | Promise<Reply | undefined>;

/** Everything the assistant needs, built by main.ts. */
export interface AssistantDeps {
  engine: AnswerEngine;
  turns: TurnLog;
  messages: Messages;
  /** Tried in order before a message is answered as a question. */
  handlers?: MessageHandler[];
  /** Milliseconds clock for latency (performance.now by default). */
  clock?: () => number;
  now?: () => Date;
  /** Questions longer than this get a polite request to shorten them. */
  maxQuestionChars?: number;
  /** Previous turns given to follow-up resolution. */
  historyTurns?: number;
  /** The asker's place (from their subscription), so curated answers written for a locality reach only it. */
  placeOf?: (address: IncomingMessage['address']) => { province?: string; ward?: string } | undefined;
  /** Called when answering fails unexpectedly (the user gets messages.error). */
  onError?: (error: unknown, message: IncomingMessage) => void;
}

/** Turns one incoming message into a reply. */
export interface Assistant {
  handle(message: IncomingMessage): Promise<Reply>;
}

/** Creates the assistant. Errors inside a handler or the engine become a polite error reply. */
export function createAssistant(deps: AssistantDeps): Assistant {
  const clock = deps.clock ?? (() => performance.now());
  const now = deps.now ?? (() => new Date());
  const maxChars = deps.maxQuestionChars ?? 2000;
  const { messages } = deps;
  const system = (text: string, buttons?: ReplyButton[][]): Reply => ({ text, citations: [], refused: false, mode: 'system', buttons });

  const answerQuestion = async (message: IncomingMessage, started: number): Promise<Reply> => {
    const question = message.text.trim();
    const history = deps.turns
      .recent(message.address.channel, message.address.chatId, deps.historyTurns ?? HISTORY_TURNS)
      .filter((turn) => !turn.refused && turn.mode !== 'smalltalk')
      .map((turn) => ({ question: turn.question, answer: turn.answer }));
    const result =
      question.length > maxChars
        ? { text: messages.tooLong, citations: [], mode: 'refusal' as const, refused: true, refusalReason: 'too_long', passages: [] }
        : await deps.engine.answer(question, history, { now: now(), place: deps.placeOf?.(message.address) });
    const latencyMs = clock() - started;
    const turnId = deps.turns.record({
      channel: message.address.channel,
      chatId: message.address.chatId,
      userId: message.userId,
      question: question.length > maxChars ? `${question.slice(0, maxChars)}…` : question,
      answer: result.text,
      mode: result.mode,
      refused: result.refused,
      citations: result.citations,
      scores: result.passages.map((p) => ({ chunkId: p.chunkId, score: round(p.score), coverage: round(p.coverage) })),
      fallbackReason: 'fallbackReason' in result ? result.fallbackReason : undefined,
      latencyMs,
      createdAt: now(),
    });
    // Answers carry 👍/👎 buttons (Telegram: inline buttons; Zalo: typed replies), so residents can rate them.
    const buttons = result.refused || result.mode === 'smalltalk' ? undefined : feedbackButtons(turnId, feedbackTexts(messages));
    return { text: result.text, citations: result.citations, refused: result.refused, mode: result.mode, turnId, buttons };
  };

  return {
    async handle(message) {
      const started = clock();
      try {
        if (message.kind === 'unsupported') return system(messages.unsupported);
        if (message.kind === 'command' && message.command === 'start') return system(messages.welcome, quickReplies(messages));
        if (message.kind === 'command' && message.command === 'help') return system(messages.help);
        for (const handler of deps.handlers ?? []) {
          const reply = await handler(message);
          if (reply) return reply;
        }
        if (message.kind === 'command') return system(messages.help);
        if (message.text.trim() === '') return system(messages.empty);
        return await answerQuestion(message, started);
      } catch (error) {
        deps.onError?.(error, message);
        return { ...system(messages.error), refused: true };
      }
    },
  };
}

function quickReplies(messages: Messages): ReplyButton[][] {
  const buttons = messages.quickReplies.map((label) => ({ label, data: label }));
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
