// The dispatcher on a fake clock and a scripted channel: pacing, 429, 403, 5xx, opt-out, quiet hours, recovery, cancel.
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../src/core/local-time.js';
import { defaultQuietHours } from '../../src/core/quiet-hours.js';
import { createDispatcher } from '../../src/delivery/dispatcher.js';
import { expandBroadcast } from '../../src/delivery/outbox.js';
import { createRateLimiter } from '../../src/delivery/rate-limit.js';
import { createFakeClock, createFakeOutbound, openStores, subscribe, type Stores } from './helpers.js';

const TZ = 'Asia/Ho_Chi_Minh';
const local = (text: string) => parseLocalDateTime(text, TZ) as Date;

async function setup(n: number, start = local('2026-10-01 10:00')) {
  const stores = openStores();
  const clock = createFakeClock(start);
  const telegram = createFakeOutbound('telegram', clock);
  const chats = subscribe(stores, n);
  const dispatcher = createDispatcher({
    outbox: stores.outbox,
    consent: stores.subscriptions,
    channels: [{ outbound: telegram.channel, limiter: createRateLimiter({ perSecond: 25 }) }],
    quietHours: defaultQuietHours(TZ),
    clock,
    onIdle: () => stores.broadcasts.settle(new Date(clock.now())),
  });
  return { stores, clock, telegram, chats, dispatcher };
}

async function queue(stores: Stores, text: string, at: Date) {
  const broadcast = stores.broadcasts.create({ kind: 'staff', text, sendAt: at, createdBy: 'test' }, at);
  await expandBroadcast(broadcast, at, { subscriptions: stores.subscriptions, outbox: stores.outbox, broadcasts: stores.broadcasts, catalog: stores.catalog });
  return broadcast.id;
}

describe('dispatcher (fake clock, fake channel)', () => {
  it('sends every subscriber exactly once at no more than the channel rate, then marks the broadcast done', async () => {
    const { stores, clock, telegram, chats, dispatcher } = await setup(100);
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    const started = clock.now();
    await dispatcher.drain();
    expect(telegram.sent.map((s) => s.chatId).sort()).toEqual(chats);
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 100, pending: 0, sending: 0 });
    expect(stores.broadcasts.get(id)?.status).toBe('done');
    expect(clock.now() - started).toBeGreaterThanOrEqual(3000);
  });

  it('waits retry_after on 429 and then delivers once', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(3);
    telegram.script('1001', { ok: false, kind: 'rate_limited', retryAfterMs: 5000, message: '429' });
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    const attempts = telegram.attempts.filter((a) => a.chatId === '1001');
    expect(attempts).toHaveLength(2);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(5000);
    expect(telegram.sent.filter((s) => s.chatId === '1001')).toHaveLength(1);
    expect(stores.outbox.counts(id).sent).toBe(3);
  });

  it('marks a blocked recipient inactive without retrying', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(3);
    telegram.script('1002', { ok: false, kind: 'blocked', message: '403: Forbidden: bot was blocked by the user' });
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    expect(telegram.attempts.filter((a) => a.chatId === '1002')).toHaveLength(1);
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 2, failed: 1 });
    expect(stores.subscriptions.get({ channel: 'telegram', chatId: '1002' })?.status).toBe('inactive');
    const ledger = stores.db.prepare("SELECT action, method FROM consent_events WHERE chat_id = '1002' ORDER BY id DESC LIMIT 1").get();
    expect(ledger).toMatchObject({ action: 'blocked' });
  });

  it('retries 5xx with growing backoff until ten minutes after the first failure, then reports it failed with the reason', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(2);
    const fail = { ok: false as const, kind: 'transient' as const, message: '502: Bad Gateway' };
    telegram.script('1000', fail, fail);
    telegram.script('1001', ...Array.from({ length: 40 }, () => fail));
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    expect(telegram.attempts.filter((a) => a.chatId === '1000')).toHaveLength(3);
    const tries = telegram.attempts.filter((a) => a.chatId === '1001');
    const gaps = tries.map((a, i, all) => a.at - (all[i - 1]?.at ?? a.at));
    expect(gaps.slice(1, 5).every((gap, i) => gap >= 1000 * 2 ** i)).toBe(true);
    // More than the five attempts a count would allow, and none after the ten minutes.
    expect(tries.length).toBeGreaterThan(5);
    expect(tries.at(-1)!.at - tries[0]!.at).toBeGreaterThanOrEqual(10 * 60_000);
    expect(tries.at(-2)!.at - tries[0]!.at).toBeLessThan(10 * 60_000);
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 1, failed: 1 });
    const failed = stores.db.prepare<[], { last_error: string }>("SELECT last_error FROM outbox WHERE chat_id = '1001'").get();
    expect(failed?.last_error).toMatch(/502: Bad Gateway \(gave up after 10 min\)/u);
  });

  it('retries a 429 after its retry_after however many times it comes', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(1);
    const slow = { ok: false as const, kind: 'rate_limited' as const, retryAfterMs: 30_000, message: '429: Too Many Requests' };
    telegram.script('1000', ...Array.from({ length: 30 }, () => slow));
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    expect(telegram.attempts.filter((a) => a.chatId === '1000')).toHaveLength(31);
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 1 });
  });

  it('skips a recipient who opted out while the broadcast was running', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(10);
    telegram.onSend((chatId) => {
      if (chatId === '1000') stores.subscriptions.optOut({ channel: 'telegram', chatId: '1007' }, '1007', 'text:hủy', new Date(clock.now()));
    });
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    expect(telegram.attempts.map((a) => a.chatId)).not.toContain('1007');
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 9, skipped: 1 });
  });

  it('holds sends during quiet hours until 07:00', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(3, local('2026-10-01 22:15'));
    await queue(stores, 'Xin chào', new Date(clock.now()));
    await dispatcher.drain();
    expect(telegram.sent).toHaveLength(3);
    expect(Math.min(...telegram.sent.map((s) => s.at))).toBeGreaterThanOrEqual(local('2026-10-02 07:00').getTime());
  });

  it('marks rows left "sending" by a crash as unconfirmed and never resends them', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(5);
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    const [first] = stores.outbox.due(clock.now(), 1, ['telegram']);
    expect(stores.outbox.claim(first?.id ?? 0, clock.now())).toBe(true);
    await dispatcher.drain();
    expect(telegram.attempts.map((a) => a.chatId)).not.toContain(first?.chatId);
    expect(stores.outbox.counts(id)).toMatchObject({ sent: 4, unconfirmed: 1 });
  });

  it('stops sending at once when a broadcast is cancelled', async () => {
    const { stores, clock, telegram, dispatcher } = await setup(20);
    const id = await queue(stores, 'Xin chào', new Date(clock.now()));
    telegram.onSend(() => {
      if (telegram.attempts.length === 5) stores.broadcasts.cancel(id, new Date(clock.now()));
    });
    await dispatcher.drain();
    const counts = stores.outbox.counts(id);
    expect(counts.sent).toBeLessThanOrEqual(5 + 16);
    expect(counts.cancelled).toBe(20 - counts.sent);
  });
});
