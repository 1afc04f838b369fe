// Deadlines of platform calls: abort when the call hangs, not when the event loop was merely busy.
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/delivery/deadline.js';

describe('deadline', () => {
  it('aborts a call that is still pending when its timer fires on time', async () => {
    const d = deadline(20);
    await new Promise((resolve) => d.signal.addEventListener('abort', resolve));
    expect((d.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('does not abort at once when its timer fires late because the event loop was blocked', async () => {
    const d = deadline(10);
    const until = performance.now() + 600;
    while (performance.now() < until) {
      // busy: the timer cannot fire on time
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(d.signal.aborted).toBe(false);
    d.done();
  });

  it('follows its parent signal', () => {
    const parent = new AbortController();
    const d = deadline(60_000, parent.signal);
    parent.abort(new Error('stop'));
    expect(d.signal.aborted).toBe(true);
    d.done();
  });
});
