// TURN_RETENTION_DAYS: prunes old conversation turns and finished inbox updates at start and then every hour (the timer
// never keeps the process alive).
import type { Logger } from './logger.js';
import type { InboxStore } from './store/inbox.js';
import type { TurnStore } from './store/turns.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Finished updates younger than this are kept whatever TURN_RETENTION_DAYS says (the 48-hour window needs them). */
const INBOX_KEEP_DAYS = 2;

/** What the pruner needs. */
export interface TurnRetentionOptions {
  turns: Pick<TurnStore, 'prune'>;
  /** Finished platform updates (their payload holds what residents wrote) go with the turns. */
  inbox?: Pick<InboxStore, 'prune'>;
  /** Days a turn is kept; undefined keeps every turn (nothing runs). */
  days: number | undefined;
  logger: Logger;
  now?: () => Date;
  everyMs?: number;
}

/** Prunes once now and then every `everyMs` (default one hour); `stop()` ends it. Never throws. */
export function startTurnRetention(options: TurnRetentionOptions): { stop(): void } {
  const { turns, inbox, days, logger, now = () => new Date(), everyMs = HOUR_MS } = options;
  if (days === undefined) return { stop() {} };
  const prune = () => {
    try {
      const cutoff = now().getTime() - days * DAY_MS;
      const removed = turns.prune(new Date(cutoff));
      // The last two days of updates stay: Zalo OA's 48-hour customer-service window is read from them.
      const updates = inbox?.prune(Math.min(cutoff, now().getTime() - INBOX_KEEP_DAYS * DAY_MS)) ?? 0;
      if (removed > 0 || updates > 0) logger.info({ removed, updates, days }, 'old conversation turns and updates pruned');
    } catch (error) {
      logger.error({ err: error }, `pruning old conversation turns failed: ${(error as Error).message}`);
    }
  };
  prune();
  const timer = setInterval(prune, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
