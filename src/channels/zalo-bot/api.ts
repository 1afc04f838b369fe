// A small typed client of the Zalo Bot API: POST {base}/bot{token}/{method} with JSON; replies are {ok, result | error_code, description}.
import { deadline } from '../../delivery/deadline.js';
import { PlatformError } from '../../errors.js';

/** The bot itself, as getMe describes it (fields Loa reads; Zalo may send more). */
export interface ZaloBotInfo {
  id?: string;
  account_name?: string;
  display_name?: string;
}

/** The webhook Zalo currently delivers to, as getWebhookInfo describes it. */
export interface ZaloWebhookInfo {
  url?: string;
  updated_at?: number;
}

/**
 * A failed call. `errorCode` is Zalo's error_code (or the HTTP status when the body was not JSON);
 * it is undefined for network errors and timeouts. The message never contains the token.
 */
export class ZaloBotApiError extends PlatformError {
  constructor(
    readonly method: string,
    readonly errorCode: number | undefined,
    readonly description: string,
    cause?: unknown,
  ) {
    super(`Zalo Bot API ${method} failed: ${errorCode ?? 'network'} ${description}`, 'zalo-bot', errorCode, cause);
    this.name = 'ZaloBotApiError';
  }
}

/** One line for the log: what failed, with what to do when the token is wrong (401). Never contains the token. */
export function explainBotError(error: unknown): string {
  if (error instanceof ZaloBotApiError && error.errorCode === 401) {
    return `Zalo Bot API ${error.method} answered 401: ZALO_BOT_TOKEN is wrong or was revoked; copy the token again from Zalo Bot Manager`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The methods Loa uses. Every method throws ZaloBotApiError on failure. */
export interface ZaloBotApi {
  getMe(): Promise<ZaloBotInfo>;
  getWebhookInfo(): Promise<ZaloWebhookInfo>;
  /** Registers `url`; Zalo then sends `secretToken` in the X-Bot-Api-Secret-Token header of every delivery. */
  setWebhook(url: string, secretToken: string): Promise<unknown>;
  deleteWebhook(): Promise<unknown>;
  /** Waits up to `timeoutSec` for updates; [] when nothing arrived (Zalo's error_code 408). Zalo returns one update per call. */
  getUpdates(timeoutSec: number, signal?: AbortSignal): Promise<unknown[]>;
  /** `signal` abandons the call (its own timeout still applies). */
  sendMessage(chatId: string, text: string, signal?: AbortSignal): Promise<unknown>;
  sendChatAction(chatId: string, action: 'typing', signal?: AbortSignal): Promise<unknown>;
}

/** Where and how to reach the Bot API. */
export interface ZaloBotApiOptions {
  base: string;
  token: string;
  /** Per-request timeout for everything but getUpdates (default 15 s). */
  timeoutMs?: number;
}

interface Envelope {
  ok?: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
}

/** Creates the client. */
export function createZaloBotApi(options: ZaloBotApiOptions): ZaloBotApi {
  const root = `${options.base.replace(/\/+$/u, '')}/bot${options.token}`;
  const hide = (text: string) => text.split(options.token).join('[token]');
  const timeoutMs = options.timeoutMs ?? 15_000;

  const call = async (method: string, params: Record<string, unknown>, timeoutMs: number, signal?: AbortSignal): Promise<unknown> => {
    const limit = deadline(timeoutMs, signal);
    let response: Response;
    let body: Envelope | undefined;
    try {
      response = await fetch(`${root}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        signal: limit.signal,
      });
      body = (await response.json().catch(() => undefined)) as Envelope | undefined;
    } catch (error) {
      throw new ZaloBotApiError(method, undefined, hide((error as Error).message), error);
    } finally {
      limit.done();
    }
    if (body?.ok === true) return body.result;
    const code = typeof body?.error_code === 'number' ? body.error_code : response.status;
    throw new ZaloBotApiError(method, code, hide(body?.description || response.statusText || 'no description'));
  };

  return {
    getMe: async () => ((await call('getMe', {}, timeoutMs)) ?? {}) as ZaloBotInfo,
    getWebhookInfo: async () => ((await call('getWebhookInfo', {}, timeoutMs)) ?? {}) as ZaloWebhookInfo,
    setWebhook: (url, secretToken) => call('setWebhook', { url, secret_token: secretToken }, timeoutMs),
    deleteWebhook: () => call('deleteWebhook', {}, timeoutMs),
    async getUpdates(timeoutSec, signal) {
      try {
        const result = await call('getUpdates', { timeout: String(timeoutSec) }, timeoutSec * 1000 + 10_000, signal);
        if (result === undefined || result === null) return [];
        return Array.isArray(result) ? result : [result];
      } catch (error) {
        if (error instanceof ZaloBotApiError && error.errorCode === 408) return [];
        throw error;
      }
    },
    sendMessage: (chatId, text, signal) => call('sendMessage', { chat_id: chatId, text }, timeoutMs, signal),
    sendChatAction: (chatId, action, signal) => call('sendChatAction', { chat_id: chatId, action }, timeoutMs, signal),
  };
}
