// Time as a dependency: the dispatcher asks a Clock for "now" and to sleep, so tests run on a fake clock.
import { setTimeout as delay } from 'node:timers/promises';

/** Milliseconds since the epoch, and an abortable sleep. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(Math.max(0, ms), undefined, { signal }).catch(() => undefined),
};
