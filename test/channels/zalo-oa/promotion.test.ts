// Zalo OA proactive sending beyond 48 hours: cs inside the window, else one promotion a day, quota read from Zalo, reasons recorded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloOaApi } from '../../../src/channels/zalo-oa/api.js';
import { createZaloOaProactiveSender } from '../../../src/channels/zalo-oa/send-proactive.js';
import { createZaloOaSender } from '../../../src/channels/zalo-oa/send-text.js';
import { loadZaloOaTexts } from '../../../src/channels/zalo-oa/texts.js';
import { parseLocalDateTime } from '../../../src/core/local-time.js';
import { defaultQuietHours } from '../../../src/core/quiet-hours.js';
import { createDispatcher } from '../../../src/delivery/dispatcher.js';
import { expandBroadcast } from '../../../src/delivery/outbox.js';
import { createRateLimiter } from '../../../src/delivery/rate-limit.js';
import { createLogger } from '../../../src/logger.js';
import { createInboxStore } from '../../../src/store/inbox.js';
import { createZaloOaPromotionStore } from '../../../src/store/zalo-oa-promotions.js';
import { startFakeZaloOa, type FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { createFakeClock, openStores, subscribe, type FakeClock, type Stores } from '../../delivery/helpers.js';
import { APP_ID, APP_SECRET, fakeOaTokens, FIRST_REFRESH } from './oa-fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
const local = (text: string) => parseLocalDateTime(text, TZ) as Date;
const HOUR = 60 * 60 * 1000;
const header = loadZaloOaTexts('prompts').oaPromotionHeader;

let fake: FakeZaloOa;
let stores: Stores;
let clock: FakeClock;

beforeEach(async () => {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH });
  stores = openStores(join(mkdtempSync(join(tmpdir(), 'loa-zalo-promo-')), 'loa.db'));
  clock = createFakeClock(local('2026-10-01 10:00'));
});

afterEach(async () => {
  stores.db.close();
  await fake.close();
});

/** The channel's proactive sender against the fake, on the test database and clock. */
function proactive() {
  const logger = createLogger('silent');
  const tokens = fakeOaTokens(fake, stores.db, logger);
  const api = createZaloOaApi({ apiBase: fake.base });
  const cs = createZaloOaSender({ api, tokens, logger, retry: { retries: 1, backoffMs: 1 } });
  const store = createZaloOaPromotionStore(stores.db);
  return createZaloOaProactiveSender({ cs, api, tokens, store, header, timeZone: TZ, logger, now: () => new Date(clock.now()) });
}

/** A follower's message to the OA `hoursAgo` before the clock. */
function wroteIn(chatId: string, hoursAgo: number) {
  createInboxStore(stores.db).accept('zalo-oa', `msg-${chatId}-${hoursAgo}`, chatId, { text: 'hi' }, clock.now() - hoursAgo * HOUR);
}

/** Queues a staff broadcast to every zalo-oa subscriber and sends it through the real dispatcher; returns the outbox rows. */
async function broadcast(text: string) {
  const send = proactive();
  const dispatcher = createDispatcher({
    outbox: stores.outbox,
    consent: stores.subscriptions,
    channels: [{ outbound: { name: 'zalo-oa', maxLength: 2000, send: (chatId, t) => send.send(chatId, t) }, limiter: createRateLimiter({ perSecond: 10 }) }],
    quietHours: defaultQuietHours(TZ),
    clock,
  });
  const at = new Date(clock.now());
  const created = stores.broadcasts.create({ kind: 'staff', text, channel: 'zalo-oa', sendAt: at, createdBy: 'test' }, at);
  await expandBroadcast(created, at, { subscriptions: stores.subscriptions, outbox: stores.outbox, broadcasts: stores.broadcasts, catalog: stores.catalog });
  await dispatcher.drain();
  return Object.fromEntries(stores.outbox.list(created.id).map((row) => [row.chatId, row]));
}

describe('Zalo OA beyond the 48-hour window', () => {
  test('a follower who wrote within 48 h gets cs; one outside the window or never seen gets a promotion', async () => {
    const [recent, old, silent] = subscribe(stores, 3, { channel: 'zalo-oa', at: new Date(clock.now() - 100 * HOUR) });
    wroteIn(recent!, 47);
    wroteIn(old!, 49);
    const rows = await broadcast('Tuần lễ học tập suốt đời bắt đầu ngày mai.');

    expect(Object.values(rows).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.delivered()).toEqual([{ userId: recent, text: 'Tuần lễ học tập suốt đời bắt đầu ngày mai.' }]);
    expect(fake.promotions.map((p) => [p.userId, p.header, p.text, p.error])).toEqual([
      [old, header, 'Tuần lễ học tập suốt đời bắt đầu ngày mai.', 0],
      [silent, header, 'Tuần lễ học tập suốt đời bắt đầu ngày mai.', 0],
    ]);
    expect(fake.quotaReads()).toBe(1);
  });

  test('no promotion quota: nothing is sent and the reason is recorded', async () => {
    const [chat] = subscribe(stores, 1, { channel: 'zalo-oa' });
    fake.setPromotionQuota(0);
    const rows = await broadcast('Nhắc lịch');
    expect(rows[chat!]).toMatchObject({ state: 'failed', lastError: 'none: no promotion quota left' });
    expect(fake.promotions).toEqual([]);
    expect(fake.quotaReads()).toBe(1);
  });

  test('a second promotion the same day is not sent (reason recorded); the next day it is', async () => {
    const [chat] = subscribe(stores, 1, { channel: 'zalo-oa' });
    expect((await broadcast('Thông báo 1'))[chat!]).toMatchObject({ state: 'sent' });
    clock.advance(2 * HOUR);
    expect((await broadcast('Thông báo 2'))[chat!]).toMatchObject({ state: 'failed', lastError: 'none: a promotion message was already sent to this follower today' });
    clock.advance(22 * HOUR);
    expect((await broadcast('Thông báo 3'))[chat!]).toMatchObject({ state: 'sent' });
    expect(fake.promotions.map((p) => p.text)).toEqual(['Thông báo 1', 'Thông báo 3']);
  });

  test('outside promotion hours nothing is sent; a follower who left the OA is reported blocked and the day stays free', async () => {
    const send = proactive();
    clock.set(local('2026-10-01 22:30'));
    expect(await send.send('u-late', 'Nhắc lịch')).toMatchObject({ ok: false, kind: 'permanent', message: expect.stringMatching(/^none: outside Zalo's promotion hours/u) });
    clock.set(local('2026-10-02 09:00'));
    fake.failNextMessage({ status: 200, body: { error: -213, message: 'User has not followed OA' } });
    expect(await send.send('u-gone', 'Nhắc lịch')).toEqual({ ok: false, kind: 'blocked', message: 'promotion: -213: User has not followed OA' });
    expect(await send.send('u-gone', 'Nhắc lịch')).toEqual({ ok: true });
    expect(fake.promotions.map((p) => [p.userId, p.error])).toEqual([
      ['u-gone', -213],
      ['u-gone', 0],
    ]);
  });
});
