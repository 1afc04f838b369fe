// Zalo OA beyond 48 hours in the console: the broadcast preview shows who would get a promotion message and the quota
// read from the fake OA's quota API (which checks the request shape); with the quota exhausted those followers are
// reported with the reason and nothing is sent twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createZaloOaApi } from '../../src/channels/zalo-oa/api.js';
import { createPromotionOutlook } from '../../src/channels/zalo-oa/promotion-outlook.js';
import { createZaloOaProactiveSender, type ZaloOaProactiveSender, type ZaloOaTemplate } from '../../src/channels/zalo-oa/send-proactive.js';
import { createZaloOaSender } from '../../src/channels/zalo-oa/send-text.js';
import { loadZaloOaTexts } from '../../src/channels/zalo-oa/texts.js';
import { parseLocalDateTime } from '../../src/core/local-time.js';
import { defaultQuietHours } from '../../src/core/quiet-hours.js';
import { createDispatcher } from '../../src/delivery/dispatcher.js';
import { expandBroadcast } from '../../src/delivery/outbox.js';
import { createRateLimiter } from '../../src/delivery/rate-limit.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/db.js';
import { createInboxStore } from '../../src/store/inbox.js';
import { createZaloOaPromotionStore } from '../../src/store/zalo-oa-promotions.js';
import { createFakeClock, type FakeClock } from '../delivery/helpers.js';
import { APP_ID, APP_SECRET, fakeOaTokens, FIRST_REFRESH } from '../channels/zalo-oa/oa-fixtures.js';
import { startFakeZaloOa, type FakeZaloOa } from '../fakes/zalo-oa-server.js';
import { Client, testConsole } from './helpers.js';

const TZ = 'Asia/Ho_Chi_Minh';
const HOUR = 60 * 60 * 1000;
const TEXT = 'Mời bà con dự Ngày hội đọc sách';

let fake: FakeZaloOa;
let dir: string;
let clock: FakeClock;
let proactive: ZaloOaProactiveSender;
let env: ReturnType<typeof testConsole>;

/** Starts the fake OA and the console; followers outside 48 hours get `template` when given, else promotions. */
async function start(template?: ZaloOaTemplate) {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH });
  dir = mkdtempSync(join(tmpdir(), 'loa-oa-quota-'));
  const db = openDatabase(join(dir, 'loa.db'));
  clock = createFakeClock(parseLocalDateTime('2026-10-01 10:00', TZ) as Date);
  const logger = createLogger('silent');
  const tokens = fakeOaTokens(fake, db, logger);
  const api = createZaloOaApi({ apiBase: fake.base });
  proactive = createZaloOaProactiveSender({
    cs: createZaloOaSender({ api, tokens, logger, retry: { retries: 1, backoffMs: 1 } }),
    api,
    tokens,
    store: createZaloOaPromotionStore(db),
    header: loadZaloOaTexts('prompts').oaPromotionHeader,
    template,
    timeZone: TZ,
    logger,
    now: () => new Date(clock.now()),
  });
  env = testConsole({ zaloOaPromotions: createPromotionOutlook(proactive) }, db);
  // Three OA followers: one wrote 2 hours ago (customer-service), one 60 hours ago and one never (promotion); one Telegram subscriber.
  for (const [channel, chatId] of [['zalo-oa', 'o-recent'], ['zalo-oa', 'o-old'], ['zalo-oa', 'o-silent'], ['telegram', 't1']] as const) {
    env.deps.subscriptions.optIn({ channel, chatId }, chatId, 'test', new Date(clock.now() - 100 * HOUR));
  }
  const inbox = createInboxStore(db);
  inbox.accept('zalo-oa', 'm-recent', 'o-recent', { text: 'hi' }, clock.now() - 2 * HOUR);
  inbox.accept('zalo-oa', 'm-old', 'o-old', { text: 'hi' }, clock.now() - 60 * HOUR);
  await env.addStaff('camp', 'campaign');
}

