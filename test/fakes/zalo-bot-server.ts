// A fake Zalo Bot API server on 127.0.0.1 for tests: records calls, queues updates for getUpdates, injects failures.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the fake received it. */
export interface RecordedZaloCall {
  method: string;
  body: Record<string, unknown>;
  /** HTTP status the fake answered with. */
  status: number;
  /** When the call arrived (epoch ms). */
  at: number;
}

/** A Bot API error answer (`error_code` is also the HTTP status). */
export interface ZaloFailure {
  error_code: number;
  description: string;
}

/** Options of the fake. */
export interface FakeZaloBotOptions {
  /** Token the fake accepts (default "1234567890:fake-zalo-bot-token"). */
  token?: string;
  /** How long getUpdates waits for an update before answering 408 (default 50 ms). */
  pollHoldMs?: number;
  /** Random sendMessage failures (benchmarks): shares of calls answered 429 and 500. */
  random?: { tooManyRequests?: number; serverError?: number };
}

/** A running fake Zalo Bot API. */
export interface FakeZaloBot {
  /** Use as ZALO_BOT_API_BASE. */
  base: string;
  token: string;
  calls: RecordedZaloCall[];
  /** Successful sendMessage calls, in order. */
  sent(): { chatId: string; text: string; at: number }[];
  /** Makes the next getUpdates call (or the waiting one) return `update` as its result. */
  queueUpdate(update: unknown): void;
  /** The next `times` calls of `method` fail with `failure`. */
  failNext(method: string, failure: ZaloFailure, times?: number): void;
  /** The next `times` calls of `method` are never answered (the connection stays open until the client gives up). */
  hangNext(method: string, times?: number): void;
  /** Answers every call again (no hangs, no injected failures). */
  stopHanging(): void;
  close(): Promise<void>;
}

/** Starts the fake on a free port. */
export async function startFakeZaloBot(options: FakeZaloBotOptions = {}): Promise<FakeZaloBot> {
  const token = options.token ?? '1234567890:fake-zalo-bot-token';
  const calls: RecordedZaloCall[] = [];
  const updates: unknown[] = [];
  const failuresByMethod = new Map<string, ZaloFailure[]>();
  const hangs = new Map<string, number>();
  let wake: (() => void) | undefined;

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/bot(.+)\/(\w+)$/u.exec(req.url ?? '');
    const method = match?.[2] ?? '';
    const body = (chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}) as Record<string, unknown>;
    const call: RecordedZaloCall = { method, body, status: 0, at: Date.now() };
    calls.push(call);
    const reply = (status: number, payload: unknown) => {
      call.status = status;
      answer(res, status, payload);
    };
    if (!match || match[1] !== token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const hang = hangs.get(method) ?? 0;
    if (hang > 0) {
      hangs.set(method, hang - 1);
      return;
    }
    if (method === 'sendMessage' && options.random) {
      const roll = Math.random();
      const r429 = options.random.tooManyRequests ?? 0;
      if (roll < r429) return reply(429, { ok: false, error_code: 429, description: 'Too Many Requests' });
      if (roll < r429 + (options.random.serverError ?? 0)) return reply(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    }
    const failure = failuresByMethod.get(method)?.shift();
    if (failure) return reply(failure.error_code, { ok: false, ...failure });
    switch (method) {
      case 'getMe':
        return reply(200, { ok: true, result: { id: '42', account_name: 'bot.loa', account_type: 'BASIC', can_join_groups: false, display_name: 'Loa' } });
      case 'getWebhookInfo':
        return reply(200, { ok: true, result: { url: '', updated_at: 0 } });
      case 'setWebhook':
      case 'deleteWebhook':
        return reply(200, { ok: true, result: { url: String(body.url ?? ''), updated_at: Date.now() } });
      case 'sendChatAction':
        return reply(200, { ok: true, result: {} });
      case 'sendMessage':
        return reply(200, { ok: true, result: { message_id: `m${calls.length}`, date: Date.now() } });
      case 'getUpdates': {
        if (updates.length === 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, options.pollHoldMs ?? 50);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
            req.once('close', () => wake?.());
          });
          wake = undefined;
        }
        const next = updates.shift();
        return next === undefined
          ? reply(408, { ok: false, error_code: 408, description: 'Request timeout' })
          : reply(200, { ok: true, result: next });
      }
      default:
        return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => answer(res, 500, { ok: false, error_code: 500, description: 'fake failed' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    token,
    calls,
    sent: () =>
      calls
        .filter((c) => c.method === 'sendMessage' && c.status === 200)
        .map((c) => ({ chatId: String(c.body.chat_id), text: String(c.body.text), at: c.at })),
    queueUpdate(update) {
      updates.push(update);
      wake?.();
    },
    failNext(method, failure, times = 1) {
      failuresByMethod.set(method, [...(failuresByMethod.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    hangNext(method, times = 1) {
      hangs.set(method, (hangs.get(method) ?? 0) + times);
    },
    stopHanging() {
      hangs.clear();
      failuresByMethod.clear();
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
