// The per-channel limiter on a simulated clock: window cap, catch-up, per-chat spacing, pauses.
import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiter } from '../../src/delivery/rate-limit.js';

/** Sends as fast as the limiter allows on a fake clock and returns the grant times. */
function simulate(limiter: RateLimiter, count: number, chats: (i: number) => string, lateMs = 0): number[] {
  const grants: number[] = [];
  let now = 0;
  for (let i = 0; i < count; ) {
    const permit = limiter.take(chats(i), now);
    if (permit.ok) {
      grants.push(now);
      i++;
    } else {
      now += permit.waitMs + lateMs;
    }
  }
  return grants;
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('rate limiter (fake clock)', () => {
  it('never grants more than the rate in any one-second window, and reaches ~99% of it', () => {
    const limiter = createRateLimiter({ perSecond: 25 });
    const grants = simulate(limiter, 500, (i) => `chat-${i}`);
    expect(maxInAnyWindow(grants, 1000)).toBeLessThanOrEqual(25);
    const rate = (grants.length - 1) / (((grants.at(-1) ?? 0) - (grants[0] ?? 0)) / 1000);
    expect(rate).toBeGreaterThan(25 * 0.97);
  });

  it('catches up when timers fire late, still within the limit', () => {
    const limiter = createRateLimiter({ perSecond: 200 });
    const grants = simulate(limiter, 2000, (i) => `c${i}`, 1);
    expect(maxInAnyWindow(grants, 1000)).toBeLessThanOrEqual(200);
    const rate = (grants.length - 1) / (((grants.at(-1) ?? 0) - (grants[0] ?? 0)) / 1000);
    expect(rate).toBeGreaterThan(200 * 0.95);
  });

  it('allows one message per second per chat, telling the caller to defer only that chat', () => {
    const limiter = createRateLimiter({ perSecond: 25 });
    expect(limiter.take('a', 0)).toEqual({ ok: true });
    expect(limiter.take('a', 500)).toEqual({ ok: false, waitMs: 500, scope: 'chat' });
    expect(limiter.take('b', 500).ok).toBe(true);
    expect(limiter.take('a', 1000).ok).toBe(true);
  });

  it('counts a long text split into parts as several messages', () => {
    const limiter = createRateLimiter({ perSecond: 4 });
    expect(limiter.take('a', 0, 3).ok).toBe(true);
    const next = limiter.take('b', 0, 3);
    expect(next.ok).toBe(false);
  });

  it('holds the whole channel when paused', () => {
    const limiter = createRateLimiter({ perSecond: 25 });
    limiter.pauseUntil(5000);
    expect(limiter.take('a', 1000)).toEqual({ ok: false, waitMs: 4000, scope: 'global' });
    expect(limiter.take('a', 5000).ok).toBe(true);
  });
});
