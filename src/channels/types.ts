// The contract between main.ts and each channel: set up from shared context, start, stop, maybe send.
import type { Composer, Context } from 'grammy';
import type { Hono } from 'hono';
import type { OutboundChannel } from '../core/channel.js';
import type { ChannelName } from '../core/types.js';
import type { Config } from '../config.js';
import type { Pacer } from '../delivery/pacer.js';
import type { Logger } from '../logger.js';
import type { Core } from '../main.js';

/** What a channel gets when it is set up. */
export interface ChannelContext {
  config: Config;
  logger: Logger;
  core: Core;
  /** The shared HTTP app: channels mount their webhooks here. */
  http: Hono;
  /** Builds the feature Composers (subscriptions, broadcasts, feedback) the Telegram bot installs before its question handler; called only when Telegram is on. */
  telegramComposers?: () => Promise<Composer<Context>[]>;
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
