// Sends text to a Zalo Bot chat: split at 2,000 characters, bounded retries on 429 and 5xx, outcome instead of throwing.
import { setTimeout as delay } from 'node:timers/promises';
import type { SendOutcome } from '../../core/channel.js';
import { splitMessage } from '../../core/text/split.js';
import type { Logger } from '../../logger.js';
import { explainBotError, ZaloBotApiError, type ZaloBotApi } from './api.js';
import { ZALO_BOT_TEXT_LIMIT } from './render.js';
import { toSendOutcome } from './send-outcome.js';

/** How often and how patiently to retry a part that hit 429 or a 5xx. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  retries: number;
  /** First wait; doubled each retry (default 500 ms). */
  backoffMs: number;
}

/** Sending side of the Zalo Bot channel. */
export interface ZaloBotSender {
  /** Shows "typing…" in the chat; best effort, never throws. */
  typing(chatId: string): Promise<void>;
  /** Sends `text` in as many messages as needed; stops at the first part that fails for good. Never throws. */
  send(chatId: string, text: string): Promise<SendOutcome>;
  /** One attempt to send one part (≤ 2,000 characters), no retry: the inbox's reliable sender decides. Never throws. */
  attempt(chatId: string, part: string, signal: AbortSignal): Promise<SendOutcome>;
}

/** Zalo Bot's 429 carries no retry_after: wait this long before the token sends again. */
const RATE_LIMIT_PAUSE_MS = 1000;

/** Dependencies of the sender. */
export interface ZaloBotSenderDeps {
  api: ZaloBotApi;
  logger: Logger;
  retry?: RetryPolicy;
  /** Waits between retries (tests pass a fast one). */
  sleep?: (ms: number) => Promise<unknown>;
}

/** Creates the sender. */
export function createZaloBotSender(deps: ZaloBotSenderDeps): ZaloBotSender {
  const { retries, backoffMs } = deps.retry ?? { retries: 3, backoffMs: 500 };
  const sleep = deps.sleep ?? ((ms: number) => delay(ms));

  const sendPart = async (chatId: string, text: string): Promise<SendOutcome> => {
    for (let attempt = 0; ; attempt++) {
      try {
        await deps.api.sendMessage(chatId, text);
        return { ok: true };
      } catch (error) {
        const wait = backoffMs * 2 ** attempt;
        const outcome = toSendOutcome(error, wait);
        if (error instanceof ZaloBotApiError && error.errorCode === 401) deps.logger.error(explainBotError(error));
        const retryable = outcome.kind === 'rate_limited' || outcome.kind === 'transient';
        if (!retryable || attempt >= retries) return outcome;
        deps.logger.warn({ chatId, attempt: attempt + 1 }, `Zalo Bot sendMessage failed (${outcome.message}); retrying in ${wait} ms`);
        await sleep(wait);
      }
    }
  };

  return {
    async typing(chatId) {
      try {
        await deps.api.sendChatAction(chatId, 'typing');
      } catch (error) {
        deps.logger.debug({ chatId, err: error }, 'Zalo Bot sendChatAction failed');
      }
    },
    async attempt(chatId, part, signal) {
      try {
        await deps.api.sendMessage(chatId, part, signal);
        return { ok: true };
      } catch (error) {
        if (error instanceof ZaloBotApiError && error.errorCode === 401) deps.logger.error(explainBotError(error));
        return toSendOutcome(error, RATE_LIMIT_PAUSE_MS);
      }
    },
    async send(chatId, text) {
      for (const part of splitMessage(text, ZALO_BOT_TEXT_LIMIT)) {
        const outcome = await sendPart(chatId, part);
        if (!outcome.ok) return outcome;
      }
      return { ok: true };
    },
  };
}
