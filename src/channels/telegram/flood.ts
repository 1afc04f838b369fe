// Per-user flood control: beyond `limit` updates per window, updates are dropped and the user is told once.
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';
import { describeError } from './redact.js';

/** How many updates one user may send per window. */
export interface FloodLimit {
  limit: number;
  windowMs: number;
}

/** Default: 5 messages per 10 seconds per user. */
export const DEFAULT_FLOOD_LIMIT: FloodLimit = { limit: 5, windowMs: 10_000 };

/** Rate-limits by sender id; the first excess update of a window gets `floodText` as a reply. */
export function createFloodControl(floodText: string, { limit: count, windowMs }: FloodLimit = DEFAULT_FLOOD_LIMIT): MiddlewareFn<BotContext> {
  return limit<BotContext, never>({
    limit: count,
    timeFrame: windowMs,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      ctx.log.info({ user: ctx.from?.id }, 'flood limit reached');
      if (!ctx.chat) return;
      await ctx.reply(floodText).catch((error: unknown) => ctx.log.warn({ error: describeError(error) }, 'flood notice not sent'));
    },
  });
}
