// Long polling with @grammyjs/runner: removes any webhook first, then fetches updates until stopped.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from '../../logger.js';
import { ALLOWED_UPDATES } from './bot.js';
import type { BotContext } from './context.js';
import { describeError } from './redact.js';

/** Starts and stops long polling for one bot. */
export interface Polling {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Creates long polling. Fetch failures are logged token-free (the runner's own console output is silenced). */
export function createPolling(bot: Bot<BotContext>, logger: Logger): Polling {
  let runner: RunnerHandle | undefined;
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && !signal?.aborted) logger.warn({ error: describeError(error, bot.token) }, 'Telegram getUpdates failed; retrying');
      throw error;
    }
  });
  return {
    async start() {
      await bot.api.deleteWebhook();
      await bot.init();
      runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: ALLOWED_UPDATES } } });
      runner.task()?.catch((error: unknown) => logger.error({ error: describeError(error, bot.token) }, 'Telegram long polling stopped'));
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
    },
  };
}