afterEach(async () => {
  env.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function campaign(): Promise<Client> {
  const client = new Client(env.app);
  await client.login('camp');
  await client.get('/admin/broadcasts/new');
  return client;
}

/** Expands the broadcast and sends it through the real dispatcher and OA sender; returns its rows by chat. */
async function send(id: number) {
  const dispatcher = createDispatcher({
    outbox: env.outbox,
    consent: env.deps.subscriptions,
    channels: [{ outbound: { name: 'zalo-oa', maxLength: 2000, send: (chatId, text) => proactive.send(chatId, text) }, limiter: createRateLimiter({ perSecond: 10 }) }],
    quietHours: defaultQuietHours(TZ),
    clock,
  });
  const broadcast = env.broadcastStore.get(id)!;
  await expandBroadcast(broadcast, new Date(clock.now()), { subscriptions: env.deps.subscriptions, outbox: env.outbox, broadcasts: env.broadcastStore, catalog: env.deps.catalog });
  await dispatcher.drain();
  return Object.fromEntries(env.outbox.list(id).map((row) => [row.chatId, row]));
}

describe('Zalo OA promotion quota in the broadcast preview', () => {
  it('shows how many followers outside 48 hours need a promotion and the quota Zalo reports, and warns when it is short', async () => {
    await start();
    fake.setPromotionQuota(1);
    const camp = await campaign();
    const page = await (await camp.post('/admin/broadcasts', { text: TEXT, channel: '', locality: '', action: 'preview' })).text();
    expect(page).toContain('Zalo OA: <strong>2</strong> người ngoài 48 giờ sẽ nhận tin khuyến mãi');
    expect(page).toContain('hạn mức còn <strong>1</strong>');
    expect(page).toContain('Hạn mức không đủ: 1 người sẽ không nhận được');
    expect(fake.quotaReads()).toBe(1);
    // A Telegram-only broadcast has no OA recipient: Zalo is not asked.
    const telegram = await (await camp.post('/admin/broadcasts', { text: TEXT, channel: 'telegram', locality: '', action: 'preview' })).text();
    expect(telegram).not.toContain('Zalo OA:');
    expect(fake.quotaReads()).toBe(1);
  });

  it('with the quota exhausted: the preview says so, cs still reaches the recent follower, the others are reported with the reason, nothing twice', async () => {
    await start();
    fake.setPromotionQuota(0);
    const camp = await campaign();
    const page = await (await camp.post('/admin/broadcasts', { text: TEXT, channel: 'zalo-oa', locality: '', action: 'preview' })).text();
    expect(page).toContain('hạn mức còn <strong>0</strong>');
    expect(page).toContain('Hạn mức không đủ: 2 người');
    const scheduled = await camp.post('/admin/broadcasts', { text: TEXT, channel: 'zalo-oa', locality: '', sendAt: '', action: 'schedule' });
    expect(scheduled.status).toBe(303);
    const id = Number(/\/admin\/broadcasts\/(\d+)/u.exec(scheduled.headers.get('location') ?? '')?.[1]);
    // Read again when scheduling, before the broadcast goes out.
    expect(fake.quotaReads()).toBe(2);

    const rows = await send(id);
    expect(rows['o-recent']).toMatchObject({ state: 'sent' });
    expect(rows['o-old']).toMatchObject({ state: 'failed', lastError: 'none: no promotion quota left' });
    expect(rows['o-silent']).toMatchObject({ state: 'failed', lastError: 'none: no promotion quota left' });
    expect(fake.delivered()).toEqual([{ userId: 'o-recent', text: TEXT }]);
    expect(fake.promotions).toEqual([]);
    const report = await (await camp.get(`/admin/broadcasts/${id}`)).text();
    expect(report).toContain('none: no promotion quota left <span class="muted">(2 người)</span>');

    // Running delivery again sends nothing more.
    await send(id);
    expect(fake.delivered()).toHaveLength(1);
    expect(fake.promotions).toEqual([]);
  });

  it('with a tag-3 template configured: the preview names template messages and their limits, reads no promotion quota, and they go out', async () => {
    await start({ id: 'tpl-3', param: 'content' });
    fake.setTemplateQuota(7);
    const camp = await campaign();
    const page = await (await camp.post('/admin/broadcasts', { text: TEXT, channel: 'zalo-oa', locality: '', action: 'preview' })).text();
    expect(page).toContain('Zalo OA: <strong>2</strong> người ngoài 48 giờ sẽ nhận tin mẫu ZBS (tag 3; mỗi người tối đa 1 tin/ngày và 30 tin/tháng');
    expect(page).toContain('hôm nay chưa có lần gửi nào báo hạn mức còn lại');
    expect(page).not.toContain('Nội dung dài');
    const long = await (await camp.post('/admin/broadcasts', { text: 'Tuần lễ học tập suốt đời. '.repeat(20), channel: 'zalo-oa', locality: '', action: 'preview' })).text();
    expect(long).toContain('Nội dung dài 520 ký tự: 2 người này sẽ không nhận được tin mẫu, hãy rút gọn');
    const scheduled = await camp.post('/admin/broadcasts', { text: TEXT, channel: 'zalo-oa', locality: '', sendAt: '', action: 'schedule' });
    const id = Number(/\/admin\/broadcasts\/(\d+)/u.exec(scheduled.headers.get('location') ?? '')?.[1]);
    const rows = await send(id);
    expect(Object.values(rows).map((row) => row.state)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.templates.map((t) => [t.userId, t.data])).toEqual([
      ['o-old', { content: TEXT }],
      ['o-silent', { content: TEXT }],
    ]);
    expect(fake.promotions).toEqual([]);
    expect(fake.quotaReads()).toBe(0);
    const after = await (await camp.post('/admin/broadcasts', { text: TEXT, channel: 'zalo-oa', locality: '', action: 'preview' })).text();
    expect(after).toContain('lần gửi gần nhất Zalo báo hạn mức hôm nay còn <strong>5</strong>');
  });
});
