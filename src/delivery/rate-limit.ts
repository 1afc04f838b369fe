// Per-channel pacing, a pure function of `now`: at most N messages in any second overall, and one per second per chat.

/** The answer to "may I send now?". `scope` says whether the whole channel or only this chat must wait. */
export type Permit = { ok: true } | { ok: false; waitMs: number; scope: 'global' | 'chat' };

/** A channel's limiter. Nothing here sleeps: callers wait `waitMs` and ask again. */
export interface RateLimiter {
  /** Asks to send `cost` platform messages (a long text is split) to `chatId` at `now`; a granted permit is recorded. */
  take(chatId: string, now: number, cost?: number): Permit;
  /** Holds the whole channel until `until` (the platform said to slow down). */
  pauseUntil(until: number): void;
}

/**
 * How far behind schedule a sender may catch up: when the event loop wakes it late, the missed slots are used
 * at once instead of lost (the one-second window still caps the count).
 */
const CATCH_UP_MS = 20;

/** Minimum gap between two messages to the same chat (Telegram: about one per second). */
const PER_CHAT_MS = 1000;

/** Limits of one channel. */
export interface RateLimitOptions {
  /** Messages per second overall (TELEGRAM_BROADCAST_RATE, ZALO_BROADCAST_RATE). */
  perSecond: number;
}

/**
 * Creates a limiter that spaces messages evenly (one every window/perSecond ms, catching up a few slots when
 * timers fire late) and never grants more than `perSecond` in any sliding window: the even spacing keeps
 * answers to residents flowing between broadcast messages, the window is the hard guarantee.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const perSecond = Math.max(1, Math.floor(options.perSecond));
  const window = 1000;
  const interval = window / perSecond;
  const perChat = PER_CHAT_MS;
  const catchUp = Math.max(interval, CATCH_UP_MS);
  const log: number[] = [];
  const lastByChat = new Map<string, number>();
  let tat = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let grants = 0;

  const prune = (now: number) => {
    for (const [chat, at] of lastByChat) if (now - at >= perChat) lastByChat.delete(chat);
  };

  return {
    take(chatId, now, cost = 1) {
      const n = Math.min(Math.max(1, Math.floor(cost)), perSecond);
      if (now < pausedUntil) return { ok: false, waitMs: pausedUntil - now, scope: 'global' };
      const last = lastByChat.get(chatId);
      if (last !== undefined && now - last < perChat) return { ok: false, waitMs: last + perChat - now, scope: 'chat' };
      if (now < tat - catchUp) return { ok: false, waitMs: Math.ceil(tat - catchUp - now), scope: 'global' };
      while (log.length > 0 && (log[0] ?? 0) <= now - window) log.shift();
      if (log.length + n > perSecond) {
        const oldestToLeave = log[log.length + n - perSecond - 1] ?? now;
        return { ok: false, waitMs: Math.max(1, oldestToLeave + window - now), scope: 'global' };
      }
      for (let i = 0; i < n; i++) log.push(now);
      tat = Math.max(tat, now) + interval * n;
      lastByChat.set(chatId, now);
      if (++grants % 1000 === 0) prune(now);
      return { ok: true };
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until);
    },
  };
}
