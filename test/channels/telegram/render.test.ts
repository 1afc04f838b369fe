// Unit tests: splitting long replies, plain-text rendering, callback data over 64 bytes, token redaction.
import { describe, expect, it } from 'vitest';
import { createCallbackData } from '../../../src/channels/telegram/callback-data.js';
import { redactToken } from '../../../src/channels/telegram/redact.js';
import { TELEGRAM_TEXT_LIMIT, toMessages } from '../../../src/channels/telegram/render.js';
import { renderPlainText } from '../../../src/core/text/render.js';
import type { Reply } from '../../../src/core/types.js';

const longReply: Reply = {
  text: Array.from({ length: 120 }, (_, i) => `Câu số ${i + 1} nói về Gia đình học tập và Dòng họ học tập ở xã phường [1].`).join(' '),
  citations: [{ n: 1, title: 'Đẩy mạnh học tập suốt đời', reference: 'Quyết định 281/QĐ-TTg, 20/02/2014', snippet: '' }],
  refused: false,
  mode: 'extractive',
  buttons: [[{ label: 'Hỏi tiếp', data: 'Dòng họ học tập là gì?' }]],
};

describe('toMessages', () => {
  it('splits a long reply under 4096 characters per message, sources last, keyboard on the last part', () => {
    const text = renderPlainText(longReply, 'Nguồn:');
    expect(text.length).toBeGreaterThan(TELEGRAM_TEXT_LIMIT * 2);
    const messages = toMessages(text, longReply.buttons, createCallbackData([]));

    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.every((m) => m.text.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    expect(messages.map((m) => m.text).join(' ').replace(/\s+/gu, ' ')).toBe(text.replace(/\s+/gu, ' '));
    expect(messages.at(-1)?.text).toMatch(/Nguồn:\n\[1\] Quyết định 281\/QĐ-TTg, 20\/02\/2014/u);
    expect(messages.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(messages.at(-1)?.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Hỏi tiếp', callback_data: 'Dòng họ học tập là gì?' }]] });
  });

  it('keeps HTML and Markdown as literal text', () => {
    const [message] = toMessages('<b>In đậm</b> *sao* [link](http://x) <script>alert(1)</script>', undefined, createCallbackData([]));
    expect(message).toEqual({ text: '<b>In đậm</b> *sao* [link](http://x) <script>alert(1)</script>' });
  });
});

describe('callback data', () => {
  const long = 'Gia đình học tập ở phường tôi cần những tiêu chí gì để được công nhận năm nay?';

  it('passes data of up to 64 bytes through', () => {
    const codec = createCallbackData([]);
    expect(codec.encode('Gia đình học tập là gì?')).toBe('Gia đình học tập là gì?');
    expect(codec.decode('Gia đình học tập là gì?')).toBe('Gia đình học tập là gì?');
  });

  it('shortens longer data to a key that decodes back', () => {
    expect(Buffer.byteLength(long)).toBeGreaterThan(64);
    const codec = createCallbackData([]);
    const key = codec.encode(long);
    expect(Buffer.byteLength(key)).toBeLessThanOrEqual(64);
    expect(codec.decode(key)).toBe(long);
  });

  it('resolves seeded texts after a restart, and unknown keys to undefined', () => {
    const key = createCallbackData([long]).encode(long);
    expect(createCallbackData([long]).decode(key)).toBe(long);
    expect(createCallbackData([]).decode(key)).toBeUndefined();
  });

  it('forgets the oldest unseeded data beyond its capacity', () => {
    const codec = createCallbackData([], 2);
    const keys = [1, 2, 3].map((n) => codec.encode(`${long} ${n}`));
    expect(keys.map((key) => codec.decode(key))).toEqual([undefined, `${long} 2`, `${long} 3`]);
  });
});

describe('redactToken', () => {
  it('removes bot tokens from URLs and the bare token', () => {
    const token = '123456:AAH-secret_Value';
    expect(redactToken(`request to https://api.telegram.org/bot${token}/getMe failed`)).toBe('request to https://api.telegram.org/bot<redacted>/getMe failed');
    expect(redactToken(`token ${token} leaked`, token)).toBe('token <redacted> leaked');
  });
});
