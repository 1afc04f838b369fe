// Puts delivery together from stores and outbound channels: limiters, dispatcher, reminder planner, minute tick.
import type { ChannelCatalog, OutboundChannel } from '../core/channel.js';
import { defaultQuietHours, type QuietHours } from '../core/quiet-hours.js';
import { defaultReminderTiming, type ReminderTexts } from '../core/reminders.js';
import type { Logger } from '../logger.js';
import type { BroadcastStore } from '../store/broadcasts.js';
import type { OutboxStore } from '../store/outbox.js';
import type { SubscriptionStore } from '../store/subscriptions.js';
import type { WeekCalendarStore } from '../store/week-calendar.js';
import { systemClock, type Clock } from './clock.js';
import { createDispatcher, type Dispatcher } from './dispatcher.js';
import { expandBroadcast } from './outbox.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import { createReminderPlanner, type ReminderPlanner } from './reminder-planner.js';
import { createDeliveryTick, startScheduler, type Scheduler, type TickReport } from './scheduler.js';

/** Everything delivery needs; main.ts builds the stores and passes the running channels. */
export interface DeliveryDeps {
  broadcasts: BroadcastStore;
  outbox: OutboxStore;
  calendar: WeekCalendarStore;
  subscriptions: SubscriptionStore;
  reminderTexts: ReminderTexts;
  channels: readonly OutboundChannel[];
  /** The declared channels (on or off): broadcasts reach subscribers of those that may message first. */
  catalog: ChannelCatalog;
  /** Messages per second for a channel (TELEGRAM_BROADCAST_RATE, ZALO_BROADCAST_RATE). */
  rateFor(channel: string): number;
  /** The channel's shared pacing budget (replies go first); without it each channel gets its own limiter at `rateFor`. */
  limiterFor?: (channel: string) => RateLimiter;
  timeZone: string;
  logger?: Logger;
  clock?: Clock;
  quietHours?: QuietHours;
}

/** Delivery, ready to start. */
export interface Delivery {
  dispatcher: Dispatcher;
  planner: ReminderPlanner;
  /** One scheduler tick at `now` (what node-cron runs every minute). */
  tick(now: Date): Promise<TickReport>;
  /** Starts the dispatcher (after recovering an interrupted run) and the minute schedule. */
  start(): void;
  /** Stops the schedule and waits for messages in flight to be recorded. */
  stop(): Promise<void>;
}

/** Creates delivery. Channels without a running adapter keep their rows pending until they are on. */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const clock = deps.clock ?? systemClock;
  const dispatcher = createDispatcher({
    outbox: deps.outbox,
    consent: deps.subscriptions,
    channels: deps.channels.map((outbound) => ({ outbound, limiter: deps.limiterFor?.(outbound.name) ?? createRateLimiter({ perSecond: deps.rateFor(outbound.name) }) })),
    quietHours: deps.quietHours ?? defaultQuietHours(deps.timeZone),
    clock,
    logger: deps.logger,
    onIdle: () => deps.broadcasts.settle(new Date(clock.now())),
  });
  const planner = createReminderPlanner({
    calendar: deps.calendar,
    broadcasts: deps.broadcasts,
    texts: deps.reminderTexts,
    timing: defaultReminderTiming(deps.timeZone),
  });
  const tick = createDeliveryTick({
    planner,
    broadcasts: deps.broadcasts,
    expand: (broadcast, now) =>
      expandBroadcast(broadcast, now, {
        subscriptions: deps.subscriptions,
        outbox: deps.outbox,
        broadcasts: deps.broadcasts,
        catalog: deps.catalog,
        personalize: planner.personalize,
      }),
    dispatcher,
    logger: deps.logger,
  });
  let scheduler: Scheduler | undefined;
  return {
    dispatcher,
    planner,
    tick,
    start() {
      dispatcher.start();
      scheduler ??= startScheduler(tick, { timeZone: deps.timeZone, logger: deps.logger });
    },
    async stop() {
      await scheduler?.stop();
      scheduler = undefined;
      await dispatcher.stop();
    },
  };
}
