// The bot with a scripted assistant: plain-text rendering, splitting, long button data, and answering button presses.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/channels/telegram/bot.js';
import { createCallbackData } from '../../../src/channels/telegram/callback-data.js';
import type { Assistant } from '../../../src/core/assistant.js';
import type { IncomingMessage, Reply } from '../../../src/core/types.js';
import { createLogger } from '../../../src/logger.js';
import { loadPrompts } from '../../../src/prompts.js';
import { callbackUpdate, startFakeTelegram, textUpdate, type FakeTelegram } from '../../fakes/telegram-server.js';

const messages = loadPrompts('prompts').messages;
let fake: FakeTelegram;
let received: IncomingMessage[];
let nextReply: Reply;
let updateId = 1;

const assistant: Assistant = {
  async handle(message) {
    received.push(message);
    return nextReply;
  },
};

function reply(text: string, extra: Partial<Reply> = {}): Reply {
  return { text, citations: [], refused: false, mode: 'extractive', ...extra };
}

async function bot() {
  const instance = createBot(fake.token, {
    assistant,
    messages,
    logger: createLogger('silent'),
    apiRoot: fake.apiRoot,
    callbackData: createCallbackData(messages.quickReplies),
  });
  await instance.init();
  return (update: Omit<Update, 'update_id'>) => instance.handleUpdate({ update_id: updateId++, ...update } as Update);
}

beforeEach(async () => {
  fake = await startFakeTelegram();
  received = [];
  nextReply = reply('Xin chào');
});
afterEach(() => fake.close());

describe('Telegram bot', () => {
  it('sends HTML in an answer as literal plain text, never with parse_mode', async () => {
    const handle = await bot();
    nextReply = reply('<b>Gia đình học tập</b> & <a href="x">mẫu</a> *không* _in nghiêng_', {
      citations: [{ n: 1, title: 'Tài liệu <i>mẫu</i>', reference: '', snippet: '' }],
    });
    await handle(textUpdate(4001, 'hỏi'));

    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.text).toBe('<b>Gia đình học tập</b> & <a href="x">mẫu</a> *không* _in nghiêng_\n\nNguồn:\n[1] Tài liệu <i>mẫu</i>');
    expect(fake.sent[0]!.payload.parse_mode).toBeUndefined();
  });

  it('splits an answer longer than 4096 characters into ordered messages', async () => {
    const handle = await bot();
    const sentences = Array.from({ length: 200 }, (_, i) => `Câu ${i + 1} về học tập suốt đời.`);
    nextReply = reply(sentences.join(' '));
    await handle(textUpdate(4002, 'hỏi dài'));

    expect(fake.sent.length).toBeGreaterThan(1);
    expect(fake.sent.every((m) => m.text.length <= 4096)).toBe(true);
    expect(fake.sent.map((m) => m.text).join(' ')).toBe(sentences.join(' '));
  });

  it('answers a button whose question is longer than 64 bytes', async () => {
    const handle = await bot();
    const question = 'Gia đình học tập ở phường tôi cần những tiêu chí gì để được công nhận năm nay?';
    nextReply = reply('Chọn một câu hỏi', { buttons: [[{ label: 'Tiêu chí', data: question }]] });
    await handle(textUpdate(4003, '/start'));
    const keyboard = fake.sent[0]!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] };
    const data = keyboard.inline_keyboard[0]![0]!.callback_data;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);

    await handle(callbackUpdate(4003, data));
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(received.at(-1)).toMatchObject({ kind: 'text', text: question, address: { chatId: '4003' } });
  });

  it('only acknowledges a press whose long-data key it no longer knows', async () => {
    const handle = await bot();
    await handle(callbackUpdate(4004, 'q#unknownkey'));
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(received).toHaveLength(0);
  });

  it('answers a pressed button as the reply says: a notice on the button, or a message with the keyboard taken off', async () => {
    const handle = await bot();
    nextReply = reply('Cảm ơn bạn!', { mode: 'system', press: { showAs: 'notice', removeButtons: true } });
    await handle(callbackUpdate(4005, 'fb:up:1'));
    expect(received).toEqual([expect.objectContaining({ kind: 'text', text: 'fb:up:1' })]);
    expect(fake.sent).toHaveLength(0);
    expect(fake.callsOf('answerCallbackQuery').map((c) => c.payload.text)).toEqual(['Cảm ơn bạn!']);
    expect(fake.callsOf('editMessageReplyMarkup')).toHaveLength(1);

    nextReply = reply('Đã hủy bản nháp.', { mode: 'system', press: { showAs: 'message', removeButtons: true } });
    await handle(callbackUpdate(4005, 'bc:cancel:abc'));
    expect(fake.sent.map((m) => m.text)).toEqual(['Đã hủy bản nháp.']);
    expect(fake.callsOf('editMessageReplyMarkup')).toHaveLength(2);
    // Dialogue data is answered at once: no "typing…".
    expect(fake.callsOf('sendChatAction')).toHaveLength(0);

    nextReply = reply('Câu trả lời');
    await handle(callbackUpdate(4005, 'Gia đình học tập là gì?'));
    expect(fake.callsOf('editMessageReplyMarkup')).toHaveLength(2);
    expect(fake.callsOf('sendChatAction')).toHaveLength(1);
  });
});
