// Expands a due broadcast into the durable outbox: one row per recipient, in short chunks that yield to the event loop.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { selectAudience } from '../core/audience.js';
import type { ChannelCatalog } from '../core/channel.js';
import type { Broadcast, BroadcastStore } from '../store/broadcasts.js';
import type { OutboxStore } from '../store/outbox.js';
import type { Subscriber } from '../store/subscriptions.js';

/** What expansion needs. */
export interface ExpandDeps {
  subscriptions: { listActive(filter?: { channel?: string }): Subscriber[] };
  outbox: OutboxStore;
  broadcasts: BroadcastStore;
  /** The declared channels: only those that may message first get rows. */
  catalog: ChannelCatalog;
  /** A subscriber's own text when it differs from the broadcast's (a reminder with local events). */
  personalize?: (broadcast: Broadcast, subscriber: Subscriber) => string | undefined;
  /** Rows per transaction (default 500). */
  chunkSize?: number;
}

/**
 * Adds a row per active, matching subscriber and marks the broadcast 'sending' with the recipient count.
 * Idempotent: a crash halfway leaves the broadcast 'scheduled', and the next tick adds only the missing rows
 * (the unique key ignores the others). Nothing is sent before the broadcast is marked 'sending'.
 */
export async function expandBroadcast(broadcast: Broadcast, now: Date, deps: ExpandDeps): Promise<number> {
  const chunkSize = deps.chunkSize ?? 500;
  const audience = selectAudience(deps.subscriptions.listActive(), { channel: broadcast.channel, locality: broadcast.locality }, deps.catalog);
  for (let i = 0; i < audience.length; i += chunkSize) {
    const chunk = audience.slice(i, i + chunkSize).map((s) => ({
      channel: s.channel,
      chatId: s.chatId,
      text: deps.personalize?.(broadcast, s),
    }));
    deps.outbox.enqueue(broadcast.id, chunk, now.getTime());
    await yieldToEventLoop();
  }
  const counts = deps.outbox.counts(broadcast.id);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (!deps.broadcasts.markSending(broadcast.id, total, now) && deps.broadcasts.get(broadcast.id)?.status === 'cancelled') {
    deps.broadcasts.cancel(broadcast.id, now);
  }
  return total;
}
