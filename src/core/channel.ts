// The channel contract, owned by core: what a channel is and can do (capabilities), and its outbound side (send()).
import type { ChannelName, ReplyButton } from './types.js';

/** How a channel shows reply buttons: as tappable inline buttons, or as options the resident types back. */
export type ButtonStyle = 'inline' | 'typed';

/**
 * What a channel declares about itself. Core reads these instead of naming channels: the broadcast preview
 * (text limit), targeting and opt-in (may message first), dialogues (button style) and pacing (send rate).
 */
export interface ChannelCapabilities {
  name: ChannelName;
  /** The name staff read in the console ("Zalo OA"). */
  label: string;
  /** Longest text one platform message may carry; longer texts go out in several messages. */
  textLimit: number;
  buttons: ButtonStyle;
  /** True when the bot may write to a chat first (broadcasts, reminders, corrections); false for the web chat. */
  mayMessageFirst: boolean;
  /** Messages per second one bot token of this channel may send (one budget for replies and broadcasts). */
  sendRate: number;
  /** User ids allowed to broadcast from this channel (its staff list in the settings); empty for none. */
  staffIds: readonly string[];
  /** A broadcast filter naming this channel with others (e.g. "zalo" for zalo-bot and zalo-oa). */
  group?: string;
}

/** The channels Loa knows (on or off), by name. Built once by the composition root from each channel's declaration. */
export interface ChannelCatalog {
  /** Capabilities of `name`; undefined for a channel nobody declared (e.g. the CLI). */
  of(name: string): ChannelCapabilities | undefined;
  /** Every declared channel, in declaration order. */
  readonly all: readonly ChannelCapabilities[];
}

/** A catalog over `declared` (names must be unique). */
export function createChannelCatalog(declared: readonly ChannelCapabilities[]): ChannelCatalog {
  const byName = new Map(declared.map((c) => [c.name as string, c]));
  if (byName.size !== declared.length) throw new Error('createChannelCatalog: a channel is declared twice');
  return { of: (name) => byName.get(name), all: [...declared] };
}

/** Channels that may message first, i.e. those broadcasts, reminders and subscriptions reach. */
export function proactiveChannels(catalog: ChannelCatalog): ChannelCapabilities[] {
  return catalog.all.filter((c) => c.mayMessageFirst);
}

/** Channel filters staff may use for a broadcast: each proactive channel's name, and each group ("zalo"). */
export function channelFilters(catalog: ChannelCatalog): string[] {
  const proactive = proactiveChannels(catalog);
  const groups = proactive.flatMap((c) => (c.group ? [c.group] : []));
  return [...new Set([...proactive.map((c) => c.name as string), ...groups])].sort();
}

/** What happened to one outbound message. */
export type SendOutcome =
  | { ok: true }
  /** The platform asked to slow down; retry after this many milliseconds. */
  | { ok: false; kind: 'rate_limited'; retryAfterMs: number; message: string }
  /** The user blocked the bot or the chat no longer exists: never retry. */
  | { ok: false; kind: 'blocked'; message: string }
  /** Network error or 5xx: retry with backoff. */
  | { ok: false; kind: 'transient'; message: string }
  /** Anything else (bad request, bad token): do not retry. */
  | { ok: false; kind: 'permanent'; message: string };

/** A channel able to send proactive messages (broadcasts, reminders, corrections). */
export interface OutboundChannel {
  name: ChannelName;
  /** Longest text one platform message may carry (the channel's declared `textLimit`). */
  maxLength: number;
  /** Sends plain text (split if needed) to a chat. Never throws. */
  send(chatId: string, text: string, buttons?: ReplyButton[][]): Promise<SendOutcome>;
}
