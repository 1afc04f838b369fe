// The durable inbox on Zalo Bot: updates without ids, hung sends, 429 and 5xx, slow acknowledgement, restarts mid-update.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloBotChannel, type ZaloBotHandle, type ZaloBotOptions } from '../../../src/channels/zalo-bot/setup.js';
import type { Config } from '../../../src/config.js';
import { startFakeZaloBot, type FakeZaloBot } from '../../fakes/zalo-bot-server.js';
import { openNode, testConfig, waitFor, type Node } from './harness.js';

const SECRET = 'webhook-secret-123';
const FAST: ZaloBotOptions = { retry: { retries: 1, backoffMs: 5 }, sends: { timeoutMs: 1500, stopGraceMs: 100 } };

let fake: FakeZaloBot;
let dir: string;
let config: Config;
const nodes: Node<ZaloBotHandle>[] = [];

beforeEach(async () => {
  fake = await startFakeZaloBot();
  dir = mkdtempSync(join(tmpdir(), 'loa-zalo-inbox-'));
  config = testConfig(
    { ZALO_BOT_TOKEN: fake.token, ZALO_BOT_API_BASE: fake.base, ZALO_BOT_WEBHOOK_URL: 'https://loa.example.org/webhooks/zalo-bot', ZALO_BOT_WEBHOOK_SECRET: SECRET },
    dir,
  );
});

afterEach(async () => {
  for (const node of nodes.splice(0)) await node.close().catch(() => undefined);
  await fake.close();
});

const start = async (options: ZaloBotOptions = FAST) => {
  const node = await openNode(config, (context) => createZaloBotChannel(context, options));
  nodes.push(node);
  return node;
};

const deliver = (url: string, body: unknown) =>
  fetch(`${url}/webhooks/zalo-bot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET },
    body: JSON.stringify(body),
  });

const update = (text: string, messageId?: string, chat = 'chat-9') => ({
  event_name: 'message.text.received',
  message: { ...(messageId ? { message_id: messageId } : {}), date: 1750316131602, text, from: { id: 'user-9' }, chat: { id: chat, chat_type: 'PRIVATE' } },
});

const sentTo = (chat: string) => fake.sent().filter((m) => m.chatId === chat);

describe('Zalo Bot durable inbox', () => {
  test('an update without message_id delivered twice is answered once; a different one is answered too', async () => {
    const node = await start();
    const once = update('Gia đình học tập là gì?');
    expect((await deliver(node.url, once)).status).toBe(200);
    expect((await deliver(node.url, once)).status).toBe(200);
    expect((await deliver(node.url, update('Tuần lễ học tập suốt đời là khi nào?'))).status).toBe(200);
    await node.handle.idle();
    expect(sentTo('chat-9')).toHaveLength(2);
    expect(node.core.inbox.counts('zalo-bot')).toEqual({ pending: 0, done: 2, failed: 0 });
  });

  test('acknowledges at once while sendMessage hangs; the hung call is abandoned and the answer delivered once', async () => {
    const node = await start();
    fake.hangNext('sendMessage');
    expect((await deliver(node.url, update('Gia đình học tập là gì?', 'm-hang'))).status).toBe(200);
    expect(node.core.inbox.get('zalo-bot', 'message.text.received:m-hang')?.state).toBe('pending');
    await waitFor(() => node.core.inbox.get('zalo-bot', 'message.text.received:m-hang')?.state === 'done', 15_000);
    expect(sentTo('chat-9')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'sendMessage').length).toBeGreaterThanOrEqual(2);
  });

  test('429 is retried until delivered, never dropped', async () => {
    const node = await start();
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests' }, 4);
    await deliver(node.url, update('Gia đình học tập là gì?', 'm-429'));
    await waitFor(() => node.core.inbox.get('zalo-bot', 'message.text.received:m-429')?.state === 'done', 15_000);
    expect(sentTo('chat-9')).toHaveLength(1);
  });

  test('5xx beyond the bounded age is reported failed with the reason; 403 is failed at once as blocked', async () => {
    const node = await start({ ...FAST, sends: { ...FAST.sends, maxAgeMs: 50 } });
    fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 1000);
    await deliver(node.url, update('Gia đình học tập là gì?', 'm-5xx', 'chat-5'));
    await waitFor(() => node.core.inbox.get('zalo-bot', 'message.text.received:m-5xx')?.state === 'failed', 15_000);
    expect(node.core.inbox.get('zalo-bot', 'message.text.received:m-5xx')?.lastError).toMatch(/transient: 502/u);

    fake.stopHanging();
    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: the user blocked the bot' });
    await deliver(node.url, update('Gia đình học tập là gì?', 'm-403', 'chat-4'));
    await waitFor(() => node.core.inbox.get('zalo-bot', 'message.text.received:m-403')?.state !== 'pending', 15_000);
    expect(node.core.inbox.get('zalo-bot', 'message.text.received:m-403')).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/^blocked/u) });
  });

  test('a restart mid-update resumes it and answers once', async () => {
    const first = await start({ ...FAST, sends: { ...FAST.sends, timeoutMs: 100 } });
    fake.hangNext('sendMessage', 1000);
    await deliver(first.url, update('Gia đình học tập là gì?', 'm-restart', 'chat-r'));
    await waitFor(() => fake.calls.filter((c) => c.method === 'sendMessage').length >= 2, 15_000);
    expect(first.core.inbox.get('zalo-bot', 'message.text.received:m-restart')?.state).toBe('pending');
    await first.close();
    nodes.splice(nodes.indexOf(first), 1);
    expect(sentTo('chat-r')).toHaveLength(0);

    fake.stopHanging();
    const second = await start();
    await waitFor(() => second.core.inbox.get('zalo-bot', 'message.text.received:m-restart')?.state === 'done', 15_000);
    expect(sentTo('chat-r')).toHaveLength(1);
    expect(second.core.inbox.get('zalo-bot', 'message.text.received:m-restart')?.attempts).toBe(2);
  });
});
