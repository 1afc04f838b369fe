// Residents' 👍/👎: button data, the text handler for Zalo, the store's chat check, and the Telegram composer.
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedbackHandler, feedbackButtons, parseFeedbackData, recordFeedback } from '../../src/core/feedback.js';
import { feedbackTexts } from '../../src/core/messages.js';
import { loadPrompts } from '../../src/prompts.js';
import { ROOT } from '../helpers/core.js';
import type { IncomingMessage, TurnRecord } from '../../src/core/types.js';
import { createTurnFeedbackStore } from '../../src/store/turn-feedback.js';
import { testConsole } from './helpers.js';

let env: ReturnType<typeof testConsole>;
const texts = feedbackTexts(loadPrompts(`${ROOT}/prompts`).messages);
afterEach(() => env?.close());

const record: TurnRecord = {
  channel: 'zalo-bot',
  chatId: 'z1',
  userId: 'z1',
  question: 'Q',
  answer: 'A',
  mode: 'extractive',
  refused: false,
  citations: [],
  scores: [],
  latencyMs: 1,
  createdAt: new Date('2025-09-20T03:00:00Z'),
};
const message = (text: string, minutesLater = 1, chatId = 'z1'): IncomingMessage => ({
  address: { channel: 'zalo-bot', chatId },
  userId: chatId,
  kind: 'text',
  text,
  receivedAt: new Date(record.createdAt.getTime() + minutesLater * 60_000),
});

describe('feedback', () => {
  it('makes short button data and parses it back', () => {
    const [row] = feedbackButtons(123456789, texts);
    expect(row?.map((b) => b.data)).toEqual(['fb:up:123456789', 'fb:down:123456789']);
    expect(parseFeedbackData('fb:down:42')).toEqual({ value: 'down', turnId: 42 });
    expect(parseFeedbackData('fb:meh:42')).toBeUndefined();
  });

  it('records a bare 👍 or 👎 on the chat’s latest answer within 30 minutes (Zalo)', async () => {
    env = testConsole();
    const store = createTurnFeedbackStore(env.db);
    const handler = createFeedbackHandler({ store, texts });
    const id = env.turns.record(record);
    expect((await handler(message('👎')))?.text).toContain('Cán bộ phụ trách sẽ xem lại');
    expect(env.deps.review.get(id)?.feedback).toBe('down');
    expect((await handler(message('👍🏽')))?.text).toContain('Cảm ơn');
    expect(env.deps.review.get(id)?.feedback).toBe('up');
    expect(await handler(message('👍 Hữu ích'))).toBeDefined();
    expect(env.deps.review.get(id)?.feedback).toBe('up');
    expect(await handler(message('👎 chua dung'))).toBeDefined();
    expect(env.deps.review.get(id)?.feedback).toBe('down');
    expect(await handler(message('👍', 45))).toBeUndefined();
    expect(await handler(message('👍 và một câu hỏi'))).toBeUndefined();
    expect(await handler(message('👍', 1, 'someone-else'))).toBeUndefined();
  });

  it('never records on another chat’s turn, whatever the button data says', () => {
    env = testConsole();
    const store = createTurnFeedbackStore(env.db);
    const id = env.turns.record(record);
    expect(recordFeedback(store, { channel: 'telegram', chatId: 'z1' }, `fb:down:${id}`, new Date(), texts)).toBeUndefined();
    expect(recordFeedback(store, { channel: 'zalo-bot', chatId: 'other' }, `fb:down:${id}`, new Date(), texts)).toBeUndefined();
    expect(env.deps.review.get(id)?.feedback).toBeUndefined();
    expect(recordFeedback(store, { channel: 'zalo-bot', chatId: 'z1' }, `fb:down:${id}`, new Date(), texts)).toContain('Cảm ơn');
    expect(env.deps.review.get(id)?.feedback).toBe('down');
  });
});
