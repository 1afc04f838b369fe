// Answers a channel's stored updates: in order per chat, many chats at once, done only when the reply was confirmed sent.
import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { InboxItem, InboxStore } from '../store/inbox.js';
import { INBOX_CONCURRENCY, INBOX_MAX_TAKES, INBOX_RETRY_MS, STOP_GRACE_MS } from './tuning.js';

/** One update being handled. */
export interface InboxJob {
  item: InboxItem;
  /** Aborts at shutdown: the update then stays pending and is resumed at the next start. */
  signal: AbortSignal;
  /**
   * Runs `send` for reply part `seq` unless an earlier attempt (before a restart) already confirmed it, in which
   * case the journaled result is returned instead. `send` must throw when the part was not delivered.
   */
  once<T>(seq: number, send: () => Promise<T>): Promise<T>;
}

/** Thrown by a handler when the reply could not be delivered for good (blocked, bad request, 5xx for too long). */
export class ReplyFailed extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ReplyFailed';
  }
}

/** A channel's inbox: accept stores, the worker answers. */
export interface InboxWorker {
  /** Stores an update (deduplicated by `key`) and wakes the worker; false for a duplicate. Synchronous: acknowledge after it. */
  accept(key: string, chatId: string, payload: unknown): boolean;
  start(): void;
  /** Resolves when nothing is pending or in flight (tests, benchmarks). */
  idle(): Promise<void>;
  /** Stops taking updates, aborts those in flight after a grace period; unfinished ones resume at the next start. */
  stop(): Promise<void>;
}

/** What the worker needs. */
export interface InboxWorkerDeps {
  store: InboxStore;
  channel: string;
  /** Answers one update; resolves when its reply was confirmed sent, throws ReplyFailed (or anything) when not. */
  handle(job: InboxJob): Promise<void>;
  logger: Logger;
  concurrency?: number;
  /** How long stop() lets work in flight finish before aborting it (default STOP_GRACE_MS). */
  stopGraceMs?: number;
  now?: () => number;
}

/** Creates the worker (not started). */
export function createInboxWorker(deps: InboxWorkerDeps): InboxWorker {
  const { store, channel, logger } = deps;
  const now = deps.now ?? (() => Date.now());
  const concurrency = deps.concurrency ?? INBOX_CONCURRENCY;
  const busyChats = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let abort = new AbortController();
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let stopping = false;

  const finish = (item: InboxItem, error: unknown, signal: AbortSignal) => {
    if (signal.aborted) return; // shutdown: stays pending, resumed at the next start
    if (error === undefined) store.markDone(item.id, now());
    else {
      const reason = error instanceof ReplyFailed ? error.reason : `update failed: ${(error as Error)?.message ?? String(error)}`;
      logger.warn({ inbox: item.id, chat: item.chatId }, `${channel} reply not delivered (${reason})`);
      store.markFailed(item.id, reason, now());
    }
  };

  const run = (item: InboxItem) => {
    const signal = abort.signal;
    store.markTaken(item.id);
    busyChats.add(item.chatId);
    const job: InboxJob = {
      item,
      signal,
      async once<T>(seq: number, send: () => Promise<T>): Promise<T> {
        const known = store.sentPart(item.id, seq);
        if (known !== undefined) return JSON.parse(known) as T;
        const result = await send();
        store.recordPart(item.id, seq, JSON.stringify(result ?? null), now());
        return result;
      },
    };
    const task = (async () => {
      let failure: unknown;
      try {
        await deps.handle(job);
      } catch (error) {
        failure = error ?? new Error('unknown error');
      }
      try {
        finish(item, failure, signal);
      } catch (error) {
        logger.error({ err: error, inbox: item.id }, `${channel}: could not record an update's outcome; it resumes at the next start`);
      }
    })().finally(() => {
      busyChats.delete(item.chatId);
      inFlight.delete(task);
      wake?.();
    });
    inFlight.add(task);
  };

  const pump = async () => {
    while (!stopping) {
      const free = concurrency - inFlight.size;
      let started = 0;
      let gaveUp = 0;
      try {
        if (free > 0) {
          // Only a chat's oldest pending update may start, and only when none of that chat's is in flight: the read
          // gives one row a chat, so the free slots plus the busy chats are all it needs.
          for (const item of store.next(channel, free + busyChats.size)) {
            if (started >= free) break;
            if (busyChats.has(item.chatId)) continue;
            if (item.attempts >= INBOX_MAX_TAKES) {
              store.markFailed(item.id, `given up after ${item.attempts} attempts across restarts`, now());
              gaveUp++;
              continue;
            }
            run(item);
            started++;
          }
        }
      } catch (error) {
        // A busy or full database must not stop the worker for good: updates stay stored and are tried again.
        logger.error({ err: error }, `${channel}: could not read or mark the inbox; retrying shortly`);
        await delay(INBOX_RETRY_MS);
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        // Updates given up on took rows of this read: read again at once, or those behind them wait for the next message.
        if ((started > 0 && inFlight.size < concurrency) || gaveUp > 0) setImmediate(resolve);
      });
      wake = undefined;
    }
  };

  return {
    accept(key, chatId, payload) {
      const fresh = store.accept(channel, key, chatId, payload, now());
      if (fresh) wake?.();
      return fresh;
    },
    start() {
      if (loop) return;
      stopping = false;
      abort = new AbortController();
      setMaxListeners(concurrency * 4 + 10, abort.signal); // every job in flight listens for shutdown
      loop = pump().catch((error: unknown) => logger.error({ err: error }, `${channel} inbox worker stopped; updates stay stored`));
    },
    async idle() {
      for (;;) {
        if (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        else if (store.counts(channel).pending > 0 && loop) await delay(10);
        else return;
      }
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      loop = undefined;
      const grace = deps.stopGraceMs ?? STOP_GRACE_MS;
      const settled = Promise.allSettled([...inFlight]);
      const timer = setTimeout(() => abort.abort(new Error('shutting down')), grace);
      // A handler that ignores the abort (e.g. a hung answer engine) is left behind: its update stays pending.
      await Promise.race([settled, delay(grace * 1.5)]);
      clearTimeout(timer);
    },
  };
}
