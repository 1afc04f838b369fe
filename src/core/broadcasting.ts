// Staff broadcasts as the core sees them: drafts, per-channel previews with length checks, progress, and the desk interface.
import { selectAudience, type AudienceFilter, type Recipient } from './audience.js';
import { proactiveChannels, type ChannelCatalog } from './channel.js';
import { formatLocal } from './local-time.js';
import { fill } from './messages.js';
import { splitMessage } from './text/split.js';

/** What staff write: the text and optional targeting. */
export interface BroadcastDraft extends AudienceFilter {
  text: string;
}

/** How the text looks on one channel: its parts after splitting at the channel's limit. */
export interface ChannelPreview {
  channel: string;
  recipients: number;
  limit: number;
  length: number;
  parts: string[];
  overLimit: boolean;
}

/** Recipient count and per-channel renderings of a draft. */
export interface BroadcastPreview {
  text: string;
  recipients: number;
  channels: ChannelPreview[];
}

/** Delivery states counted by progress views. */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'unconfirmed' | 'skipped' | 'cancelled';

/** Where a broadcast stands. */
export interface BroadcastProgress {
  id: number;
  kind: 'staff' | 'reminder';
  status: 'scheduled' | 'sending' | 'done' | 'cancelled';
  sendAt: Date;
  text: string;
  channel?: string;
  locality?: string;
  counts: Record<DeliveryState, number>;
  /** Rows in the outbox (0 until the broadcast is expanded at its time). */
  total: number;
  /** Rows in a final state. */
  finished: number;
}

/** What staff-facing features (Telegram /broadcast, CLI, console) use; implemented in delivery/. */
export interface BroadcastDesk {
  preview(draft: BroadcastDraft): BroadcastPreview;
  /** Stores a broadcast for `sendAt` (now or later; quiet hours still apply). Throws InputError-like errors on bad input. */
  schedule(draft: BroadcastDraft & { sendAt: Date; createdBy: string }, now: Date): { id: number; recipients: number };
  progress(id: number): BroadcastProgress | undefined;
}

/** Staff-facing texts of the chat /broadcast dialogue (prompts/subscriptions.yaml, `broadcast:`). */
export interface BroadcastTexts {
  notStaff: string;
  askText: string;
  /** {text}, {count}, {channels}. */
  preview: string;
  /** {channel}, {count}, {length}, {limit}, {warning}. */
  channelLine: string;
  /** {parts}. */
  overLimit: string;
  noRecipients: string;
  send: string;
  cancel: string;
  /** On channels without buttons: how to confirm or drop the previewed draft. */
  confirmByText: string;
  /** {id}, {count}. */
  created: string;
  cancelled: string;
  expired: string;
  empty: string;
  /** {id}. */
  notFound: string;
  /** Vietnamese names of broadcast statuses. */
  statusNames: Record<BroadcastProgress['status'], string>;
  /** Display names of channels, e.g. "zalo-oa" → "Zalo OA". */
  channelNames: Record<string, string>;
  /** Shown when a long text is shortened in the preview; {more}. */
  previewClipped: string;
  /** {id}, {status}, {at}, {bar} and one placeholder per delivery state. */
  status: string;
}

/** Text shown in a chat preview before it is shortened (a Telegram message holds 4096 characters). */
const PREVIEW_CHARS = 2500;

/** Channels a filter covers (a name or a group), for previews when nobody has subscribed there yet. */
function channelsOf(filter: string | undefined, catalog: ChannelCatalog): string[] {
  if (filter === undefined) return [];
  return proactiveChannels(catalog).filter((c) => c.name === filter || c.group === filter).map((c) => c.name);
}

/** The preview of `draft` for `subscribers` (active ones), with each channel's parts at its declared text limit. */
export function previewDraft(draft: BroadcastDraft, subscribers: readonly Recipient[], catalog: ChannelCatalog): BroadcastPreview {
  const text = draft.text.trim();
  const audience = selectAudience(subscribers, draft, catalog);
  const perChannel = new Map<string, number>(channelsOf(draft.channel, catalog).map((c) => [c, 0]));
  for (const r of audience) perChannel.set(r.channel, (perChannel.get(r.channel) ?? 0) + 1);
  const channels = [...perChannel.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([channel, recipients]) => {
      const limit = catalog.of(channel)?.textLimit;
      if (limit === undefined) return []; // never: the audience holds declared channels only
      const parts = text === '' ? [] : splitMessage(text, limit);
      return [{ channel, recipients, limit, length: text.length, parts, overLimit: text.length > limit }];
    });
  return { text, recipients: audience.length, channels };
}

/** A text progress bar: "[██████░░░░░░] 52% (5 200/10 000)". */
export function progressBar(done: number, total: number, width = 20): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  const n = (x: number) => x.toLocaleString('en-US').replace(/,/gu, ' ');
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(share * 100)}% (${n(done)}/${n(total)})`;
}

/** The Vietnamese preview: the text (shortened if very long), recipients, and each channel's length and parts. */
export function renderPreview(preview: BroadcastPreview, texts: BroadcastTexts): string {
  const more = preview.text.length - PREVIEW_CHARS;
  const shown = more > 0 ? `${preview.text.slice(0, PREVIEW_CHARS)}${fill(texts.previewClipped, { more })}` : preview.text;
  const channels = preview.channels
    .map((c) =>
      fill(texts.channelLine, {
        channel: texts.channelNames[c.channel] ?? c.channel,
        count: c.recipients,
        length: c.length,
        limit: c.limit,
        warning: c.overLimit ? fill(texts.overLimit, { parts: c.parts.length }) : '',
      }),
    )
    .join('\n');
  return fill(texts.preview, { text: shown, count: preview.recipients, channels });
}

/** The Vietnamese progress view for /broadcast_status. */
export function renderStatus(p: BroadcastProgress, texts: BroadcastTexts, timeZone: string): string {
  return fill(texts.status, {
    id: p.id,
    status: texts.statusNames[p.status],
    at: formatLocal(p.sendAt, timeZone),
    bar: progressBar(p.finished, p.total),
    ...p.counts,
  });
}
