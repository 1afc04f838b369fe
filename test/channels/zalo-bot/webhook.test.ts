// Zalo Bot webhook over real HTTP: secret check, both envelope shapes, de-duplication across restarts, unsupported events.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloBotChannel, type ZaloBotHandle } from '../../../src/channels/zalo-bot/setup.js';
import type { Config } from '../../../src/config.js';
import { startFakeZaloBot, type FakeZaloBot } from '../../fakes/zalo-bot-server.js';
import { countRows, openNode, testConfig, waitFor, type Node } from './harness.js';

const SECRET = 'webhook-secret-123';

let fake: FakeZaloBot;
let config: Config;
let node: Node<ZaloBotHandle> | undefined;

beforeEach(async () => {
  fake = await startFakeZaloBot();
  config = testConfig({
    ZALO_BOT_TOKEN: fake.token,
    ZALO_BOT_API_BASE: fake.base,
    ZALO_BOT_WEBHOOK_URL: 'https://loa.example.org/webhooks/zalo-bot',
    ZALO_BOT_WEBHOOK_SECRET: SECRET,
  });
});

afterEach(async () => {
  await node?.close();
  node = undefined;
  await fake.close();
});

const start = async () => {
  node = await openNode(config, (context) => createZaloBotChannel(context, { retry: { retries: 2, backoffMs: 1 } }));
  return node;
};

const textUpdate = (text: string, messageId = 'msg-1', event = 'message.text.received') => ({
  event_name: event,
  message: {
    message_id: messageId,
    date: 1750316131602,
    text,
    from: { id: 'user-7', display_name: 'Chị Lan', is_bot: false },
    chat: { id: 'chat-7', chat_type: 'PRIVATE' },
  },
});

