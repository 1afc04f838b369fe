// A fake Telegram Bot API server on 127.0.0.1 for tests: records calls, queues updates, injects failures.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message, Update, User, UserFromGetMe } from 'grammy/types';

/** One Bot API call as the fake received it. */
export interface RecordedCall {
  method: string;
  /** Parameters from the JSON body, form body and query string (JSON-looking form values are parsed). */
  payload: Record<string, unknown>;
  /** HTTP status the fake answered with; 0 while pending, when the client went away, or when dropped on purpose. */
  status: number;
}

/** A message the fake accepted through sendMessage. */
export interface SentMessage {
  chatId: string;
  text: string;
  /** The full sendMessage payload (reply_markup, parse_mode, …). */
  payload: Record<string, unknown>;
  messageId: number;
  /** When the fake accepted it (epoch ms). */
  at: number;
}

/** An error answer of the Bot API; `'network'` drops the connection instead of answering; `'hang'` never answers. */
export type FakeFailure = { error_code: number; description: string; parameters?: { retry_after?: number } } | 'network' | 'hang';

/** Ready-made failures matching what Telegram really answers. */
export const failures = {
  blocked: { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
  deactivated: { error_code: 403, description: 'Forbidden: user is deactivated' },
  chatNotFound: { error_code: 400, description: 'Bad Request: chat not found' },
  badRequest: { error_code: 400, description: "Bad Request: can't parse entities" },
  serverError: { error_code: 500, description: 'Internal Server Error' },
  badGateway: { error_code: 502, description: 'Bad Gateway' },
  tooManyRequests: (retryAfterSeconds: number) => ({
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  }),
  network: 'network',
  hang: 'hang',
} as const satisfies Record<string, FakeFailure | ((seconds: number) => FakeFailure)>;

/** Options of the fake server. */
export interface FakeTelegramOptions {
  /** Bot token the fake accepts (default "123456:TEST-fake_token"). */
  token?: string;
  /** Global sendMessage limit per second; beyond it the fake answers 429 with retry_after 1. */
  messagesPerSecond?: number;
  /** Random sendMessage failures (benchmarks): shares of calls answered 429 (with retry_after 1) and 500. */
  random?: { tooManyRequests?: number; serverError?: number };
}

/** A running fake Bot API server. */
export interface FakeTelegram {
  /** Use as grammY's `client.apiRoot` / TELEGRAM_API_ROOT, e.g. "http://127.0.0.1:40123". */
  apiRoot: string;
  token: string;
  /** What getMe returns. */
  botInfo: UserFromGetMe;
  /** Every call received, in order (including failed and rejected ones). */
  calls: RecordedCall[];
  /** Messages accepted by sendMessage, in order. */
  sent: SentMessage[];
  /** The webhook set by setWebhook, if any. */
  webhook: { url: string; secretToken?: string } | undefined;
  /** Queues an update for getUpdates; assigns the next update_id when missing. Returns the queued update. */
  enqueueUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update;
  /** Makes the next `times` (default 1) calls of `method` fail; with `chatId`, only calls for that chat. */
  failNext(method: string, failure: FakeFailure, options?: { chatId?: string | number; times?: number }): void;
  /** Makes every call for `chatId` fail until cleared (e.g. a user who blocked the bot). */
  failChat(chatId: string | number, failure: FakeFailure): void;
  /** Sets or removes (undefined) the global sendMessage limit per second. */
  setRateLimit(messagesPerSecond: number | undefined): void;
  /** Removes every injected failure and the rate limit. */
  clearFailures(): void;
  /** Calls of one method, in order. */
  callsOf(method: string): RecordedCall[];
  /** Resolves once `count` messages (default 1) were sent to `chatId`; rejects after `timeoutMs` (default 5000). */
  waitForSent(chatId: string | number, count?: number, timeoutMs?: number): Promise<SentMessage[]>;
  /** Ends pending long polls and closes the server and its connections. */
  close(): Promise<void>;
}

const DEFAULT_TOKEN = '123456:TEST-fake_token';

/** Starts a fake Bot API server on a random port of 127.0.0.1. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? DEFAULT_TOKEN;
  const botInfo: UserFromGetMe = {
    id: Number(token.split(':')[0]) || 123456,
    is_bot: true,
    first_name: 'Loa',
    username: 'loa_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
  } as UserFromGetMe;
  const queue: Update[] = [];
  const waiters = new Set<() => void>();
  const oneShot: { method: string; chatId?: string; failure: FakeFailure; times: number }[] = [];
  const perChat = new Map<string, FakeFailure>();
  const sendTimes: number[] = [];
  let rateLimit = options.messagesPerSecond;
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let closed = false;

  const fake: FakeTelegram = {
    apiRoot: '',
    token,
    botInfo,
    calls: [],
    sent: [],
    webhook: undefined,
    enqueueUpdate(partial) {
      const update = { ...partial, update_id: partial.update_id ?? nextUpdateId } as Update;
      nextUpdateId = Math.max(nextUpdateId, update.update_id + 1);
      queue.push(update);
      for (const wake of [...waiters]) wake();
      return update;
    },
    failNext(method, failure, { chatId, times = 1 } = {}) {
      oneShot.push({ method, chatId: chatId === undefined ? undefined : String(chatId), failure, times });
    },
    failChat(chatId, failure) {
      perChat.set(String(chatId), failure);
    },
    setRateLimit(messagesPerSecond) {
      rateLimit = messagesPerSecond;
    },
    clearFailures() {
      oneShot.length = 0;
      perChat.clear();
      rateLimit = undefined;
    },
    callsOf: (method) => fake.calls.filter((call) => call.method === method),
    async waitForSent(chatId, count = 1, timeoutMs = 5000) {
      const mine = () => fake.sent.filter((m) => m.chatId === String(chatId));
      await waitUntil(() => mine().length >= count, timeoutMs, `${count} message(s) sent to chat ${chatId}`);
      return mine();
    },
    async close() {
      closed = true;
      for (const wake of [...waiters]) wake();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };

  const injectedFailure = (method: string, chatId: string | undefined): FakeFailure | undefined => {
    if (chatId !== undefined && perChat.has(chatId)) return perChat.get(chatId);
    const index = oneShot.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
    if (index >= 0) {
      const entry = oneShot[index]!;
      if (--entry.times <= 0) oneShot.splice(index, 1);
      return entry.failure;
    }
    if (method === 'sendMessage' && options.random) {
      const roll = Math.random();
      const r429 = options.random.tooManyRequests ?? 0;
      if (roll < r429) return failures.tooManyRequests(1);
      if (roll < r429 + (options.random.serverError ?? 0)) return failures.serverError;
    }
    if (method === 'sendMessage' && rateLimit !== undefined) {
      const now = Date.now();
      while (sendTimes.length > 0 && sendTimes[0]! <= now - 1000) sendTimes.shift();
      if (sendTimes.length >= rateLimit) return failures.tooManyRequests(1);
      sendTimes.push(now);
    }
    return undefined;
  };

  const getUpdates = async (payload: Record<string, unknown>, res: ServerResponse): Promise<Update[]> => {
    const offset = Number(payload.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100)));
    const timeoutMs = Math.min(50, Number(payload.timeout ?? 0)) * 1000;
    if (offset > 0) queue.splice(0, queue.length, ...queue.filter((u) => u.update_id >= offset));
    const ready = () => queue.filter((u) => u.update_id >= offset).slice(0, limit);
    if (ready().length === 0 && timeoutMs > 0 && !closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          res.off('close', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
        res.once('close', done);
      });
    }
    return ready();
  };

  const dispatch = async (method: string, payload: Record<string, unknown>, res: ServerResponse): Promise<[number, unknown]> => {
    const chatId = payload.chat_id === undefined ? undefined : String(payload.chat_id);
    switch (method) {
      case 'getMe':
        return ok(botInfo);
      case 'getUpdates':
        if (fake.webhook) return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        return ok(await getUpdates(payload, res));
      case 'setWebhook':
        if (typeof payload.url !== 'string' || payload.url === '') {
          fake.webhook = undefined;
          return ok(true);
        }
        fake.webhook = { url: payload.url, secretToken: typeof payload.secret_token === 'string' ? payload.secret_token : undefined };
        return ok(true);
      case 'deleteWebhook':
        fake.webhook = undefined;
        if (payload.drop_pending_updates === true) queue.length = 0;
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: fake.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length });
      case 'setMyCommands':
      case 'sendChatAction':
      case 'answerCallbackQuery':
        return ok(true);
      case 'sendMessage': {
        const text = typeof payload.text === 'string' ? payload.text : '';
        if (chatId === undefined) return error(400, 'Bad Request: chat_id is empty');
        if (text.trim() === '') return error(400, 'Bad Request: message text is empty');
        if (text.length > 4096) return error(400, 'Bad Request: message is too long');
        const messageId = nextMessageId++;
        fake.sent.push({ chatId, text, payload, messageId, at: Date.now() });
        const message: Message.TextMessage = {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chatId), type: 'private', first_name: 'User' },
          from: botInfo,
          text,
        };
        return ok(message);
      }
      default:
        return error(404, 'Not Found: method not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) respond(res, ...error(500, 'Internal Server Error: the fake failed'));
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec(url.pathname);
    const body = await readBody(req);
    if (!match) return respond(res, ...error(404, 'Not Found'));
    const [, givenToken, method = ''] = match;
    const payload = { ...Object.fromEntries(url.searchParams), ...parseBody(body, req.headers['content-type'] ?? '') };
    const call: RecordedCall = { method, payload, status: 0 };
    fake.calls.push(call);
    if (givenToken !== token) return respond(res, ...error(401, 'Unauthorized'), call);
    const chatId = payload.chat_id === undefined ? undefined : String(payload.chat_id);
    const failure = injectedFailure(method, chatId);
    if (failure === 'network') {
      req.socket.destroy();
      return;
    }
    if (failure === 'hang') return; // the connection stays open, unanswered, until the client gives up or the fake closes
    if (failure) return respond(res, failure.error_code, { ok: false, ...failure }, call);
    respond(res, ...(await dispatch(method, payload, res)), call);
  };

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  fake.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** Polls `check` every 10 ms until it is truthy; rejects after `timeoutMs` naming `what` was awaited. */
export async function waitUntil(check: () => unknown, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A private-chat user for building updates. */
export function fakeUser(id: number, firstName = 'Lan'): User {
  return { id, is_bot: false, first_name: firstName, language_code: 'vi' };
}

/** A private-chat message update (without update_id) from user `chatId`; `fields` adds text, sticker, photo, …. */
export function messageUpdate(chatId: number, fields: Partial<Message>): Omit<Update, 'update_id'> & Pick<Required<Update>, 'message'> {
  const message = {
    message_id: Math.floor(Math.random() * 1e9),
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: 'private', first_name: 'Lan' },
    from: fakeUser(chatId),
    ...fields,
  } as NonNullable<Update['message']>;
  return { message };
}

/** A text message update; text starting with "/" carries a bot_command entity, as Telegram sends it. */
export function textUpdate(chatId: number, text: string): Omit<Update, 'update_id'> {
  const command = /^\/\S+/u.exec(text)?.[0];
  return messageUpdate(chatId, {
    text,
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
  });
}

/** A callback query update: user `chatId` pressed an inline button carrying `data`. */
export function callbackUpdate(chatId: number, data: string): Omit<Update, 'update_id'> {
  const { message } = messageUpdate(chatId, { text: 'Xin chào!' });
  return {
    callback_query: {
      id: String(Math.floor(Math.random() * 1e12)),
      from: fakeUser(chatId),
      chat_instance: `ci-${chatId}`,
      data,
      message: { ...message, from: { id: 123456, is_bot: true, first_name: 'Loa' } },
    },
  };
}

function ok(result: unknown): [number, unknown] {
  return [200, { ok: true, result }];
}

function error(code: number, description: string): [number, unknown] {
  return [code, { ok: false, error_code: code, description }];
}

function respond(res: ServerResponse, status: number, body: unknown, call?: RecordedCall): void {
  if (res.destroyed) return;
  if (call) call.status = status;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(body: string, contentType: string): Record<string, unknown> {
  if (body === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries([...new URLSearchParams(body)].map(([key, value]) => [key, parseFormValue(value)]));
  }
  return {};
}

function parseFormValue(value: string): unknown {
  if (/^[[{]/u.test(value) || value === 'true' || value === 'false') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}
