// The shared pacing budget of one bot token: replies before corrections before broadcasts, 429 pauses everyone.
import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/delivery/pacer.js';

describe('pacer', () => {
  it('serves waiting replies before corrections, and keeps broadcasts out while anyone waits', async () => {
    let t = 0;
    const pacer = createPacer({ perSecond: 1, now: () => t });
    await pacer.acquire('reply', 'a'); // uses the only slot of this second
    const order: string[] = [];
    const correction = pacer.acquire('correction', 'c').then(() => order.push('correction'));
    const reply = pacer.acquire('reply', 'b').then(() => order.push('reply'));
    expect(pacer.waiting()).toBe(2);
    expect(pacer.limiter.take('z', t).ok).toBe(false);

    t = 1000;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    t = 2000;
    await Promise.all([reply, correction]);
    expect(order).toEqual(['reply', 'correction']);
    expect(pacer.waiting()).toBe(0);
    t = 3000;
    expect(pacer.limiter.take('z', t).ok).toBe(true);
  });

  it('a 429 pause holds every sender of the token, broadcasts included', () => {
    let t = 0;
    const pacer = createPacer({ perSecond: 100, now: () => t });
    pacer.pauseFor(5000);
    expect(pacer.limiter.take('x', t)).toMatchObject({ ok: false, scope: 'global' });
    t = 5000;
    expect(pacer.limiter.take('x', t).ok).toBe(true);
  });

  it('an aborted wait leaves the queue', async () => {
    const pacer = createPacer({ perSecond: 1, now: () => 0 });
    await pacer.acquire('reply', 'a');
    const controller = new AbortController();
    const waiting = pacer.acquire('broadcast', 'b', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(pacer.waiting()).toBe(0);
  });
});

describe('pacer and 429', () => {
  it('a lone 429 (or two) holds only its chat; three within a second hold the whole token', () => {
    let t = 0;
    const pacer = createPacer({ perSecond: 100, now: () => t });
    pacer.rateLimited('a', 1000);
    expect(pacer.limiter.take('b', t).ok).toBe(true);
    t = 100;
    pacer.rateLimited('c', 1000);
    expect(pacer.limiter.take('d', t).ok).toBe(true);
    t = 200;
    pacer.rateLimited('e', 1000);
    expect(pacer.limiter.take('f', t)).toMatchObject({ ok: false, scope: 'global' });
    t = 1200;
    expect(pacer.limiter.take('f', t).ok).toBe(true);
  });

  it('a reply whose chat was rate limited waits retry_after, while other chats go on', async () => {
    const pacer = createPacer({ perSecond: 100 });
    pacer.rateLimited('a', 300);
    const order: string[] = [];
    const held = pacer.acquire('reply', 'a').then(() => order.push('a'));
    await pacer.acquire('reply', 'b').then(() => order.push('b'));
    await held;
    expect(order).toEqual(['b', 'a']);
  });
});
