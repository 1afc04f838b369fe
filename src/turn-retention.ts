// TURN_RETENTION_DAYS: prunes old conversation turns at start and then every hour (the timer never keeps the process alive).
import type { Logger } from './logger.js';
import type { TurnStore } from './store/turns.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** What the pruner needs. */
export interface TurnRetentionOptions {
  turns: Pick<TurnStore, 'prune'>;
  /** Days a turn is kept; undefined keeps every turn (nothing runs). */
  days: number | undefined;
  logger: Logger;
  now?: () => Date;
  everyMs?: number;
}

/** Prunes once now and then every `everyMs` (default one hour); `stop()` ends it. Never throws. */
export function startTurnRetention(options: TurnRetentionOptions): { stop(): void } {
  const { turns, days, logger, now = () => new Date(), everyMs = HOUR_MS } = options;
  if (days === undefined) return { stop() {} };
  const prune = () => {
    try {
      const removed = turns.prune(new Date(now().getTime() - days * DAY_MS));
      if (removed > 0) logger.info({ removed, days }, 'old conversation turns pruned');
    } catch (error) {
      logger.error({ err: error }, `pruning old conversation turns failed: ${(error as Error).message}`);
    }
  };
  prune();
  const timer = setInterval(prune, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
