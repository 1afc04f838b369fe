// What the console needs from the composition root, and the per-request variables its middleware sets.
import type { BroadcastDesk, BroadcastProgress } from '../core/broadcasting.js';
import type { ChannelCatalog, OutboundChannel } from '../core/channel.js';
import type { Messages } from '../core/messages.js';
import type { DocumentDesk } from '../knowledge/document-desk.js';
import type { Logger } from '../logger.js';
import type { AdminStores } from '../store/admin.js';
import type { CorrectionStore } from '../store/corrections.js';
import type { StaffMember } from '../store/staff.js';
import type { StaffSession } from '../store/sessions.js';
import type { OutboxStore } from '../store/outbox.js';
import type { SubscriptionStore } from '../store/subscriptions.js';
import type { WeekCalendarStore } from '../store/week-calendar.js';
import type { LoginLimits } from './login-limiter.js';

/** The broadcast desk with listing and cancelling (delivery/broadcast-desk.ts implements it). */
export interface BroadcastConsole extends BroadcastDesk {
  list(limit?: number): BroadcastProgress[];
  cancel(id: number, now: Date): boolean;
}

/** The Zalo OA side of a broadcast preview (channels/zalo-oa/promotion-outlook.ts implements it). */
export interface ZaloOaOutlook {
  /** Recipients outside the 48-hour window: they would get a promotion or a ZBS template message. */
  outsideWindow: number;
  /** Which of the two: a tag-3 template (ZALO_OA_TEMPLATE_ID set) or a promotion message. */
  via: 'promotion' | 'template';
  /**
   * Promotion messages Zalo says the OA may still send; undefined when it could not be read (`error` says why). For
   * templates: the quota Zalo reported with the last send, undefined before one.
   */
  quota?: number;
  /** Template messages: the most one follower may get in a month (0 for promotion messages). */
  monthlyLimit: number;
  /** Template messages: the longest text one carries (the channel's own limit for promotion messages). */
  textLimit: number;
  error?: string;
}

/** Dependencies of the console, built by main.ts. */
export interface AdminDeps extends AdminStores {
  subscriptions: SubscriptionStore;
  broadcasts: BroadcastConsole;
  /** Per-recipient rows, for the report's inactive (blocked) count. */
  outbox: Pick<OutboxStore, 'list'>;
  calendar: WeekCalendarStore;
  /** Same rule as broadcast targeting (core/reminders matchesLocality). */
  inLocality: (locality: string, place: { province?: string; ward?: string }) => boolean;
  /** The declared channels: targeting and each channel's text limit in the broadcast preview. */
  catalog: ChannelCatalog;
  /** Channels able to send proactive messages (whether a correction can reach the resident); read per request. */
  outbound: () => readonly OutboundChannel[];
  /** Corrections to residents, queued in the durable outbox (delivery sends them before broadcasts), and their state. */
  corrections: CorrectionStore;
  /** Present when Zalo OA is on: reads (from Zalo) the promotion quota a broadcast's OA recipients outside 48 hours need. */
  zaloOaPromotions?: { outlook(userIds: readonly string[]): Promise<ZaloOaOutlook> };
  /** Texts sent to residents (corrections). */
  messages: Pick<Messages, 'correctionIntro' | 'sourcesHeading'>;
  logger: Logger;
  /** Documents uploaded in the console and the index they publish to; absent → no documents section. */
  documents?: DocumentDesk;
  /** IANA zone for date filters, the per-day chart and displayed times. */
  timeZone: string;
  now?: () => Date;
  loginLimits?: LoginLimits;
  /** Secure cookies: true, false, or 'auto' (when the request came over HTTPS or X-Forwarded-Proto says https). */
  secureCookie?: boolean | 'auto';
}

/** Hono environment of console routes: the signed-in member and their session. */
export interface AdminEnv {
  Variables: {
    staff: StaffMember;
    session: StaffSession;
  };
}
