// A per-key sliding-window limit for the web chat (Telegram uses grammY's ratelimiter plugin instead).

/** Allows at most `limit` events per key within `windowMs`. */
export interface FloodGuard {
  /** Records an event for `key`; returns false when the key is over its limit. */
  allow(key: string, nowMs: number): boolean;
}

/** Creates a flood guard; old keys are dropped as time passes, so memory stays bounded by active keys. */
export function createFloodGuard(limit: number, windowMs: number): FloodGuard {
  const events = new Map<string, number[]>();
  let lastSweep = 0;
  return {
    allow(key, nowMs) {
      if (nowMs - lastSweep > windowMs) {
        for (const [k, times] of events) if ((times.at(-1) ?? 0) <= nowMs - windowMs) events.delete(k);
        lastSweep = nowMs;
      }
      const recent = (events.get(key) ?? []).filter((t) => t > nowMs - windowMs);
      if (recent.length >= limit) {
        events.set(key, recent);
        return false;
      }
      recent.push(nowMs);
      events.set(key, recent);
      return true;
    },
  };
}
