// Exchanges a Zalo OA refresh token for a new access/refresh pair: POST {oauth}/v4/oa/access_token.
import { z } from 'zod';
import { ZaloOaError } from './errors.js';

/** A fresh pair; the refresh token given in is spent (Zalo refresh tokens are single-use). */
export interface RefreshedTokens {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token in seconds, as Zalo says (trusted). */
  expiresInSec: number;
}

/** Calls Zalo's token endpoint with one refresh token. */
export type RefreshTokens = (refreshToken: string) => Promise<RefreshedTokens>;

/** The app's OAuth identity. */
export interface OaOAuthOptions {
  oauthBase: string;
  appId: string;
  /** ZALO_OA_APP_SECRET, sent as the secret_key header. */
  appSecret: string;
  timeoutMs?: number;
}

const success = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
});

const failure = z.object({
  error: z.coerce.number().optional(),
  error_name: z.string().optional(),
  error_reason: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});

/** Creates the refresh call. Throws ZaloOaError (operation "access_token refresh") on any failure. */
export function createOaTokenRefresher(options: OaOAuthOptions): RefreshTokens {
  const url = `${options.oauthBase.replace(/\/+$/u, '')}/v4/oa/access_token`;
  const operation = 'access_token refresh';
  return async (refreshToken) => {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: options.appSecret },
        body: new URLSearchParams({ refresh_token: refreshToken, app_id: options.appId, grant_type: 'refresh_token' }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      body = await response.json().catch(() => undefined);
    } catch (error) {
      throw new ZaloOaError(operation, undefined, undefined, (error as Error).message, error);
    }
    const ok = success.safeParse(body);
    if (response.ok && ok.success) {
      return { accessToken: ok.data.access_token, refreshToken: ok.data.refresh_token, expiresInSec: ok.data.expires_in };
    }
    const bad = failure.safeParse(body);
    const info = bad.success ? bad.data : {};
    const description = info.error_description ?? info.error_reason ?? info.error_name ?? info.message ?? (response.statusText || 'unexpected response');
    throw new ZaloOaError(operation, response.status, info.error, description);
  };
}
