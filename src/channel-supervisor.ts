// Starts each channel on its own: a start that fails or hangs is retried with backoff, never delaying the other channels.
import { setTimeout as delay } from 'node:timers/promises';
import type { ChannelHandle } from './channels/types.js';
import { RESTART_BACKOFF_MS, RESTART_MAX_BACKOFF_MS, START_TIMEOUT_MS } from './delivery/tuning.js';
import type { Logger } from './logger.js';

/** Timing of the supervisor (tests shorten it). */
export interface SupervisorTiming {
  startTimeoutMs?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** A supervised channel. */
export interface Supervised {
  /** Resolves when the channel started (never rejects); the caller need not wait for it. */
  started: Promise<void>;
  /** Stops retrying, then stops the channel. */
  stop(): Promise<void>;
}

/**
 * Starts `handle` in the background. A start that throws or takes longer than the start timeout is logged, the
 * half-started channel is stopped, and the start is tried again after 1 s, 2 s, 4 s … up to 60 s.
 */
export function superviseChannel(handle: ChannelHandle, logger: Logger, timing: SupervisorTiming = {}): Supervised {
  const startTimeoutMs = timing.startTimeoutMs ?? START_TIMEOUT_MS;
  const backoffMs = timing.backoffMs ?? RESTART_BACKOFF_MS;
  const maxBackoffMs = timing.maxBackoffMs ?? RESTART_MAX_BACKOFF_MS;
  const stopping = new AbortController();
  const started = (async () => {
    for (let failures = 0; !stopping.signal.aborted; ) {
      try {
        await withTimeout(handle.start(), startTimeoutMs);
        logger.info(handle.description);
        return;
      } catch (error) {
        failures++;
        const wait = Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
        logger.error({ err: error, failures }, `${handle.description}: failed to start (${(error as Error).message}); retrying in ${wait} ms, other channels keep running`);
        await withTimeout(handle.stop(), startTimeoutMs).catch(() => undefined);
        await delay(wait, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  })();
  return {
    started,
    async stop() {
      stopping.abort();
      await handle.stop();
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      promise,
      delay(ms, undefined, { signal: timer.signal }).then(
        () => {
          throw new Error(`did not finish within ${ms} ms`);
        },
        () => undefined as never, // aborted: the promise won the race
      ),
    ]);
  } finally {
    timer.abort();
  }
}
