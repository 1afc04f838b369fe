// Sends text to a Zalo OA follower: split at 2,000 characters, one retry with a fresh token, bounded retries on 429/5xx.
import { setTimeout as delay } from 'node:timers/promises';
import type { SendOutcome } from '../../core/channel.js';
import { splitMessage } from '../../core/text/split.js';
import type { Logger } from '../../logger.js';
import type { ZaloOaApi } from './api.js';
import { ZALO_OA_TEXT_LIMIT } from './render.js';
import { isTokenRejected, toSendOutcome } from './send-outcome.js';
import { explainRefreshError, type OaTokens } from './tokens.js';

/** How often and how patiently to retry a part that hit a rate limit or a transient error. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  retries: number;
  /** First wait; doubled each retry (default 500 ms). */
  backoffMs: number;
}

/** Sending side of the Zalo OA channel. */
export interface ZaloOaSender {
  /** Sends `text` to `userId` in as many messages as needed; stops at the first part that fails for good. Never throws. */
  send(userId: string, text: string): Promise<SendOutcome>;
}

/** Dependencies of the sender. */
export interface ZaloOaSenderDeps {
  api: ZaloOaApi;
  tokens: OaTokens;
  logger: Logger;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<unknown>;
}

/** Creates the sender. */
export function createZaloOaSender(deps: ZaloOaSenderDeps): ZaloOaSender {
  const { retries, backoffMs } = deps.retry ?? { retries: 3, backoffMs: 500 };
  const sleep = deps.sleep ?? ((ms: number) => delay(ms));

  const sendPart = async (userId: string, text: string): Promise<SendOutcome> => {
    let renewed = false;
    let attempt = 0;
    for (;;) {
      let token: string;
      try {
        token = await deps.tokens.accessToken();
      } catch (error) {
        return { ok: false, kind: 'transient', message: explainRefreshError(error) };
      }
      try {
        await deps.api.sendText(token, userId, text);
        return { ok: true };
      } catch (error) {
        if (isTokenRejected(error) && !renewed) {
          deps.logger.warn('Zalo OA rejected the access token; refreshing it and sending again');
          deps.tokens.invalidate(token);
          renewed = true;
          continue;
        }
        const wait = backoffMs * 2 ** attempt;
        const outcome = toSendOutcome(error, wait);
        if ((outcome.kind !== 'rate_limited' && outcome.kind !== 'transient') || attempt >= retries) return outcome;
        deps.logger.warn({ userId, attempt: attempt + 1 }, `Zalo OA message/cs failed (${outcome.message}); retrying in ${wait} ms`);
        await sleep(wait);
        attempt++;
      }
    }
  };

  return {
    async send(userId, text) {
      for (const part of splitMessage(text, ZALO_OA_TEXT_LIMIT)) {
        const outcome = await sendPart(userId, part);
        if (!outcome.ok) return outcome;
      }
      return { ok: true };
    },
  };
}
