// Channels start on their own: a hung or failing start is retried with backoff while the others run.
import { describe, expect, it } from 'vitest';
import { superviseChannel } from '../src/channel-supervisor.js';
import { createLogger } from '../src/logger.js';

describe('channel supervisor', () => {
  it('retries a start that hangs or fails, without holding up another channel', async () => {
    const logs: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
    let attempts = 0;
    let stops = 0;
    const flaky = superviseChannel(
      {
        description: 'Flaky: on',
        start: () => {
          attempts++;
          if (attempts === 1) return new Promise<void>(() => undefined); // hangs forever
          if (attempts === 2) return Promise.reject(new Error('platform outage'));
          return Promise.resolve();
        },
        stop: async () => void stops++,
      },
      logger,
      { startTimeoutMs: 50, backoffMs: 5 },
    );
    let healthyStarted = false;
    const healthy = superviseChannel({ description: 'Healthy: on', start: async () => void (healthyStarted = true), stop: async () => undefined }, logger);
    await healthy.started;
    expect(healthyStarted).toBe(true);

    await flaky.started;
    expect(attempts).toBe(3);
    expect(stops).toBe(2);
    expect(logs.some((line) => line.includes('did not finish within 50 ms'))).toBe(true);
    expect(logs.some((line) => line.includes('platform outage'))).toBe(true);
    await flaky.stop();
    await healthy.stop();
  });
});
