// The contract between the composition root and each channel: set up from a narrow context, start, stop, maybe send.
import type { Hono } from 'hono';
import type { Assistant } from '../core/assistant.js';
import type { OutboundChannel } from '../core/channel.js';
import type { Messages } from '../core/messages.js';
import type { ChannelName } from '../core/types.js';
import type { Config } from '../config.js';
import type { Pacer } from '../delivery/pacer.js';
import type { Logger } from '../logger.js';
import type { InboxStore } from '../store/inbox.js';
import type { SubscriptionStore } from '../store/subscriptions.js';
import type { ZaloOaPromotionStore } from '../store/zalo-oa-promotions.js';
import type { ZaloTokenStore } from '../store/zalo-tokens.js';

/** The few shared parts a channel uses (not the whole composition): the assistant, its texts, and its own stores. */
export interface ChannelServices {
  /** Turns an incoming message into a reply; every dialogue (broadcast, feedback, subscriptions) lives behind it. */
  assistant: Assistant;
  prompts: { messages: Messages };
  /** Platform updates stored before they are acknowledged, until their reply is confirmed sent. */
  inbox: InboxStore;
  /** Consent changes a platform reports by itself (a Zalo OA follow or unfollow). */
  subscriptions: Pick<SubscriptionStore, 'optIn' | 'optOut'>;
  /** The Zalo OA token pair. */
  zaloTokens: ZaloTokenStore;
  /** The Zalo OA one-promotion-a-day ledger. */
  zaloOaPromotions: ZaloOaPromotionStore;
}

/** What a channel gets when it is set up. */
export interface ChannelContext {
  config: Config;
  logger: Logger;
  core: ChannelServices;
  /** The shared HTTP app: channels mount their webhooks here. */
  http: Hono;
  /** The pacing budget of a channel's bot token, shared with delivery; a channel makes its own when absent (tests). */
  pacerFor?: (channel: ChannelName) => Pacer;
}

/** A running (or ready) channel. */
export interface ChannelHandle {
  /** One line for the console, e.g. "Telegram: long polling". */
  description: string;
  /** Present when the channel can send proactive messages. */
  outbound?: OutboundChannel;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A channel's setup: a handle, or `{ off }` with the reason it is disabled (e.g. a missing token). */
export type ChannelSetup = (context: ChannelContext) => Promise<ChannelHandle | { off: string }>;
