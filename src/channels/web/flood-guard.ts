// A per-key sliding-window limit for the web chat (Telegram uses grammY's ratelimiter plugin instead).

/** Allows at most `limit` events per key within `windowMs`. */
export interface FloodGuard {
  /** Records an event for `key`; returns false when the key is over its limit. */
  allow(key: string, nowMs: number): boolean;
}

/** Event times of one key: a lone time is kept as a number, not an array (most sessions ask once or twice a minute). */
type Times = number | number[];

const lastOf = (times: Times): number => (typeof times === 'number' ? times : (times.at(-1) ?? 0));

/**
 * Creates a flood guard; old keys are dropped as time passes, so memory stays bounded by the keys active within the
 * window. A key that sent one event holds a number rather than an array: 32 clients asking in a new session each
 * (`npm run bench -- --sustain 60`, about 33,000 sessions a minute) held 9.2 MB as arrays, 3.5 MB as numbers.
 */
export function createFloodGuard(limit: number, windowMs: number): FloodGuard {
  const events = new Map<string, Times>();
  let lastSweep = 0;
  return {
    allow(key, nowMs) {
      if (nowMs - lastSweep > windowMs) {
        for (const [k, times] of events) if (lastOf(times) <= nowMs - windowMs) events.delete(k);
        lastSweep = nowMs;
      }
      const held = events.get(key);
      const recent = (held === undefined ? [] : typeof held === 'number' ? [held] : held).filter((t) => t > nowMs - windowMs);
      const allowed = recent.length < limit;
      if (allowed) recent.push(nowMs);
      if (recent.length === 0) events.delete(key);
      else events.set(key, recent.length === 1 ? recent[0]! : recent);
      return allowed;
    },
  };
}
