// The web chat's flood guard as a unit: the per-key limit, expiry as time passes, and the cap on keys held.
import { describe, expect, it } from 'vitest';
import { createFloodGuard } from '../../../src/channels/web/flood-guard.js';

describe('flood guard', () => {
  it('allows `limit` events per key within the window, then again once the window has passed', () => {
    const guard = createFloodGuard(2, 60_000);
    expect([guard.allow('a', 0), guard.allow('a', 1_000), guard.allow('a', 2_000)]).toEqual([true, true, false]);
    expect(guard.allow('b', 2_000)).toBe(true);
    expect(guard.allow('a', 61_001)).toBe(true);
  });

  it('forgets keys whose last event left the window', () => {
    const guard = createFloodGuard(5, 60_000);
    for (let i = 0; i < 100; i++) guard.allow(`session-${i}`, i);
    expect(guard.size()).toBe(100);
    guard.allow('later', 60_050);
    expect(guard.size()).toBe(50);
  });

  it('holds at most `maxKeys` keys, forgetting the one whose last event is oldest', () => {
    const guard = createFloodGuard(1, 60_000, 3);
    expect(guard.allow('a', 0)).toBe(true);
    expect(guard.allow('b', 1)).toBe(true);
    expect(guard.allow('c', 2)).toBe(true);
    expect(guard.allow('a', 3)).toBe(false);
    expect(guard.allow('d', 4)).toBe(true);
    expect(guard.size()).toBe(3);
    expect(guard.allow('c', 5)).toBe(false);
    expect(guard.allow('b', 6)).toBe(true);
  });
});