const deliver = (url: string, body: unknown, headers: Record<string, string> = { 'x-bot-api-secret-token': SECRET }) =>
  fetch(`${url}/webhooks/zalo-bot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('Zalo Bot webhook', () => {
  test('a text question wrapped as {ok, result} is answered in the chat, typing first, plain text with sources', async () => {
    const { url, handle } = await start();
    const response = await deliver(url, { ok: true, result: textUpdate('Gia đình học tập là gì?') });
    expect(response.status).toBe(200);
    await handle.idle();
    const sent = fake.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.chatId).toBe('chat-7');
    expect(sent[0]?.text).toContain('Gia đình học tập là danh hiệu');
    expect(sent[0]?.text).toContain('Nguồn:\n[1]');
    expect(sent[0]?.text).not.toMatch(/[*_<>]/u);
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf('sendChatAction')).toBeLessThan(methods.indexOf('sendMessage'));
    expect(fake.calls.find((c) => c.method === 'sendChatAction')?.body).toEqual({ chat_id: 'chat-7', action: 'typing' });
  });

  test('an update at top level is answered too', async () => {
    const { url, handle } = await start();
    expect((await deliver(url, textUpdate('tuan le hoc tap suot doi hang nam to chuc khi nao'))).status).toBe(200);
    await handle.idle();
    expect(fake.sent()[0]?.text).toContain('từ ngày 1 đến ngày 7 tháng 10');
  });

  test('a wrong or missing secret is rejected with 401 and nothing is processed', async () => {
    const { url, handle, core } = await start();
    expect((await deliver(url, textUpdate('Gia đình học tập là gì?'), { 'x-bot-api-secret-token': 'not-the-secret' })).status).toBe(401);
    expect((await deliver(url, textUpdate('Gia đình học tập là gì?'), {})).status).toBe(401);
    expect((await deliver(url, textUpdate('Gia đình học tập là gì?'), { 'x-bot-api-secret-token': `${SECRET}x` })).status).toBe(401);
    await handle.idle();
    expect(fake.calls.filter((c) => c.method.startsWith('send'))).toEqual([]);
    expect(countRows(core, 'inbox')).toBe(0);
    expect(countRows(core, 'turns')).toBe(0);
  });

  test('bodies that are not JSON or larger than 1 MB are refused', async () => {
    const { url } = await start();
    expect((await deliver(url, 'not json')).status).toBe(400);
    const big = JSON.stringify({ ok: true, result: textUpdate('x'.repeat(1024 * 1024)) });
    expect((await deliver(url, big)).status).toBe(413);
    const form = await fetch(`${url}/webhooks/zalo-bot`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-bot-api-secret-token': SECRET },
      body: JSON.stringify(textUpdate('hi')),
    });
    expect(form.status).toBe(415);
    expect(fake.sent()).toEqual([]);
  });

  test('a duplicate delivery is answered once, also after a restart on the same database', async () => {
    const first = await start();
    const update = { ok: true, result: textUpdate('Gia đình học tập là gì?', 'msg-dup') };
    expect((await deliver(first.url, update)).status).toBe(200);
    expect((await deliver(first.url, update)).status).toBe(200);
    await first.handle.idle();
    expect(fake.sent()).toHaveLength(1);

    await first.close();
    node = undefined;
    const second = await start();
    expect((await deliver(second.url, update)).status).toBe(200);
    await second.handle.idle();
    expect(fake.sent()).toHaveLength(1);

    expect((await deliver(second.url, { ok: true, result: textUpdate('Gia đình học tập là gì?', 'msg-new') })).status).toBe(200);
    await second.handle.idle();
    expect(fake.sent()).toHaveLength(2);
  });

  test('images and stickers get the polite text-only reply; hidden content gets the short safe reply', async () => {
    const { url, handle, core } = await start();
    const image = textUpdate('', 'img-1', 'message.image.received');
    const sticker = textUpdate('', 'st-1', 'message.sticker.received');
    const hidden = { event_name: 'message.unsupported.received', message: { message_id: 'h-1', from: { id: 'u9', first_name: 'Ẩn' }, chat: { id: 'chat-9' } } };
    for (const update of [image, sticker, hidden]) expect((await deliver(url, { ok: true, result: update })).status).toBe(200);
    await handle.idle();
    const sent = fake.sent();
    expect(sent.filter((s) => s.text === core.prompts.messages.unsupported)).toHaveLength(2);
    expect(sent.find((s) => s.chatId === 'chat-9')?.text).toContain('không xem được nội dung tin nhắn');
    expect(countRows(core, 'turns')).toBe(0);
  });

  test('/start is a command: the welcome with suggestions written as lines', async () => {
    const { url, handle, core } = await start();
    await deliver(url, textUpdate('/start', 'cmd-1'));
    await handle.idle();
    const text = fake.sent()[0]?.text ?? '';
    expect(text.startsWith(core.prompts.messages.welcome)).toBe(true);
    expect(text).toContain('Bạn có thể hỏi:\n• ');
  });

  test('the outbound side sends proactive text and reports a blocked user', async () => {
    const { handle } = await start();
    expect(handle.outbound).toMatchObject({ name: 'zalo-bot', maxLength: 2000 });
    expect(await handle.outbound.send('chat-1', 'Thông báo')).toEqual({ ok: true });
    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: user blocked the bot' });
    expect(await handle.outbound.send('chat-2', 'Thông báo')).toMatchObject({ ok: false, kind: 'blocked' });
    expect(fake.sent()).toEqual([{ chatId: 'chat-1', text: 'Thông báo', at: expect.any(Number) }]);
  });
});

describe('Zalo Bot setup', () => {
  test('is off without a token, and off with a webhook URL but no secret', async () => {
    const noToken = testConfig({});
    const noSecret = testConfig({ ZALO_BOT_TOKEN: 't', ZALO_BOT_WEBHOOK_URL: 'https://x.example/webhooks/zalo-bot' });
    await expect(openNode(noToken, (c) => createZaloBotChannel(c))).rejects.toThrow('ZALO_BOT_TOKEN is not set');
    await expect(openNode(noSecret, (c) => createZaloBotChannel(c))).rejects.toThrow('ZALO_BOT_WEBHOOK_SECRET');
  });

  test('a wrong token makes start() fail with a clear line that never contains the token', async () => {
    const wrong = testConfig({
      ZALO_BOT_TOKEN: 'wrong-token-value',
      ZALO_BOT_API_BASE: fake.base,
      ZALO_BOT_WEBHOOK_URL: 'https://loa.example.org/webhooks/zalo-bot',
      ZALO_BOT_WEBHOOK_SECRET: SECRET,
    });
    const error = await openNode(wrong, (c) => createZaloBotChannel(c)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('ZALO_BOT_TOKEN is wrong');
    expect((error as Error).message).not.toContain('wrong-token-value');
  });
});
