// Sending through the Zalo OA: 2,000-character parts, token renewal on -216, bounded retries, SendOutcome mapping.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createZaloOaApi } from '../../../src/channels/zalo-oa/api.js';
import { ZALO_OA_TEXT_LIMIT } from '../../../src/channels/zalo-oa/render.js';
import { createZaloOaSender } from '../../../src/channels/zalo-oa/send-text.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { startFakeZaloOa, type FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { APP_ID, APP_SECRET, fakeOaTokens, FIRST_REFRESH } from './oa-fixtures.js';

let fake: FakeZaloOa;
let db: Db;

beforeEach(async () => {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH });
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'loa-zalo-send-')), 'loa.db'));
});

afterEach(async () => {
  db.close();
  await fake.close();
});

const sender = () => {
  const logger = createLogger('silent');
  const tokens = fakeOaTokens(fake, db, logger);
  return createZaloOaSender({ api: createZaloOaApi({ apiBase: fake.base }), tokens, logger, retry: { retries: 2, backoffMs: 1 } });
};

describe('Zalo OA sending', () => {
  test('long text goes out in parts of at most 2,000 characters, on sentence boundaries', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `Câu thứ ${i + 1} giới thiệu mô hình Cộng đồng học tập ở cấp xã và phường.`).join(' ');
    expect(await sender().send('u1', text)).toEqual({ ok: true });
    const parts = fake.delivered().map((m) => m.text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(ZALO_OA_TEXT_LIMIT);
      expect(part).toMatch(/^Câu thứ \d+ .*\.$/su);
    }
    expect(parts.join(' ')).toBe(text);
  });

  test('an access token Zalo rejects (-216) is refreshed and the message sent again', async () => {
    const send = sender();
    expect(await send.send('u1', 'một')).toEqual({ ok: true });
    fake.revokeAccessTokens();
    expect(await send.send('u1', 'hai')).toEqual({ ok: true });
    expect(fake.messages.map((m) => [m.accessToken, m.error])).toEqual([
      ['access-1', 0],
      ['access-1', -216],
      ['access-2', 0],
    ]);
  });

  test('429 then success is delivered once; failures map to SendOutcome', async () => {
    const send = sender();
    fake.failNextMessage({ status: 429, body: { error: -32, message: 'Too many requests' } });
    expect(await send.send('u1', 'a')).toEqual({ ok: true });
    expect(fake.delivered()).toHaveLength(1);

    fake.failNextMessage({ status: 200, body: { error: -32, message: 'Exceeded the rate limit' } }, 3);
    expect(await send.send('u1', 'b')).toMatchObject({ ok: false, kind: 'rate_limited' });
    fake.failNextMessage({ status: 200, body: { error: -213, message: 'User has not followed OA' } });
    expect(await send.send('u1', 'c')).toMatchObject({ ok: false, kind: 'blocked', message: '-213: User has not followed OA' });
    fake.failNextMessage({ status: 502, body: { error: -1, message: 'Bad Gateway' } }, 3);
    expect(await send.send('u1', 'd')).toMatchObject({ ok: false, kind: 'transient' });
    fake.failNextMessage({ status: 200, body: { error: -201, message: 'Parameters are invalid' } });
    expect(await send.send('u1', 'e')).toMatchObject({ ok: false, kind: 'permanent' });
    expect(fake.delivered()).toHaveLength(1);
  });
});
