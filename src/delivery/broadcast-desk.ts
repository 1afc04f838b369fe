// The staff side of broadcasts over the stores: preview (recipients, per-channel rendering), schedule, cancel, progress.
import { previewDraft, type BroadcastDesk, type BroadcastProgress } from '../core/broadcasting.js';
import { channelFilters, type ChannelCatalog } from '../core/channel.js';
import { InputError } from '../errors.js';
import type { BroadcastStore } from '../store/broadcasts.js';
import type { OutboxStore } from '../store/outbox.js';
import type { SubscriptionStore } from '../store/subscriptions.js';

/** Longest broadcast text accepted (a few Telegram messages' worth). */
export const MAX_BROADCAST_CHARS = 12_000;

/** The desk plus listing and cancelling, for the CLI and the console. */
export interface BroadcastAdmin extends BroadcastDesk {
  list(limit?: number): BroadcastProgress[];
  /** Cancels a broadcast not yet finished; the recipients not yet sent to get nothing. */
  cancel(id: number, now: Date): boolean;
  /** Registers who to tell when a broadcast was scheduled (delivery starts a due one at once instead of at the next minute). */
  whenScheduled(listener: (sendAt: Date) => void): void;
}

/** What the desk reads and writes. */
export interface BroadcastDeskDeps {
  broadcasts: BroadcastStore;
  outbox: OutboxStore;
  subscriptions: Pick<SubscriptionStore, 'listActive'>;
  /** The declared channels: who may be reached, and each channel's text limit for the preview. */
  catalog: ChannelCatalog;
}

/** Creates the desk. */
export function createBroadcastDesk(deps: BroadcastDeskDeps): BroadcastAdmin {
  const listeners: ((sendAt: Date) => void)[] = [];
  const progress = (id: number): BroadcastProgress | undefined => {
    const b = deps.broadcasts.get(id);
    if (!b) return undefined;
    const counts = deps.outbox.counts(id);
    const rows = Object.values(counts).reduce((a, n) => a + n, 0);
    // Before (or while) the broadcast is expanded at its time, the expected count is today's audience: shown as waiting.
    const expected = b.status === 'scheduled' ? (b.recipients ?? previewDraft({ text: b.text, channel: b.channel, locality: b.locality }, deps.subscriptions.listActive(), deps.catalog).recipients) : rows;
    const total = Math.max(rows, expected);
    counts.pending += total - rows;
    const finished = total - counts.pending - counts.sending;
    return { id, kind: b.kind, status: b.status, sendAt: b.sendAt, text: b.text, channel: b.channel, locality: b.locality, counts, total, finished };
  };
  return {
    preview: (draft) => previewDraft(draft, deps.subscriptions.listActive(), deps.catalog),
    schedule(draft, now) {
      const text = draft.text.trim();
      if (text === '') throw new InputError('the broadcast text is empty', 'broadcast');
      if (text.length > MAX_BROADCAST_CHARS) throw new InputError(`the broadcast text is ${text.length} characters; at most ${MAX_BROADCAST_CHARS}`, 'broadcast');
      const filters = channelFilters(deps.catalog);
      if (draft.channel !== undefined && !filters.includes(draft.channel)) {
        throw new InputError(`unknown channel "${draft.channel}": use ${filters.join(', ')}`, 'broadcast');
      }
      const locality = draft.locality?.trim() || undefined;
      const recipients = previewDraft({ ...draft, locality }, deps.subscriptions.listActive(), deps.catalog).recipients;
      const created = deps.broadcasts.create(
        { kind: 'staff', text, channel: draft.channel, locality, sendAt: draft.sendAt, createdBy: draft.createdBy },
        now,
      );
      for (const listener of listeners) listener(draft.sendAt);
      return { id: created.id, recipients };
    },
    progress,
    list: (limit = 20) => deps.broadcasts.list({ limit }).flatMap((b) => progress(b.id) ?? []),
    cancel: (id, now) => deps.broadcasts.cancel(id, now),
    whenScheduled: (listener) => void listeners.push(listener),
  };
}
