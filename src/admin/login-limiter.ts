// Login rate limit: failed attempts per account name and per client address in a sliding window.

/** Limits of the login form. */
export interface LoginLimits {
  /** Failed attempts allowed per account name in the window. */
  perName: number;
  /** Failed attempts allowed per client address in the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perName: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

/** Counts failures; `blockedFor` says how long to refuse further attempts (0 = allowed). */
export interface LoginLimiter {
  blockedFor(name: string, address: string, nowMs: number): number;
  failed(name: string, address: string, nowMs: number): void;
  /** A successful login clears the account's failures (not the address's). */
  succeeded(name: string): void;
}

/** Creates an in-memory limiter (one process); time is passed in so tests need not wait. */
export function createLoginLimiter(limits: LoginLimits = DEFAULT_LOGIN_LIMITS): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, nowMs: number) => {
    const kept = (failures.get(key) ?? []).filter((t) => t > nowMs - limits.windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  const wait = (key: string, limit: number, nowMs: number) => {
    const times = recent(key, nowMs);
    return times.length < limit ? 0 : (times[times.length - limit] ?? nowMs) + limits.windowMs - nowMs;
  };
  const nameKey = (name: string) => `n:${name.trim().toLowerCase()}`;
  return {
    blockedFor: (name, address, nowMs) => Math.max(wait(nameKey(name), limits.perName, nowMs), wait(`a:${address}`, limits.perAddress, nowMs)),
    failed(name, address, nowMs) {
      if (failures.size > 50_000) for (const key of [...failures.keys()]) recent(key, nowMs);
      for (const key of [nameKey(name), `a:${address}`]) failures.set(key, [...recent(key, nowMs), nowMs]);
    },
    succeeded: (name) => void failures.delete(nameKey(name)),
  };
}
