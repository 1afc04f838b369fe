// Long polling into the durable inbox: getUpdates with a hard timeout, each update stored before the offset moves on.
import { setTimeout as delay } from 'node:timers/promises';
import type { Bot, Transformer } from 'grammy';
import type { Logger } from '../../logger.js';
import { withDeadline } from '../../delivery/deadline.js';
import { LONG_POLL_GRACE_MS, LONG_POLL_SEC, RESTART_BACKOFF_MS, RESTART_MAX_BACKOFF_MS } from '../../delivery/tuning.js';
import { ALLOWED_UPDATES } from './bot.js';
import type { BotContext } from './context.js';
import type { TelegramInbox } from './inbox.js';
import { describeError } from './redact.js';

/** Starts and stops long polling for one bot. */
export interface Polling {
  /** Starts in the background: removing the webhook and getMe are retried with backoff, never blocking the caller. */
  start(): void;
  stop(): Promise<void>;
}

/** Timing of the poll loop (tests shorten it). */
export interface PollingTiming {
  /** Long-poll wait per getUpdates, seconds (default LONG_POLL_SEC). */
  timeoutSec?: number;
  /** A getUpdates call taking longer than its wait plus this is abandoned as hung (default LONG_POLL_GRACE_MS). */
  graceMs?: number;
  /** First pause after a failure, doubled up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Creates long polling. Telegram forgets an update only when a later getUpdates passes an offset above it, and
 * the offset moves on only after the update is stored in the inbox: a crash loses nothing. `onReady` runs once the
 * bot is initialised (e.g. to register the command menu).
 */
export function createPolling(bot: Bot<BotContext>, inbox: TelegramInbox, logger: Logger, timing: PollingTiming = {}, onReady?: () => Promise<unknown>): Polling {
  const timeoutSec = timing.timeoutSec ?? LONG_POLL_SEC;
  const graceMs = timing.graceMs ?? LONG_POLL_GRACE_MS;
  const backoffMs = timing.backoffMs ?? RESTART_BACKOFF_MS;
  const maxBackoffMs = timing.maxBackoffMs ?? RESTART_MAX_BACKOFF_MS;
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;

  // grammY types signals with the abort-controller shim; Node's AbortSignal is what it receives at run time.
  const bounded = <T>(stop: AbortSignal, ms: number, call: (signal: Parameters<Transformer>[3]) => Promise<T>) =>
    withDeadline(ms, stop, (signal) => call(signal as Parameters<Transformer>[3]));

  const run = async (stop: AbortSignal) => {
    let failures = 0;
    const pause = async (what: string, error: unknown) => {
      failures++;
      const wait = Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
      logger.warn({ error: describeError(error, bot.token), failures }, `Telegram ${what} failed; retrying in ${wait} ms`);
      await delay(wait, undefined, { signal: stop }).catch(() => undefined);
    };
    while (!stop.aborted) {
      try {
        await bounded(stop, graceMs, (signal) => bot.api.deleteWebhook(undefined, signal));
        await bounded(stop, graceMs, (signal) => bot.init(signal));
        break;
      } catch (error) {
        if (stop.aborted) return;
        await pause('start-up (deleteWebhook, getMe)', error);
      }
    }
    if (stop.aborted) return;
    failures = 0;
    inbox.worker.start();
    void onReady?.();
    let offset = 0;
    while (!stop.aborted) {
      try {
        const updates = await bounded(stop, timeoutSec * 1000 + graceMs, (signal) =>
          bot.api.getUpdates({ offset, timeout: timeoutSec, allowed_updates: [...ALLOWED_UPDATES] }, signal),
        );
        failures = 0;
        for (const update of updates) {
          if (!inbox.accept(update)) logger.debug({ update_id: update.update_id }, 'duplicate Telegram update ignored');
          offset = update.update_id + 1;
        }
      } catch (error) {
        if (stop.aborted) return;
        await pause('getUpdates', error);
      }
    }
  };

  return {
    start() {
      if (loop) return;
      controller = new AbortController();
      loop = run(controller.signal).catch((error: unknown) => logger.error({ error: describeError(error, bot.token) }, 'Telegram long polling stopped'));
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = undefined;
      await inbox.worker.stop();
    },
  };
}
