// Residents' 👍/👎 on answers: button data, a text handler for channels without callbacks, and the thanks replies.
import type { MessageHandler } from './assistant.js';
import { foldText } from './text/vietnamese.js';
import type { Address, Reply, ReplyButton } from './types.js';

export type FeedbackValue = 'up' | 'down';

/** Where feedback is kept (implemented over the turns table). */
export interface FeedbackStore {
  /** Records feedback on a turn of this chat; false when the turn does not exist or belongs to another chat. */
  record(turnId: number, address: Address, value: FeedbackValue, at: Date): boolean;
  /** Id of the chat's latest answered (not refused) turn at or after `since`. */
  latestAnswered(address: Address, since: Date): number | undefined;
}

/** Button labels and replies to feedback, in Vietnamese (from prompts/messages.yaml). */
export interface FeedbackTexts {
  upLabel: string;
  downLabel: string;
  thanksUp: string;
  thanksDown: string;
  /** Reply to button data that rates no turn of this chat. */
  stale: string;
}

const DATA = /^fb:(up|down):(\d{1,15})$/u;
/** A bare 👍/👎 (any skin tone) or +1/-1; the buttons' labels typed back count too (see voteOf). */
const UP = /^(?:👍[\u{1F3FB}-\u{1F3FF}\uFE0F]*|\+1)$/u;
const DOWN = /^(?:👎[\u{1F3FB}-\u{1F3FF}\uFE0F]*|-1)$/u;

/** The vote a typed message stands for, if it is only a vote. */
function voteOf(text: string, texts: FeedbackTexts): FeedbackValue | undefined {
  const folded = foldText(text);
  if (UP.test(text) || folded === foldText(texts.upLabel)) return 'up';
  if (DOWN.test(text) || folded === foldText(texts.downLabel)) return 'down';
  return undefined;
}

/** One row of 👍/👎 buttons for an answer; `data` is `fb:up:<turnId>` / `fb:down:<turnId>` (fits Telegram's 64 bytes). */
export function feedbackButtons(turnId: number, texts: FeedbackTexts): ReplyButton[][] {
  return [
    [
      { label: texts.upLabel, data: `fb:up:${turnId}` },
      { label: texts.downLabel, data: `fb:down:${turnId}` },
    ],
  ];
}

/** Parses button data made by feedbackButtons. */
export function parseFeedbackData(data: string): { value: FeedbackValue; turnId: number } | undefined {
  const match = DATA.exec(data.trim());
  return match ? { value: match[1] as FeedbackValue, turnId: Number(match[2]) } : undefined;
}

/** Records feedback from button data; returns the thanks text, or undefined when the data is not ours or the turn is not this chat's. */
export function recordFeedback(store: FeedbackStore, address: Address, data: string, at: Date, texts: FeedbackTexts): string | undefined {
  const parsed = parseFeedbackData(data);
  if (!parsed || !store.record(parsed.turnId, address, parsed.value, at)) return undefined;
  return parsed.value === 'up' ? texts.thanksUp : texts.thanksDown;
}

/** Dependencies of the text feedback handler. */
export interface FeedbackHandlerDeps {
  store: FeedbackStore;
  texts: FeedbackTexts;
  /** A bare 👍/👎 counts for the chat's latest answer given within this window (default 30 minutes). */
  windowMs?: number;
}

/**
 * The one feedback handler of every channel. Button data (`fb:up:12`, a pressed inline button or typed back) rates
 * that turn of this chat; its thanks is a notice on the button that takes the 👍/👎 off. A message that is only 👍
 * or 👎 rates the chat's latest answer. Anything else passes through.
 */
export function createFeedbackHandler(deps: FeedbackHandlerDeps): MessageHandler {
  const { texts } = deps;
  const windowMs = deps.windowMs ?? 30 * 60 * 1000;
  const system = (text: string, press?: Reply['press']): Reply => ({ text, citations: [], refused: false, mode: 'system', press });
  return (message): Reply | undefined => {
    if (message.kind !== 'text') return undefined;
    const text = message.text.normalize('NFC').trim().replace(/\s+/gu, ' ');
    const at = message.receivedAt;
    // Button data is never a question: when it does not rate one of this chat's turns, say so instead of answering it.
    if (parseFeedbackData(text)) {
      const thanks = recordFeedback(deps.store, message.address, text, at, texts);
      return system(thanks ?? texts.stale, { showAs: 'notice', removeButtons: thanks !== undefined });
    }
    const value = voteOf(text, texts);
    if (!value) return undefined;
    const turnId = deps.store.latestAnswered(message.address, new Date(at.getTime() - windowMs));
    if (turnId === undefined || !deps.store.record(turnId, message.address, value, at)) return undefined;
    return system(value === 'up' ? texts.thanksUp : texts.thanksDown);
  };
}
