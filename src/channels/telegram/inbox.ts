// Telegram updates through the durable inbox: stored, then handled by grammY with every send paced, retried and journaled.
import { BotError, GrammyError, type Bot, type MiddlewareFn, type Transformer } from 'grammy';
import type { ApiResponse, Update } from 'grammy/types';
import type { Logger } from '../../logger.js';
import { createInboxWorker, ReplyFailed, type InboxJob, type InboxWorker } from '../../delivery/inbox-worker.js';
import type { Pacer } from '../../delivery/pacer.js';
import { withDeadline } from '../../delivery/deadline.js';
import { sendReliably } from '../../delivery/reliable-send.js';
import { SEND_TIMEOUT_MS } from '../../delivery/tuning.js';
import type { InboxStore } from '../../store/inbox.js';
import type { BotContext } from './context.js';
import { toSendOutcome } from './send-outcome.js';

/** Methods that deliver a message to the resident: paced, retried until confirmed, journaled. */
const DELIVERS = /^(send(?!ChatAction)\w+|copyMessage|forwardMessage)$/u;
/** Methods whose failure must not fail the update (a typing indicator, an old button press, removing buttons). */
const BEST_EFFORT = /^(sendChatAction|answerCallbackQuery|editMessageReplyMarkup)$/u;

/** grammY types its signals with the abort-controller shim; Node's AbortSignal is what it receives at run time. */
type GrammySignal = Parameters<Transformer>[3];

/** Timing of Telegram sends made while answering an update. */
export interface TelegramSendTiming {
  /** Per-attempt timeout of a send (default SEND_TIMEOUT_MS). */
  timeoutMs?: number;
  /** How long 5xx and timeouts are retried (default REPLY_MAX_AGE_MS). */
  maxAgeMs?: number;
  backoffMs?: (attempt: number) => number;
  /** How long stop() lets replies in flight finish before abandoning them to the next start (default STOP_GRACE_MS). */
  stopGraceMs?: number;
}

/** The chat an update belongs to (its per-chat order); "-" for updates without one. */
export function chatOfUpdate(update: Update): string {
  const chat = update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id;
  return chat === undefined ? '-' : String(chat);
}

/** What the Telegram inbox needs. */
export interface TelegramInboxDeps {
  bot: Bot<BotContext>;
  store: InboxStore;
  pacer: Pacer;
  logger: Logger;
  timing?: TelegramSendTiming;
}

/** The inbox and the middleware that must run first in the bot (it routes this update's sends through the journal). */
export interface TelegramInbox {
  worker: InboxWorker;
  /** Stores an update (deduplicated by update_id); false for a duplicate. */
  accept(update: Update): boolean;
  middleware: MiddlewareFn<BotContext>;
}

/** Creates the Telegram inbox. Handling an update resolves only when every message of its reply was confirmed sent. */
export function createTelegramInbox(deps: TelegramInboxDeps): TelegramInbox {
  const jobs = new Map<number, InboxJob>();
  const worker = createInboxWorker({
    store: deps.store,
    channel: 'telegram',
    logger: deps.logger,
    stopGraceMs: deps.timing?.stopGraceMs,
    async handle(job) {
      const update = job.item.payload as Update;
      jobs.set(update.update_id, job);
      try {
        await deps.bot.handleUpdate(update);
      } catch (error) {
        if (error instanceof BotError) {
          if (error.error instanceof ReplyFailed) throw error.error;
          if (!job.signal.aborted) await deps.bot.errorHandler(error);
        }
        throw error;
      } finally {
        jobs.delete(update.update_id);
      }
    },
  });
  return {
    worker,
    accept: (update) => worker.accept(String(update.update_id), chatOfUpdate(update), update),
    middleware(ctx, next) {
      const job = jobs.get(ctx.update.update_id);
      if (job) ctx.api.config.use(journalSends(job, deps));
      return next();
    },
  };
}

/** The transformer for one update: numbered sends go through pacing and retries once, best-effort calls never fail. */
function journalSends(job: InboxJob, deps: TelegramInboxDeps): Transformer {
  const timing = deps.timing ?? {};
  const timeoutMs = timing.timeoutMs ?? SEND_TIMEOUT_MS;
  let seq = 0;
  return async (prev, method, payload, signal) => {
    if (BEST_EFFORT.test(method)) {
      try {
        return await withDeadline(timeoutMs, job.signal, (signal) => prev(method, payload, signal as GrammySignal));
      } catch {
        return { ok: true, result: true } as ApiResponse<never>;
      }
    }
    if (!DELIVERS.test(method)) return prev(method, payload, signal);
    const chatId = String((payload as { chat_id?: unknown }).chat_id);
    return job.once(seq++, async () => {
      let last: Awaited<ReturnType<typeof prev>> | undefined;
      const outcome = await sendReliably(
        async (attemptSignal) => {
          try {
            last = await prev(method, payload, attemptSignal as GrammySignal);
          } catch (error) {
            return toSendOutcome(error);
          }
          return last.ok ? { ok: true } : toSendOutcome(new GrammyError(`Call to '${method}' failed!`, last, method, payload as Record<string, unknown>));
        },
        { pacer: deps.pacer, priority: 'reply', chatId, signal: job.signal, timeoutMs, maxAgeMs: timing.maxAgeMs, backoffMs: timing.backoffMs, startedAt: Date.now() },
      );
      if (!outcome.ok || !last) throw new ReplyFailed(`${method}: ${outcome.ok ? 'no answer' : `${outcome.kind}: ${outcome.message}`}`);
      return last;
    });
  };
}
