// The minute tick (node-cron, in TIMEZONE): plan due reminders, expand due broadcasts into the outbox, wake the dispatcher.
import { createRequire } from 'node:module';
import type nodeCron from 'node-cron';
import type { Logger } from '../logger.js';
import type { Broadcast, BroadcastStore } from '../store/broadcasts.js';
import type { ReminderPlanner } from './reminder-planner.js';

/** What one tick did. */
export interface TickReport {
  planned: number[];
  expanded: { id: number; recipients: number }[];
  finished: number[];
}

/** What a tick needs. */
export interface DeliveryTickDeps {
  planner: Pick<ReminderPlanner, 'plan'>;
  broadcasts: Pick<BroadcastStore, 'due' | 'settle'>;
  expand(broadcast: Broadcast, now: Date): Promise<number>;
  dispatcher: { wake(): void };
  logger?: Logger;
}

/**
 * One tick as a function of `now`, so tests drive it with a fake clock. Overlapping calls are skipped
 * (a long expansion simply finishes before the next tick does anything).
 */
export function createDeliveryTick(deps: DeliveryTickDeps): (now: Date) => Promise<TickReport> {
  let busy = false;
  return async (now) => {
    const report: TickReport = { planned: [], expanded: [], finished: [] };
    if (busy) return report;
    busy = true;
    try {
      for (const broadcast of deps.planner.plan(now)) {
        report.planned.push(broadcast.id);
        deps.logger?.info({ broadcast: broadcast.id, reminder: broadcast.reminder }, 'Week reminder planned');
      }
      for (const broadcast of deps.broadcasts.due(now)) {
        const recipients = await deps.expand(broadcast, now);
        report.expanded.push({ id: broadcast.id, recipients });
        deps.logger?.info({ broadcast: broadcast.id, kind: broadcast.kind, recipients }, 'broadcast queued for delivery');
      }
      report.finished = deps.broadcasts.settle(now);
      for (const id of report.finished) deps.logger?.info({ broadcast: id }, 'broadcast finished');
      if (report.expanded.length > 0) deps.dispatcher.wake();
      return report;
    } finally {
      busy = false;
    }
  };
}

/** node-cron, loaded when a schedule starts: only the server runs one, and loading it took about 20 ms of every `loa ask`. */
let cron: typeof nodeCron | undefined;

/** A running schedule. */
export interface Scheduler {
  stop(): Promise<void>;
}

/** Runs `tick` now and then at the start of every minute in `timeZone`. Errors are logged; the schedule keeps going. */
export function startScheduler(tick: (now: Date) => Promise<unknown>, options: { timeZone: string; logger?: Logger }): Scheduler {
  const run = async () => {
    try {
      await tick(new Date());
    } catch (error) {
      options.logger?.error({ err: error }, 'delivery tick failed; retrying next minute');
    }
  };
  cron ??= (createRequire(import.meta.url)('node-cron') as { default: typeof nodeCron }).default;
  void run();
  const task = cron.schedule('* * * * *', run, { timezone: options.timeZone, name: 'loa-delivery', noOverlap: true });
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
