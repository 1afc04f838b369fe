// Zalo OA beyond 48 hours with a ZBS tag-3 template configured: the template by UID, its daily and monthly limits, quota.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloOaApi } from '../../../src/channels/zalo-oa/api.js';
import { createPromotionOutlook } from '../../../src/channels/zalo-oa/promotion-outlook.js';
import { createZaloOaProactiveSender, type ZaloOaTemplate } from '../../../src/channels/zalo-oa/send-proactive.js';
import { createZaloOaSender } from '../../../src/channels/zalo-oa/send-text.js';
import { parseLocalDateTime } from '../../../src/core/local-time.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { createInboxStore } from '../../../src/store/inbox.js';
import { createZaloOaPromotionStore } from '../../../src/store/zalo-oa-promotions.js';
import { startFakeZaloOa, type FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { createFakeClock, type FakeClock } from '../../delivery/helpers.js';
import { APP_ID, APP_SECRET, fakeOaTokens, FIRST_REFRESH } from './oa-fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
const local = (text: string) => parseLocalDateTime(text, TZ) as Date;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const TEMPLATE: ZaloOaTemplate = { id: 'tpl-3', param: 'content' };

let fake: FakeZaloOa;
let db: Db;
let clock: FakeClock;

beforeEach(async () => {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH });
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'loa-zalo-tpl-')), 'loa.db'));
  clock = createFakeClock(local('2026-10-01 10:00'));
});

afterEach(async () => {
  db.close();
  await fake.close();
});

/** The channel's proactive sender against the fake, with `template` configured (ZALO_OA_TEMPLATE_ID / _PARAM) or none. */
function proactive(configured: ZaloOaTemplate | 'none' = TEMPLATE) {
  const template = configured === 'none' ? undefined : configured;
  const logger = createLogger('silent');
  const tokens = fakeOaTokens(fake, db, logger);
  const api = createZaloOaApi({ apiBase: fake.base });
  const cs = createZaloOaSender({ api, tokens, logger, retry: { retries: 1, backoffMs: 1 } });
  const store = createZaloOaPromotionStore(db);
  return createZaloOaProactiveSender({ cs, api, tokens, store, header: 'Loa', template, timeZone: TZ, logger, now: () => new Date(clock.now()) });
}

describe('Zalo OA tag-3 template messages', () => {
  test('inside 48 hours cs; outside, the approved template by user id with the text in its parameter, never message/promotion', async () => {
    createInboxStore(db).accept('zalo-oa', 'm-1', 'u-recent', { text: 'hi' }, clock.now() - 47 * HOUR);
    const send = proactive();
    expect(await send.send('u-recent', 'Tuần lễ bắt đầu ngày mai')).toEqual({ ok: true });
    expect(await send.send('u-silent', 'Tuần lễ bắt đầu ngày mai')).toEqual({ ok: true });
    expect(fake.delivered()).toEqual([{ userId: 'u-recent', text: 'Tuần lễ bắt đầu ngày mai' }]);
    expect(fake.templates.map((t) => [t.userId, t.templateId, t.data, t.error])).toEqual([['u-silent', 'tpl-3', { content: 'Tuần lễ bắt đầu ngày mai' }, 0]]);
    expect(fake.promotions).toEqual([]);
    expect(fake.quotaReads()).toBe(0);
  });

  test('once Zalo reports no quota left today nothing more is tried that day; the next day it is', async () => {
    fake.setTemplateQuota(1);
    const send = proactive();
    const outlook = createPromotionOutlook(send);
    expect(await outlook.outlook(['a', 'b'])).toMatchObject({ outsideWindow: 2, via: 'template', quota: undefined });
    expect(await send.send('a', 'Nhắc lịch')).toEqual({ ok: true });
    expect(await outlook.outlook(['b'])).toMatchObject({ via: 'template', quota: 0, monthlyLimit: 30, textLimit: 400 });
    expect(await send.send('b', 'Nhắc lịch')).toEqual({ ok: false, kind: 'permanent', message: 'none: no template quota left today (Zalo reported 0 remaining)' });
    expect(fake.templates).toHaveLength(1);
    fake.setTemplateQuota(5);
    clock.advance(DAY);
    // Yesterday's count is not today's.
    expect(await outlook.outlook(['b'])).toMatchObject({ via: 'template', quota: undefined });
    expect(await send.send('b', 'Nhắc lịch')).toEqual({ ok: true });
    expect(fake.templates.map((t) => [t.userId, t.error])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  test('one a day per follower, and at most 30 in a calendar month', async () => {
    const send = proactive();
    expect(await send.send('u', 'Ngày 1')).toEqual({ ok: true });
    expect(await send.send('u', 'Lần hai')).toEqual({ ok: false, kind: 'permanent', message: 'none: a template message was already sent to this follower today' });
    for (let day = 2; day <= 30; day++) {
      clock.advance(DAY);
      expect(await send.send('u', `Ngày ${day}`)).toEqual({ ok: true });
    }
    clock.advance(DAY);
    expect(await send.send('u', 'Ngày 31')).toEqual({ ok: false, kind: 'permanent', message: 'none: 30 template messages were already sent to this follower this month' });
    clock.advance(DAY);
    expect(await send.send('u', 'Tháng 11')).toEqual({ ok: true });
    expect(fake.templates.filter((t) => t.error === 0)).toHaveLength(31);
  });

  test('a text too long for a template, hours outside 08:00–22:00 and a rejected parameter are reported; a rejection frees the day', async () => {
    const send = proactive({ id: 'tpl-3', param: 'noi_dung' });
    expect(await send.send('u', 'x'.repeat(401))).toEqual({ ok: false, kind: 'permanent', message: 'none: text longer than 400 characters for one template message' });
    clock.set(local('2026-10-01 22:15'));
    expect(await send.send('u', 'Nhắc lịch')).toMatchObject({ ok: false, kind: 'permanent', message: expect.stringMatching(/^none: outside Zalo's promotion hours/u) });
    clock.set(local('2026-10-02 08:00'));
    expect(await send.send('u', 'Nhắc lịch')).toEqual({ ok: false, kind: 'permanent', message: 'template: -201: Parameters are invalid' });
    expect(await proactive().send('u', 'Nhắc lịch')).toEqual({ ok: true });
    expect(fake.templates.map((t) => [t.data, t.error])).toEqual([
      [{ noi_dung: 'Nhắc lịch' }, -201],
      [{ content: 'Nhắc lịch' }, 0],
    ]);
  });

  test('without a template configured the older promotion message is used', async () => {
    const send = proactive('none');
    expect(send.via).toBe('promotion');
    expect(await send.send('u', 'Nhắc lịch')).toEqual({ ok: true });
    expect(fake.promotions.map((p) => p.text)).toEqual(['Nhắc lịch']);
    expect(fake.templates).toEqual([]);
  });
});
