// Zalo Bot long polling against the fake API: 408 means "nothing new", errors back off, stop() ends the loop.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ZaloBotApi } from '../../../src/channels/zalo-bot/api.js';
import { createZaloBotPoller } from '../../../src/channels/zalo-bot/polling.js';
import { createZaloBotChannel, type ZaloBotHandle } from '../../../src/channels/zalo-bot/setup.js';
import { createLogger } from '../../../src/logger.js';
import { startFakeZaloBot, type FakeZaloBot } from '../../fakes/zalo-bot-server.js';
import { openNode, testConfig, waitFor, type Node } from './harness.js';

let fake: FakeZaloBot;
let node: Node<ZaloBotHandle> | undefined;

beforeEach(async () => {
  fake = await startFakeZaloBot({ pollHoldMs: 20 });
});

afterEach(async () => {
  await node?.close();
  node = undefined;
  await fake.close();
});

const start = async () => {
  const config = testConfig({ ZALO_BOT_TOKEN: fake.token, ZALO_BOT_API_BASE: fake.base });
  node = await openNode(config, (context) => createZaloBotChannel(context, { polling: { timeoutSec: 1, backoffMs: 1, idlePauseMs: 5 }, retry: { retries: 1, backoffMs: 1 } }));
  return node;
};

const update = (messageId: string, text: string) => ({
  event_name: 'message.text.received',
  message: { message_id: messageId, text, from: { id: 'u1', first_name: 'Minh' }, chat: { id: 'c1', chat_type: 'PRIVATE' } },
});

test('polls through 408 answers and answers the update that arrives', async () => {
  const { handle } = await start();
  expect(handle.description).toContain('long polling');
  await waitFor(() => fake.calls.filter((c) => c.method === 'getUpdates' && c.status === 408).length >= 2);
  fake.queueUpdate(update('p-1', 'Gia đình học tập là gì?'));
  await waitFor(() => fake.sent().length === 1);
  expect(fake.sent()[0]).toMatchObject({ chatId: 'c1' });
  expect(fake.sent()[0]?.text).toContain('Gia đình học tập');
  expect(fake.calls.find((c) => c.method === 'getUpdates')?.body).toEqual({ timeout: '1' });
});

test('keeps polling after server errors and answers a repeated update once', async () => {
  fake.failNext('getUpdates', { error_code: 500, description: 'Internal Server Error' }, 3);
  await start();
  fake.queueUpdate(update('p-2', 'tuan le hoc tap suot doi'));
  fake.queueUpdate(update('p-2', 'tuan le hoc tap suot doi'));
  fake.queueUpdate(update('p-3', 'Gia đình học tập là gì?'));
  await waitFor(() => fake.sent().length === 2);
  await node?.handle.idle();
  expect(fake.calls.filter((c) => c.method === 'getUpdates' && c.status === 500)).toHaveLength(3);
  expect(fake.sent().map((s) => s.text.slice(0, 20))).toEqual(['Tuần lễ hưởng ứng họ', 'Gia đình học tập là ']);
  expect(node?.logs.some((line) => line.includes('Zalo Bot API getUpdates failed: 500'))).toBe(true);
});

test('stop() ends the loop cleanly while a getUpdates call is waiting', async () => {
  const { handle } = await start();
  await waitFor(() => fake.calls.some((c) => c.method === 'getUpdates'));
  await handle.stop();
  const calls = fake.calls.length;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fake.calls.length).toBe(calls);
});

test('an API that answers 408 at once is not hammered: empty polls are followed by a pause', async () => {
  const pauses: number[] = [];
  let polls = 0;
  const poller = createZaloBotPoller({
    api: { getUpdates: async () => (polls++, []) } as unknown as ZaloBotApi,
    updates: { accept: () => 'accepted' },
    logger: createLogger('silent'),
    idlePauseMs: 1000,
    clock: () => 0,
    sleep: (ms) => new Promise((resolve) => setImmediate(() => resolve(pauses.push(ms)))),
  });
  poller.start();
  await waitFor(() => pauses.length >= 3);
  await poller.stop();
  expect(new Set(pauses)).toEqual(new Set([1000]));
  expect(polls).toBe(pauses.length);
});
