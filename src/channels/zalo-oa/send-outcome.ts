// Classifies a failed Zalo OA send into a SendOutcome: rate limit, blocked or not a follower, transient, or permanent.
import type { SendOutcome } from '../../core/channel.js';
import { ZaloOaError } from './errors.js';

/** Zalo's "too many requests per minute". */
const RATE_LIMITED = -32;
/** The user does not follow the OA (unfollowed or blocked it). */
const NOT_FOLLOWER = -213;
/** The access token is invalid or expired. */
const TOKEN_INVALID = new Set([-216, -124]);

/** True when Zalo refused the access token (a refresh may help). */
export function isTokenRejected(error: unknown): boolean {
  return error instanceof ZaloOaError && error.errorCode !== undefined && TOKEN_INVALID.has(error.errorCode);
}

/**
 * HTTP 429 or error -32 → rate_limited; -213 or a "not follow / block" message → blocked;
 * network errors and 5xx → transient; anything else (bad request, bad token, outside the 48-hour window) → permanent.
 */
export function toSendOutcome(error: unknown, fallbackRetryMs: number): Exclude<SendOutcome, { ok: true }> {
  if (!(error instanceof ZaloOaError)) {
    return { ok: false, kind: 'permanent', message: error instanceof Error ? error.message : String(error) };
  }
  const message = `${error.errorCode ?? error.httpStatus ?? 'network'}: ${error.description}`;
  if (error.httpStatus === 429) return { ok: false, kind: 'rate_limited', retryAfterMs: fallbackRetryMs, message };
  if (error.errorCode === RATE_LIMITED) return { ok: false, kind: 'rate_limited', retryAfterMs: Math.max(fallbackRetryMs, 60_000), message };
  if (error.errorCode === NOT_FOLLOWER || /not follow|block/iu.test(error.description)) return { ok: false, kind: 'blocked', message };
  if (error.httpStatus === undefined || error.httpStatus >= 500) return { ok: false, kind: 'transient', message };
  return { ok: false, kind: 'permanent', message };
}
