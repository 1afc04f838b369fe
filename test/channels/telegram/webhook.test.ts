// Webhook mode: secret check, JSON-only body, durable update_id de-duplication, setWebhook on start.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../../fakes/telegram-server.js';
import { startHarness, type Harness, type HarnessOptions } from './harness.js';

const URL = 'https://loa.example.org/webhooks/telegram';
const SECRET = 'webhook-Secret_42';
const WEBHOOK_ENV = { TELEGRAM_WEBHOOK_URL: URL, TELEGRAM_WEBHOOK_SECRET: SECRET };

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function webhook(options: HarnessOptions = {}): Promise<Harness> {
  const harness = await startHarness({ ...options, env: { ...WEBHOOK_ENV, ...options.env } });
  cleanup.push(() => harness.close());
  await harness.handle().start();
  return harness;
}

function post(harness: Harness, body: unknown, headers: Record<string, string> = { 'X-Telegram-Bot-Api-Secret-Token': SECRET }) {
  return harness.http.request('/webhooks/telegram', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('Telegram webhook', () => {
  it('registers the webhook with its secret on start, and does not poll', async () => {
    const { fake } = await webhook();
    expect(fake.webhook).toEqual({ url: URL, secretToken: SECRET });
    expect(fake.callsOf('setWebhook')[0]?.payload.allowed_updates).toEqual(['message', 'callback_query']);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('refuses a missing or wrong secret with 401 and processes nothing', async () => {
    const h = await webhook();
    const update = { update_id: 500, ...textUpdate(2001, 'Gia đình học tập là gì?') };

    expect((await post(h, update, {})).status).toBe(401);
    expect((await post(h, update, { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    expect((await post(h, update, { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).status).toBe(401);
    expect(h.fake.callsOf('sendMessage')).toHaveLength(0);
    // Refused requests claim nothing: the genuine delivery of the same update is still answered.
    expect((await post(h, update)).status).toBe(200);
    await h.fake.waitForSent(2001);
  });

  it('acknowledges a valid update with 200 before answering, then answers it', async () => {
    const h = await webhook();
    const response = await post(h, { update_id: 501, ...textUpdate(2002, 'Gia đình học tập là gì?') });

    expect(response.status).toBe(200);
    const [answer] = await h.fake.waitForSent(2002);
    expect(answer?.chatId).toBe('2002');
    expect(answer?.text).toContain('Nguồn:');
    expect(answer?.text).toContain('[1]');
  });

  it('answers a retried update_id once, also after a restart on the same database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loa-telegram-dedupe-'));
    const fake: FakeTelegram = await startFakeTelegram();
    cleanup.push(() => rm(dir, { recursive: true, force: true }), () => fake.close());
    const update = { update_id: 502, ...textUpdate(2003, 'Gia đình học tập là gì?') };

    const first = await webhook({ dir, fake });
    expect((await post(first, update)).status).toBe(200);
    expect((await post(first, update)).status).toBe(200);
    await fake.waitForSent(2003);
    await first.close();
    expect(fake.sent).toHaveLength(1);

    const second = await webhook({ dir, fake });
    expect((await post(second, update)).status).toBe(200);
    expect((await post(second, { ...update, update_id: 503 })).status).toBe(200);
    await fake.waitForSent(2003, 2);
    await second.close();
    expect(fake.sent).toHaveLength(2);
  });

  it('accepts only JSON Telegram updates up to 1 MB', async () => {
    const h = await webhook();
    expect((await post(h, 'update_id=1', { 'X-Telegram-Bot-Api-Secret-Token': SECRET, 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(h, '{not json')).status).toBe(400);
    expect((await post(h, { message: {} })).status).toBe(400);
    expect((await post(h, { update_id: 504, padding: 'x'.repeat(1024 * 1024) })).status).toBe(413);
    expect(h.fake.sent).toHaveLength(0);
  });

  it('stores an update that arrives before the bot has started, and answers it once started', async () => {
    const h = await startHarness({ env: WEBHOOK_ENV });
    cleanup.push(() => h.close());
    expect((await post(h, { update_id: 505, ...textUpdate(2004, 'Gia đình học tập là gì?') })).status).toBe(200);
    expect(h.fake.sent).toHaveLength(0);
    await h.handle().start();
    expect((await post(h, { update_id: 505, ...textUpdate(2004, 'Gia đình học tập là gì?') })).status).toBe(200);
    await h.fake.waitForSent(2004);
    await h.close();
    expect(h.fake.sent).toHaveLength(1);
  });
});

describe('Telegram setup', () => {
  it('is off without a token', async () => {
    const h = await startHarness({ env: { TELEGRAM_BOT_TOKEN: '' } });
    cleanup.push(() => h.close());
    expect(h.result).toEqual({ off: 'TELEGRAM_BOT_TOKEN is not set' });
  });

  it('refuses webhook mode without a secret', async () => {
    const h = await startHarness({ env: { TELEGRAM_WEBHOOK_URL: URL } });
    cleanup.push(() => h.close());
    expect('off' in h.result && h.result.off).toMatch(/TELEGRAM_WEBHOOK_SECRET is not;/u);
    expect((await post(h, { update_id: 1 })).status).toBe(404);
  });
});
