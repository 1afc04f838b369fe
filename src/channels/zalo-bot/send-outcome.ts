// Classifies a failed Zalo Bot API call into a SendOutcome the delivery engine and the retry loop can act on.
import type { SendOutcome } from '../../core/channel.js';
import { ZaloBotApiError } from './api.js';

/** Descriptions that mean the user blocked the bot or the chat is gone. */
const GONE = /block|chat not found|user not found/iu;

/** 429 → rate_limited; 403 or a "blocked/not found" description → blocked; 5xx, network → transient; else permanent. */
export function toSendOutcome(error: unknown, fallbackRetryMs: number): Exclude<SendOutcome, { ok: true }> {
  if (!(error instanceof ZaloBotApiError)) {
    return { ok: false, kind: 'permanent', message: error instanceof Error ? error.message : String(error) };
  }
  const message = `${error.errorCode ?? 'network'}: ${error.description}`;
  if (error.errorCode === undefined || error.errorCode >= 500) return { ok: false, kind: 'transient', message };
  if (error.errorCode === 429) return { ok: false, kind: 'rate_limited', retryAfterMs: fallbackRetryMs, message };
  if (error.errorCode === 403 || GONE.test(error.description)) return { ok: false, kind: 'blocked', message };
  return { ok: false, kind: 'permanent', message };
}
