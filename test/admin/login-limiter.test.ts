// The login limiter alone: attempts counted up front, per name and per address, correct logins not held against anyone.
import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../../src/admin/login-limiter.js';

const limits = { perName: 3, windowMs: 900_000, perAddress: 5, addressWindowMs: 60_000 };

describe('login limiter', () => {
  it('refuses the attempt after the limit without recording it, so hammering does not extend the wait', () => {
    const limiter = createLoginLimiter(limits);
    for (let i = 0; i < 3; i++) expect(limiter.attempt('lan', 'a', i)).toBe(0);
    expect(limiter.attempt('LAN ', 'b', 10)).toBe(900_000 - 10);
    expect(limiter.attempt('lan', 'c', 500_000)).toBe(900_000 - 500_000);
    expect(limiter.attempt('lan', 'c', 900_001)).toBe(0);
  });

  it('limits an address across names for a short window only', () => {
    const limiter = createLoginLimiter(limits);
    for (let i = 0; i < 5; i++) expect(limiter.attempt(`name-${i}`, 'office', 0)).toBe(0);
    expect(limiter.attempt('admin', 'office', 1)).toBe(59_999);
    expect(limiter.attempt('admin', 'home', 1)).toBe(0);
    expect(limiter.attempt('admin', 'office', 60_001)).toBe(0);
  });

  it('does not hold correct logins against the address or the account', () => {
    const limiter = createLoginLimiter(limits);
    for (let i = 0; i < 20; i++) {
      expect(limiter.attempt('lan', 'office', i)).toBe(0);
      limiter.succeeded('lan', 'office');
    }
  });
});
