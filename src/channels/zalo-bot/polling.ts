// Long polling for development (no webhook URL): getUpdates in a loop, backoff on errors, clean stop.
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../../logger.js';
import { explainBotError, type ZaloBotApi } from './api.js';
import type { ZaloBotUpdates } from './handle-update.js';
import { parseUpdate } from './update.js';

/** A running poll loop. */
export interface ZaloBotPoller {
  start(): void;
  /** Aborts the pending getUpdates and resolves when the loop has ended. */
  stop(): Promise<void>;
}

/** Dependencies and timing of the poll loop. */
export interface ZaloBotPollerDeps {
  api: ZaloBotApi;
  updates: Pick<ZaloBotUpdates, 'accept'>;
  logger: Logger;
  /** Long-poll wait per getUpdates call in seconds (default 30). */
  timeoutSec?: number;
  /** Wait after the first error, doubled per consecutive error up to `maxBackoffMs` (defaults 1 s and 60 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** An empty poll that returned sooner than this is followed by a pause up to it, so an API that answers 408 at once is not hammered (default 1 s). */
  idlePauseMs?: number;
  /** Waits between attempts; must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<unknown>;
  /** Milliseconds clock (performance.now by default). */
  clock?: () => number;
}

/** Creates the poll loop (not started). */
export function createZaloBotPoller(deps: ZaloBotPollerDeps): ZaloBotPoller {
  const timeoutSec = deps.timeoutSec ?? 30;
  const backoffMs = deps.backoffMs ?? 1000;
  const maxBackoffMs = deps.maxBackoffMs ?? 60_000;
  const idlePauseMs = deps.idlePauseMs ?? 1000;
  const sleep = deps.sleep ?? ((ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined));
  const clock = deps.clock ?? (() => performance.now());
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;

  const run = async (signal: AbortSignal): Promise<void> => {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const started = clock();
        const updates = await deps.api.getUpdates(timeoutSec, signal);
        failures = 0;
        const early = idlePauseMs - (clock() - started);
        if (updates.length === 0 && early > 0) await sleep(early, signal);
        for (const raw of updates) {
          const update = parseUpdate(raw);
          if (update) deps.updates.accept(update);
          else deps.logger.warn('Zalo Bot getUpdates returned something that is not an update; skipped');
        }
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        const wait = Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
        deps.logger.error({ failures }, `${describe(error)}; polling again in ${wait} ms`);
        await sleep(wait, signal);
      }
    }
  };

  return {
    start() {
      if (loop) return;
      controller = new AbortController();
      loop = run(controller.signal);
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = undefined;
    },
  };
}

function describe(error: unknown): string {
  const message = explainBotError(error);
  return /webhook/iu.test(message) ? `${message} (a webhook is set: run "loa zalo delete-webhook" to poll)` : message;
}
