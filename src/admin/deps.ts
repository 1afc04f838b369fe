// What the console needs from the composition root, and the per-request variables its middleware sets.
import type { OutboundChannel } from '../core/channel.js';
import type { Logger } from '../logger.js';
import type { AdminStores } from '../store/admin.js';
import type { StaffMember } from '../store/staff.js';
import type { StaffSession } from '../store/sessions.js';
import type { SubscriptionStore } from '../store/subscriptions.js';
import type { LoginLimits } from './login-limiter.js';

/** Dependencies of the console, built by main.ts. */
export interface AdminDeps extends AdminStores {
  subscriptions: SubscriptionStore;
  /** Channels able to send proactive messages (corrections to residents); read per request. */
  outbound: () => readonly OutboundChannel[];
  logger: Logger;
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
