// Keeps a valid Zalo OA access token: refreshes before expiry, saves each new pair before using it, retries failures.
import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../../logger.js';
import type { ZaloOaTokens, ZaloTokenStore } from '../../store/zalo-tokens.js';
import { ZaloOaError } from './errors.js';
import type { RefreshTokens } from './oauth.js';

/** Access tokens for the OA API. */
export interface OaTokens {
  /** A valid access token, refreshed first when missing or about to expire. Throws when none can be had right now. */
  accessToken(): Promise<string>;
  /** Zalo rejected `token`: the next accessToken() refreshes instead of returning it. */
  invalidate(token: string): void;
  /** Keeps the token fresh in the background; a failed refresh is logged and retried with backoff. Never throws. */
  start(): void;
  stop(): Promise<void>;
}

/** Dependencies of the token keeper. */
export interface OaTokensDeps {
  appId: string;
  /**
   * ZALO_OA_REFRESH_TOKEN, the first refresh token. Once a pair grown from it is stored, the stored pair wins;
   * a different value here (a newly authorized app) starts a new chain.
   */
  seedRefreshToken?: string;
  store: ZaloTokenStore;
  refresh: RefreshTokens;
  logger: Logger;
  now?: () => Date;
  /** Refresh this long before expiry, at most half the token's lifetime (default 5 minutes). */
  marginMs?: number;
  /** First wait after a failed refresh, doubled per failure up to `maxBackoffMs` (defaults 5 s and 10 minutes). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Waits in the background loop; must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<unknown>;
}

/** Longest single timer (setTimeout overflows past 2^31 - 1 ms). */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** SHA-256 (hex) of a refresh token: how the store remembers which seed a chain grew from without keeping it. */
function seedHashOf(refreshToken: string): string {
  return createHash('sha256').update(refreshToken, 'utf8').digest('hex');
}

/** Creates the token keeper. */
export function createOaTokens(deps: OaTokensDeps): OaTokens {
  const now = deps.now ?? (() => new Date());
  const marginMs = deps.marginMs ?? 5 * 60 * 1000;
  const backoffMs = deps.backoffMs ?? 5000;
  const maxBackoffMs = deps.maxBackoffMs ?? 10 * 60 * 1000;
  const sleep = deps.sleep ?? ((ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined));
  const seedHash = deps.seedRefreshToken ? seedHashOf(deps.seedRefreshToken) : undefined;
  let rejected: string | undefined;
  let inflight: Promise<ZaloOaTokens> | undefined;
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;

  /** The stored pair, unless ZALO_OA_REFRESH_TOKEN now names a different seed (then the stored chain is outdated). */
  const stored = (): ZaloOaTokens | undefined => {
    const tokens = deps.store.get(deps.appId);
    return tokens && (seedHash === undefined || tokens.seedHash === seedHash) ? tokens : undefined;
  };

  /** When the stored access token should be replaced (ms since epoch). */
  const renewAt = (tokens: ZaloOaTokens): number => {
    const lifetime = tokens.accessExpiresAt.getTime() - tokens.refreshedAt.getTime();
    return tokens.accessExpiresAt.getTime() - Math.min(marginMs, lifetime / 2);
  };

  const usable = (): ZaloOaTokens | undefined => {
    const tokens = stored();
    return tokens && tokens.accessToken !== rejected && renewAt(tokens) > now().getTime() ? tokens : undefined;
  };

  const refreshNow = async (): Promise<ZaloOaTokens> => {
    const current = stored();
    if (!current && deps.store.get(deps.appId)) {
      deps.logger.info('Zalo OA: ZALO_OA_REFRESH_TOKEN differs from the one the stored tokens grew from; starting a new chain from it');
    }
    const refreshToken = current?.refreshToken ?? deps.seedRefreshToken;
    if (!refreshToken) throw new ZaloOaError('access_token refresh', undefined, undefined, 'no refresh token: set ZALO_OA_REFRESH_TOKEN');
    const pair = await deps.refresh(refreshToken);
    const at = now();
    const tokens: ZaloOaTokens = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      accessExpiresAt: new Date(at.getTime() + pair.expiresInSec * 1000),
      seedHash: current?.seedHash ?? seedHashOf(refreshToken),
      refreshedAt: at,
    };
    // Saved before anything uses it: the refresh token just spent is dead, this pair is the only valid one.
    deps.store.save(deps.appId, tokens);
    deps.logger.info(`Zalo OA: access token refreshed, valid until ${tokens.accessExpiresAt.toISOString()}`);
    return tokens;
  };

  /** One refresh at a time; a caller that arrives during a refresh shares its result. */
  const refreshOnce = (): Promise<ZaloOaTokens> => {
    inflight ??= Promise.resolve()
      .then(() => usable() ?? refreshNow())
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  const keepFresh = async (signal: AbortSignal): Promise<void> => {
    let failures = 0;
    while (!signal.aborted) {
      const tokens = usable();
      const wait = tokens ? renewAt(tokens) - now().getTime() : 0;
      if (wait > 0) {
        await sleep(Math.min(wait, MAX_WAIT_MS), signal);
        continue;
      }
      try {
        await refreshOnce();
        failures = 0;
      } catch (error) {
        failures++;
        const retryIn = Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
        deps.logger.error({ failures }, `${explainRefreshError(error)}; retrying in ${Math.round(retryIn / 1000)} s (other channels are not affected)`);
        await sleep(retryIn, signal);
      }
    }
  };

  return {
    async accessToken() {
      return (usable() ?? (await refreshOnce())).accessToken;
    },
    invalidate(token) {
      rejected = token;
    },
    start() {
      if (loop) return;
      controller = new AbortController();
      loop = keepFresh(controller.signal);
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = undefined;
    },
  };
}

/** One line for the log, with what to do when the refresh token itself is refused. */
export function explainRefreshError(error: unknown): string {
  const message = `Zalo OA: could not refresh the access token: ${error instanceof Error ? error.message : String(error)}`;
  if (error instanceof ZaloOaError && (error.errorCode === -14014 || /refresh.?token/iu.test(error.description))) {
    return `${message}. The refresh token is invalid, expired or already used: authorize the app again in Zalo for Developers and put the new refresh token in ZALO_OA_REFRESH_TOKEN`;
  }
  return message;
}
