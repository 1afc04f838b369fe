// The outbound side of a channel, as the core and delivery see it: send text to a chat and learn what happened.
import type { ChannelName, ReplyButton } from './types.js';

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
  /** Longest text one platform message may carry. */
  maxLength: number;
  /** Sends plain text (split if needed) to a chat. Never throws. */
  send(chatId: string, text: string, buttons?: ReplyButton[][]): Promise<SendOutcome>;
}
