// Login rate limit: attempts per account name and per client address, counted before the password is checked.

/** Limits of the login form. */
export interface LoginLimits {
  /** Attempts (not ending in a login) allowed per account name in `windowMs`. */
  perName: number;
  windowMs: number;
  /** Attempts allowed per client address in `addressWindowMs`. */
  perAddress: number;
  /** Kept short so a guessing address (or a shared office NAT) holds up other accounts' correct logins briefly. */
  addressWindowMs: number;
}

/**
 * 5 guesses per account per 15 minutes keep a guessed password out of reach (480 a day); 20 attempts a minute per
 * address slow a sweep across accounts, while a correct login from that address waits at most a minute.
 */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perName: 5, windowMs: 15 * 60 * 1000, perAddress: 20, addressWindowMs: 60 * 1000 };

/** Counts attempts before the (slow, asynchronous) password check, so parallel guesses cannot slip past the limit. */
export interface LoginLimiter {
  /** Records an attempt and returns 0, or returns how long to wait (ms) without recording anything. */
  attempt(name: string, address: string, nowMs: number): number;
  /** A correct password: the account's attempts are cleared and this attempt is not held against the address. */
  succeeded(name: string, address: string): void;
}

/** Creates an in-memory limiter (one process); time is passed in so tests need not wait. */
export function createLoginLimiter(limits: LoginLimits = DEFAULT_LOGIN_LIMITS): LoginLimiter {
  const attempts = new Map<string, number[]>();
  const recent = (key: string, windowMs: number, nowMs: number) => {
    const kept = (attempts.get(key) ?? []).filter((t) => t > nowMs - windowMs);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  };
  const wait = (times: number[], limit: number, windowMs: number, nowMs: number) =>
    times.length < limit ? 0 : (times[times.length - limit] ?? nowMs) + windowMs - nowMs;
  const nameKey = (name: string) => `n:${name.trim().toLowerCase()}`;
  const addressKey = (address: string) => `a:${address}`;
  return {
    attempt(name, address, nowMs) {
      if (attempts.size > 50_000) for (const key of [...attempts.keys()]) recent(key, limits.windowMs, nowMs);
      const byName = recent(nameKey(name), limits.windowMs, nowMs);
      const byAddress = recent(addressKey(address), limits.addressWindowMs, nowMs);
      const blocked = Math.max(wait(byName, limits.perName, limits.windowMs, nowMs), wait(byAddress, limits.perAddress, limits.addressWindowMs, nowMs));
      if (blocked > 0) return blocked;
      attempts.set(nameKey(name), [...byName, nowMs]);
      attempts.set(addressKey(address), [...byAddress, nowMs]);
      return 0;
    },
    succeeded(name, address) {
      attempts.delete(nameKey(name));
      const byAddress = attempts.get(addressKey(address));
      byAddress?.pop();
      if (byAddress?.length === 0) attempts.delete(addressKey(address));
    },
  };
}
