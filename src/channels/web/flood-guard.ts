// A per-key sliding-window limit for the web chat (Telegram uses grammY's ratelimiter plugin instead).

/** Allows at most `limit` events per key within `windowMs`. */
export interface FloodGuard {
  /** Records an event for `key`; returns false when the key is over its limit. */
  allow(key: string, nowMs: number): boolean;
  /** Keys held now (for tests and diagnostics). */
  size(): number;
}

/**
 * Keys one guard holds at most. 32 clients asking in a new session each (`npm run bench -- --sustain 60`, about 1,000
 * sessions a second) kept about 60,000 keys in the two guards of the web chat, some 7 MB of live heap at the end of the
 * 60 s run; 10,000 keys a guard is about 1 MB. A real campaign site sees far fewer new sessions a minute. Past the cap
 * the key whose last event is oldest is forgotten: it starts a fresh window (more lenient), no one is refused wrongly.
 */
export const FLOOD_GUARD_MAX_KEYS = 10_000;

/** Event times of one key: a lone time is kept as a number, not an array (most sessions ask once or twice a minute). */
type Times = number | number[];

const lastOf = (times: Times): number => (typeof times === 'number' ? times : (times.at(-1) ?? 0));

/**
 * Creates a flood guard. Keys are kept in the order they last asked, so expired keys are dropped from the front as time
 * passes (a refused key, moved to the end, waits for the cap), and memory stays bounded by `maxKeys`.
 */
export function createFloodGuard(limit: number, windowMs: number, maxKeys = FLOOD_GUARD_MAX_KEYS): FloodGuard {
  const events = new Map<string, Times>();
  const forgetBefore = (cutoff: number) => {
    for (const [key, times] of events) {
      if (lastOf(times) > cutoff && events.size <= maxKeys) return;
      events.delete(key);
    }
  };
  return {
    allow(key, nowMs) {
      const held = events.get(key);
      const recent = (held === undefined ? [] : typeof held === 'number' ? [held] : held).filter((t) => t > nowMs - windowMs);
      const allowed = recent.length < limit;
      if (allowed) recent.push(nowMs);
      events.delete(key);
      if (recent.length > 0) events.set(key, recent.length === 1 ? recent[0]! : recent);
      forgetBefore(nowMs - windowMs);
      return allowed;
    },
    size: () => events.size,
  };
}
