// Shared test setup for delivery: an in-memory (or file) database with stores, subscribers, a fake clock and outbound.
import { channelCatalog } from '../../src/channels/catalog.js';
import type { ChannelCatalog, OutboundChannel, SendOutcome } from '../../src/core/channel.js';
import type { ChannelName } from '../../src/core/types.js';
import type { Clock } from '../../src/delivery/clock.js';
import { createBroadcastStore } from '../../src/store/broadcasts.js';
import { openDatabase } from '../../src/store/db.js';
import { createOutboxStore } from '../../src/store/outbox.js';
import { createSubscriptionStore } from '../../src/store/subscriptions.js';
import { createWeekCalendarStore } from '../../src/store/week-calendar.js';

/** The declared channels at the default rates (Telegram 25/s, Zalo 10/s), with `staff` ids on Telegram and Zalo. */
export function testCatalog(staff: { telegram?: string[]; zalo?: string[] } = {}): ChannelCatalog {
  return channelCatalog({ TELEGRAM_BROADCAST_RATE: 25, ZALO_BROADCAST_RATE: 10, STAFF_TELEGRAM_IDS: staff.telegram ?? [], STAFF_ZALO_IDS: staff.zalo ?? [] });
}

/** A database with every delivery store, and the channel catalog targeting reads. */
export function openStores(path = ':memory:') {
  const db = openDatabase(path);
  return {
    db,
    catalog: testCatalog(),
    subscriptions: createSubscriptionStore(db),
    broadcasts: createBroadcastStore(db),
    outbox: createOutboxStore(db),
    calendar: createWeekCalendarStore(db),
  };
}

export type Stores = ReturnType<typeof openStores>;

/** Subscribes chats `prefix0…prefix(n-1)` on `channel`. */
export function subscribe(stores: Stores, n: number, options: { channel?: ChannelName; prefix?: string; province?: string; at?: Date } = {}): string[] {
  const channel = options.channel ?? 'telegram';
  const at = options.at ?? new Date('2026-01-01T00:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const chatId = `${options.prefix ?? ''}${1000 + i}`;
    stores.subscriptions.optIn({ channel, chatId }, chatId, 'test', at);
    if (options.province) stores.subscriptions.setLocality({ channel, chatId }, { province: options.province }, at);
    ids.push(chatId);
  }
  return ids;
}

/** A clock whose sleep advances time at once. */
export interface FakeClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

export function createFakeClock(start: Date): FakeClock {
  let t = start.getTime();
  return {
    now: () => t,
    async sleep(ms, signal) {
      if (!signal?.aborted) t += Math.max(0, ms);
      await Promise.resolve();
    },
    set: (at) => {
      t = at.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** An OutboundChannel that records sends (with the fake time) and answers from a script per chat. */
export function createFakeOutbound(name: ChannelName, clock: Clock, maxLength = 4096) {
  const sent: { chatId: string; text: string; at: number }[] = [];
  const attempts: { chatId: string; at: number }[] = [];
  const scripts = new Map<string, SendOutcome[]>();
  let onSend: ((chatId: string) => void) | undefined;
  const channel: OutboundChannel = {
    name,
    maxLength,
    async send(chatId, text) {
      attempts.push({ chatId, at: clock.now() });
      onSend?.(chatId);
      await Promise.resolve();
      const outcome = scripts.get(chatId)?.shift() ?? { ok: true };
      if (outcome.ok) sent.push({ chatId, text, at: clock.now() });
      return outcome;
    },
  };
  return {
    channel,
    sent,
    attempts,
    /** Outcomes for the next sends to `chatId`, in order; afterwards sends succeed. */
    script(chatId: string, ...outcomes: SendOutcome[]) {
      scripts.set(chatId, outcomes);
    },
    onSend(callback: (chatId: string) => void) {
      onSend = callback;
    },
  };
}
