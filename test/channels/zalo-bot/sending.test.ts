// Sending to Zalo Bot chats: 2,000-character parts on sentence boundaries, bounded retries, SendOutcome mapping, token hygiene.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloBotApi } from '../../../src/channels/zalo-bot/api.js';
import { ZALO_BOT_TEXT_LIMIT } from '../../../src/channels/zalo-bot/render.js';
import { join } from 'node:path';
import { renderTextOnly } from '../../../src/core/text/render.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { createZaloBotSender } from '../../../src/channels/zalo-bot/send-text.js';
import { createLogger } from '../../../src/logger.js';
import type { Reply } from '../../../src/core/types.js';
import { startFakeZaloBot, type FakeZaloBot } from '../../fakes/zalo-bot-server.js';

let fake: FakeZaloBot;
let logs: string[];

beforeEach(async () => {
  fake = await startFakeZaloBot();
  logs = [];
});

afterEach(async () => {
  await fake.close();
});

const sender = (token = fake.token) =>
  createZaloBotSender({
    api: createZaloBotApi({ base: fake.base, token }),
    logger: createLogger('debug', { write: (line: string) => void logs.push(line) }),
    retry: { retries: 2, backoffMs: 1 },
  });

const sentence = (i: number) => `Câu số ${i} nói về danh hiệu Gia đình học tập và việc học tập suốt đời của mọi người dân.`;

describe('Zalo Bot sending', () => {
  test('a long reply is split into parts of at most 2,000 characters, on sentence boundaries', async () => {
    const reply: Reply = {
      text: Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' '),
      citations: [{ n: 1, title: 'Danh hiệu Gia đình học tập', reference: 'Quyết định 387/QĐ-TTg, 25/03/2022', snippet: '…' }],
      refused: false,
      mode: 'extractive',
    };
    const text = renderTextOnly(reply, loadPrompts(join(ROOT, 'prompts')).messages);
    expect(text.length).toBeGreaterThan(2 * ZALO_BOT_TEXT_LIMIT);
    expect(await sender().send('c1', text)).toEqual({ ok: true });
    const parts = fake.sent().map((s) => s.text);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(ZALO_BOT_TEXT_LIMIT);
      expect(part).toMatch(/^(Câu số \d+|Nguồn:)/u);
    }
    expect(parts.slice(0, -1).every((part) => part.endsWith('.'))).toBe(true);
    expect(parts.join(' ').replace(/\s+/gu, ' ')).toBe(text.replace(/\s+/gu, ' '));
    expect(parts.at(-1)).toMatch(/\n\nNguồn:\n\[1\] Quyết định 387\/QĐ-TTg, 25\/03\/2022 — Danh hiệu Gia đình học tập$/u);
  });

  test('429 then success: the message is delivered once', async () => {
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests' });
    expect(await sender().send('c1', 'Xin chào')).toEqual({ ok: true });
    expect(fake.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.sent()).toEqual([{ chatId: 'c1', text: 'Xin chào', at: expect.any(Number) }]);
  });

  test('failures map to SendOutcome: 5xx transient after bounded retries, 403 blocked, 400 permanent', async () => {
    fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 3);
    expect(await sender().send('c1', 'a')).toMatchObject({ ok: false, kind: 'transient' });
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(3);

    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests' }, 3);
    expect(await sender().send('c1', 'b')).toMatchObject({ ok: false, kind: 'rate_limited' });

    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: the user blocked the bot' });
    expect(await sender().send('c1', 'c')).toMatchObject({ ok: false, kind: 'blocked' });

    fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: text is too long' });
    expect(await sender().send('c1', 'd')).toMatchObject({ ok: false, kind: 'permanent' });
    expect(fake.sent()).toEqual([]);
  });

  test('an unreachable API is transient', async () => {
    const send = sender();
    await fake.close();
    expect(await send.send('c1', 'x')).toMatchObject({ ok: false, kind: 'transient' });
    fake = await startFakeZaloBot();
  });

  test('401: a clear log line that the token is wrong, permanent, and the token is never logged', async () => {
    const outcome = await sender('9999:secret-wrong-token').send('c1', 'x');
    expect(outcome).toMatchObject({ ok: false, kind: 'permanent' });
    expect(logs.join('')).toContain('ZALO_BOT_TOKEN is wrong');
    expect(logs.join('')).not.toContain('secret-wrong-token');
    expect(JSON.stringify(outcome)).not.toContain('secret-wrong-token');
  });
});
