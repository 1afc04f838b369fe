// Shared OA test fixtures: settings for the fake server, signed webhook deliveries, and event bodies.
import { createHash } from 'node:crypto';
import { createOaTokenRefresher } from '../../../src/channels/zalo-oa/oauth.js';
import { createOaTokens } from '../../../src/channels/zalo-oa/tokens.js';
import type { Config } from '../../../src/config.js';
import type { Logger } from '../../../src/logger.js';
import { createZaloTokenStore } from '../../../src/store/zalo-tokens.js';
import type { Db } from '../../../src/store/db.js';
import type { FakeZaloOa } from '../../fakes/zalo-oa-server.js';
import { testConfig } from '../zalo-bot/harness.js';

export const APP_ID = '4312345678901234567';
export const APP_SECRET = 'app-secret-value';
export const SECRET_KEY = 'oa-secret-key-value';
export const FIRST_REFRESH = 'refresh-0';

/** Settings pointing both OA bases at the fake; `dir` reuses a folder (and its database) for restarts. */
export function oaConfig(fake: FakeZaloOa, dir?: string): Config {
  return testConfig(
    {
      ZALO_OA_APP_ID: APP_ID,
      ZALO_OA_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: SECRET_KEY,
      ZALO_OA_REFRESH_TOKEN: FIRST_REFRESH,
      ZALO_OA_API_BASE: fake.base,
      ZALO_OA_OAUTH_BASE: fake.base,
    },
    dir,
  );
}

/** The OA's access tokens, refreshed against the fake and stored in `db` (the sender's and quota's tokens in tests). */
export function fakeOaTokens(fake: FakeZaloOa, db: Db, logger: Logger) {
  return createOaTokens({
    appId: APP_ID,
    seedRefreshToken: FIRST_REFRESH,
    store: createZaloTokenStore(db),
    refresh: createOaTokenRefresher({ oauthBase: fake.base, appId: APP_ID, appSecret: APP_SECRET }),
    logger,
  });
}

let timestamp = 1750316131602;

/** A user_send_* event as Zalo sends it. */
export function userMessage(event: string, msgId: string, text?: string, userId = '8406123456789'): Record<string, unknown> {
  return {
    app_id: APP_ID,
    user_id_by_app: 'byapp-1',
    event_name: event,
    timestamp: String(timestamp++),
    sender: { id: userId },
    recipient: { id: 'oa-1' },
    message: text === undefined ? { msg_id: msgId, attachments: [{ type: 'image', payload: { url: 'https://example.org/a.jpg' } }] } : { msg_id: msgId, text },
  };
}

/** A follow or unfollow event. */
export function followEvent(event: 'follow' | 'unfollow', userId: string): Record<string, unknown> {
  return { app_id: APP_ID, oa_id: 'oa-1', follower: { id: userId }, user_id_by_app: 'byapp-2', event_name: event, source: 'oa_profile', timestamp: String(timestamp++) };
}

/** "mac=" + SHA-256 of appId + body + timestamp + secret key, computed independently of the code under test. */
export function macFor(rawBody: string, timestampText: string, secretKey = SECRET_KEY, appId = APP_ID): string {
  return `mac=${createHash('sha256').update(appId + rawBody + timestampText + secretKey).digest('hex')}`;
}

/** POSTs `event` to the OA webhook, correctly signed unless `signature` is given (null sends none). */
export function deliver(url: string, event: Record<string, unknown>, signature?: string | null): Promise<Response> {
  const raw = JSON.stringify(event);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const mac = signature === undefined ? macFor(raw, String(event.timestamp)) : signature;
  if (mac !== null) headers['x-zevent-signature'] = mac;
  return fetch(`${url}/webhooks/zalo-oa`, { method: 'POST', headers, body: raw });
}
