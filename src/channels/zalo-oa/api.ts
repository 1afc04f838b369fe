// The Zalo OA Open API v3 call Loa makes: a customer-service text message, POST {api}/v3.0/oa/message/cs.
import { ZaloOaError } from './errors.js';

/** Sending through the OA. */
export interface ZaloOaApi {
  /** Sends one text message; throws ZaloOaError when the HTTP status is not 2xx or Zalo's `error` is not 0. */
  sendText(accessToken: string, userId: string, text: string): Promise<void>;
}

/** Where the Open API lives. */
export interface ZaloOaApiOptions {
  apiBase: string;
  timeoutMs?: number;
}

interface OaResponse {
  error?: number;
  message?: string;
}

/** Creates the client. */
export function createZaloOaApi(options: ZaloOaApiOptions): ZaloOaApi {
  const url = `${options.apiBase.replace(/\/+$/u, '')}/v3.0/oa/message/cs`;
  const operation = 'message/cs';
  return {
    async sendText(accessToken, userId, text) {
      let response: Response;
      let body: OaResponse | undefined;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: accessToken },
          body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
        body = (await response.json().catch(() => undefined)) as OaResponse | undefined;
      } catch (error) {
        throw new ZaloOaError(operation, undefined, undefined, (error as Error).message, error);
      }
      const code = typeof body?.error === 'number' ? body.error : undefined;
      if (response.ok && code === 0) return;
      throw new ZaloOaError(operation, response.status, code, body?.message || response.statusText || 'unexpected response');
    },
  };
}
