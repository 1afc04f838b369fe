// Zalo OA token rotation against the fake OAuth server: single-use refresh tokens, saved before use, surviving a crash.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createOaTokenRefresher } from '../../../src/channels/zalo-oa/oauth.js';
import { createZaloOaChannel, type ZaloOaHandle } from '../../../src/channels/zalo-oa/setup.js';
import { createOaTokens, type OaTokensDeps } from '../../../src/channels/zalo-oa/tokens.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { createZaloTokenStore, type ZaloTokenStore } from '../../../src/store/zalo-tokens.js';
import { startFakeZaloOa, type FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { openNode, waitFor, type Node } from '../zalo-bot/harness.js';
import { APP_ID, APP_SECRET, deliver, FIRST_REFRESH, oaConfig, userMessage } from './oa-fixtures.js';

const HOUR = 3600 * 1000;

let fake: FakeZaloOa;
let dir: string;
let db: Db;
let logs: string[];
let clock: number;
let node: Node<ZaloOaHandle> | undefined;

beforeEach(async () => {
  fake = await startFakeZaloOa({ appId: APP_ID, appSecret: APP_SECRET, refreshToken: FIRST_REFRESH, expiresInSec: 25 * 3600 });
  dir = mkdtempSync(join(tmpdir(), 'loa-zalo-tokens-'));
  db = openDatabase(join(dir, 'loa.db'));
  logs = [];
  clock = Date.parse('2026-03-01T08:00:00Z');
});

afterEach(async () => {
  await node?.close();
  node = undefined;
  if (db.open) db.close();
  await fake.close();
});

const keeper = (store: ZaloTokenStore = createZaloTokenStore(db), extra: Partial<OaTokensDeps> = {}) =>
  createOaTokens({
    appId: APP_ID,
    seedRefreshToken: FIRST_REFRESH,
    store,
    refresh: createOaTokenRefresher({ oauthBase: fake.base, appId: APP_ID, appSecret: APP_SECRET }),
    logger: createLogger('debug', { write: (line: string) => void logs.push(line) }),
    now: () => new Date(clock),
    backoffMs: 1,
    ...extra,
  });

describe('Zalo OA tokens', () => {
  test('rotation: each refresh spends the stored refresh token and stores the new pair; refresh happens before expiry', async () => {
    const store = createZaloTokenStore(db);
    const tokens = keeper(store);
    expect(await tokens.accessToken()).toBe('access-1');
    expect(store.get(APP_ID)).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(store.get(APP_ID)?.accessExpiresAt.getTime()).toBe(clock + 25 * HOUR);

    clock += 24 * HOUR;
    expect(await tokens.accessToken()).toBe('access-1');
    clock += HOUR - 4 * 60 * 1000;
    expect(await tokens.accessToken()).toBe('access-2');
    expect(store.get(APP_ID)).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(fake.refreshes.map((r) => [r.refreshToken, r.ok])).toEqual([
      [FIRST_REFRESH, true],
      ['refresh-1', true],
    ]);
  });

  test('concurrent callers share one refresh', async () => {
    const tokens = keeper();
    const results = await Promise.all(Array.from({ length: 5 }, () => tokens.accessToken()));
    expect(new Set(results)).toEqual(new Set(['access-1']));
    expect(fake.refreshes).toHaveLength(1);
  });

  test('a crash right after storing the new pair: the next process uses the stored tokens, never the spent env token', async () => {
    const real = createZaloTokenStore(db);
    const dying: ZaloTokenStore = {
      get: (appId) => real.get(appId),
      save(appId, tokens) {
        real.save(appId, tokens);
        throw new Error('simulated crash after saving');
      },
    };
    await expect(keeper(dying).accessToken()).rejects.toThrow('simulated crash');
    db.close();
    expect(fake.refreshes).toHaveLength(1);

    // A new process on the same database file, with the same ZALO_OA_REFRESH_TOKEN in its environment.
    db = openDatabase(join(dir, 'loa.db'));
    const restarted = keeper();
    expect(await restarted.accessToken()).toBe('access-1');
    expect(fake.refreshes).toHaveLength(1);
    clock += 25 * HOUR;
    expect(await restarted.accessToken()).toBe('access-2');
    expect(fake.refreshes.map((r) => r.refreshToken)).toEqual([FIRST_REFRESH, 'refresh-1']);
  });

  test('after a crash, a restarted channel answers with the stored access token', async () => {
    const real = createZaloTokenStore(db);
    const dying: ZaloTokenStore = {
      get: (appId) => real.get(appId),
      save(appId, tokens) {
        real.save(appId, tokens);
        throw new Error('simulated crash after saving');
      },
    };
    await expect(keeper(dying, { now: () => new Date() }).accessToken()).rejects.toThrow('simulated crash');
    db.close();

    node = await openNode(oaConfig(fake, dir), (context) => createZaloOaChannel(context, { retry: { retries: 1, backoffMs: 1 } }));
    await deliver(node.url, userMessage('user_send_text', 'm-after-crash', 'Gia đình học tập là gì?'));
    await node.handle.idle();
    expect(fake.delivered()).toHaveLength(1);
    expect(fake.messages[0]?.accessToken).toBe('access-1');
    expect(fake.refreshes.map((r) => r.refreshToken)).toEqual([FIRST_REFRESH]);
  });

  test('a failed refresh is logged and retried with backoff in the background', async () => {
    fake.failNextRefresh({ status: 503, body: { error: -1, message: 'Service Unavailable' } }, 2);
    const store = createZaloTokenStore(db);
    const tokens = keeper(store, { now: () => new Date() });
    tokens.start();
    await waitFor(() => store.get(APP_ID) !== undefined);
    await tokens.stop();
    expect(fake.refreshes.map((r) => r.ok)).toEqual([false, false, true]);
    expect(logs.filter((line) => line.includes('could not refresh the access token'))).toHaveLength(2);
    expect(logs.join('')).toMatch(/retrying in \d+ s/u);
  });

  test('a rejected access token is replaced by a refresh', async () => {
    const tokens = keeper();
    expect(await tokens.accessToken()).toBe('access-1');
    tokens.invalidate('access-1');
    expect(await tokens.accessToken()).toBe('access-2');
  });

  test('a different ZALO_OA_REFRESH_TOKEN (a newly authorized app) starts a new chain; the same one never does', async () => {
    const store = createZaloTokenStore(db);
    await keeper(store).accessToken();
    clock += 25 * HOUR;
    expect(await keeper(store).accessToken()).toBe('access-2');
    clock += 25 * HOUR;
    const fresh = fake.validRefreshToken();
    store.save(APP_ID, { ...store.get(APP_ID)!, refreshToken: 'stale-refresh' });
    expect(await keeper(store, { seedRefreshToken: fresh }).accessToken()).toBe('access-3');
    expect(fake.refreshes.map((r) => r.refreshToken)).toEqual([FIRST_REFRESH, 'refresh-1', fresh]);
  });
});
