// The durable inbox on Telegram: hung calls, 429 storms, slow acknowledgement, restarts mid-update — every update answered once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failures, startFakeTelegram, textUpdate, waitUntil } from '../../fakes/telegram-server.js';
import { startHarness, type Harness, type HarnessOptions } from './harness.js';

const FAST = { sends: { timeoutMs: 1500, backoffMs: () => 20, stopGraceMs: 100 }, polling: { timeoutSec: 1, graceMs: 500, backoffMs: 20 } };
const WEBHOOK_ENV = { TELEGRAM_WEBHOOK_URL: 'https://loa.example.org/webhooks/telegram', TELEGRAM_WEBHOOK_SECRET: 'inbox-secret' };

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function started(options: HarnessOptions = {}): Promise<Harness> {
  const harness = await startHarness({ telegram: FAST, ...options });
  cleanup.push(() => harness.close());
  await harness.handle().start();
  return harness;
}

function post(harness: Harness, body: unknown) {
  return harness.http.request('/webhooks/telegram', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': WEBHOOK_ENV.TELEGRAM_WEBHOOK_SECRET },
    body: JSON.stringify(body),
  });
}

describe('Telegram durable inbox', () => {
  it('abandons a hung sendMessage after its timeout and delivers the answer once', async () => {
    const { fake, core } = await started();
    fake.failNext('sendMessage', failures.hang, { chatId: 3001 });
    fake.enqueueUpdate(textUpdate(3001, 'Gia đình học tập là gì?'));
    await fake.waitForSent(3001, 1, 15_000);
    await waitUntil(() => core.inbox.counts('telegram').done === 1, 15_000, 'the update to be done');
    expect(fake.sent.filter((m) => m.chatId === '3001')).toHaveLength(1);
    expect(fake.callsOf('sendMessage').length).toBeGreaterThanOrEqual(2);
  });

  it('does not freeze polling on a hung getUpdates: the poll is abandoned and the next one brings the update', async () => {
    const fake = await startFakeTelegram();
    cleanup.push(() => fake.close());
    fake.failNext('getUpdates', failures.hang);
    const { core } = await started({ fake });
    fake.enqueueUpdate(textUpdate(3002, 'Dòng họ học tập là gì?'));
    const [answer] = await fake.waitForSent(3002, 1, 15_000);
    expect(answer!.text).toContain('Dòng họ học tập');
    await waitUntil(() => core.inbox.counts('telegram').done === 1, 15_000, 'the update to be done');
  });

  it('starts in the background when start-up calls hang, and answers once they work', async () => {
    const fake = await startFakeTelegram();
    cleanup.push(() => fake.close());
    fake.failNext('deleteWebhook', failures.hang);
    fake.failNext('getMe', failures.serverError);
    await started({ fake });
    fake.enqueueUpdate(textUpdate(3003, 'Gia đình học tập là gì?'));
    await fake.waitForSent(3003, 1, 15_000);
    expect(fake.callsOf('deleteWebhook').length).toBeGreaterThanOrEqual(2);
  });

  it('answers every resident exactly once through a 429 storm (the fake allows 5 messages per second)', async () => {
    const fake = await startFakeTelegram({ messagesPerSecond: 5 });
    cleanup.push(() => fake.close());
    const { core } = await started({ fake });
    const chats = Array.from({ length: 15 }, (_, i) => 3100 + i);
    for (const chat of chats) fake.enqueueUpdate(textUpdate(chat, 'Gia đình học tập là gì?'));
    await waitUntil(() => core.inbox.counts('telegram').done === chats.length, 30_000, 'every update to be done');

    expect(fake.callsOf('sendMessage').some((call) => call.status === 429)).toBe(true);
    for (const chat of chats) expect(fake.sent.filter((m) => m.chatId === String(chat))).toHaveLength(1);
    expect(core.inbox.counts('telegram')).toEqual({ pending: 0, done: chats.length, failed: 0 });
  });

  it('webhook: acknowledges at once while sendMessage hangs, and answers afterwards', async () => {
    const h = await started({ env: WEBHOOK_ENV });
    h.fake.failNext('sendMessage', failures.hang, { chatId: 3201 });
    const response = await post(h, { update_id: 900, ...textUpdate(3201, 'Gia đình học tập là gì?') });

    expect(response.status).toBe(200);
    expect(h.fake.sent).toHaveLength(0);
    expect(h.core.inbox.get('telegram', '900')?.state).toBe('pending');
    await h.fake.waitForSent(3201, 1, 15_000);
    await waitUntil(() => h.core.inbox.get('telegram', '900')?.state === 'done', 15_000, 'the update to be done');
  });

  it('resumes an update interrupted by a restart and answers it once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loa-telegram-restart-'));
    const fake = await startFakeTelegram();
    cleanup.push(() => rm(dir, { recursive: true, force: true }), () => fake.close());
    // The API hangs (every attempt times out) until the process stops.
    fake.failNext('sendMessage', failures.hang, { chatId: 3301, times: 1000 });

    const first = await startHarness({ dir, fake, env: WEBHOOK_ENV, telegram: { ...FAST, sends: { ...FAST.sends, timeoutMs: 100 } } });
    await first.handle().start();
    expect((await post(first, { update_id: 901, ...textUpdate(3301, 'Gia đình học tập là gì?') })).status).toBe(200);
    await waitUntil(() => fake.callsOf('sendMessage').length >= 2, 15_000, 'a hung send');
    expect(first.core.inbox.get('telegram', '901')?.state).toBe('pending');
    await first.close();
    expect(fake.sent).toHaveLength(0);

    fake.clearFailures();
    const second = await started({ dir, fake, env: WEBHOOK_ENV });
    await fake.waitForSent(3301, 1, 15_000);
    await waitUntil(() => second.core.inbox.get('telegram', '901')?.state === 'done', 15_000, 'the resumed update to be done');
    expect(second.core.inbox.get('telegram', '901')?.attempts).toBe(2);
    await second.close();
    expect(fake.sent.filter((m) => m.chatId === '3301')).toHaveLength(1);
  });

  it('after a restart, resends only the parts of a reply that were not confirmed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loa-telegram-parts-'));
    const fake = await startFakeTelegram();
    cleanup.push(() => rm(dir, { recursive: true, force: true }), () => fake.close());
    // A process stored the update and confirmed the reply's only part, then died before marking the update done.
    const first = await startHarness({ dir, fake, env: WEBHOOK_ENV, telegram: FAST });
    const update = { update_id: 902, ...textUpdate(3302, 'Gia đình học tập là gì?') };
    first.core.inbox.accept('telegram', '902', '3302', update, Date.now());
    const [row] = first.core.inbox.next('telegram', 1);
    first.core.inbox.recordPart(row!.id, 0, JSON.stringify({ ok: true, result: { message_id: 1 } }), Date.now());
    await first.close();

    const second = await started({ dir, fake, env: WEBHOOK_ENV });
    await waitUntil(() => second.core.inbox.get('telegram', '902')?.state === 'done', 15_000, 'the resumed update to be done');
    expect(fake.sent.filter((m) => m.chatId === '3302')).toHaveLength(0);
  });
});
