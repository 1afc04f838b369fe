// One pacing budget per bot token, shared by replies, corrections, reminders and broadcasts, highest priority first.
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import { TOKEN_429_BURST } from './tuning.js';

/** Who is waiting to send: a resident who just wrote goes first, then console corrections, then broadcasts. */
export type SendPriority = 'reply' | 'correction' | 'broadcast';

const ORDER: readonly SendPriority[] = ['reply', 'correction', 'broadcast'];

/** The shared budget of one bot token. */
export interface Pacer {
  /** Resolves when a message to `chatId` may be sent; waiters of a higher priority are served first. Rejects when `signal` aborts. */
  acquire(priority: SendPriority, chatId: string, signal?: AbortSignal): Promise<void>;
  /** Nobody on this token sends for `ms`. */
  pauseFor(ms: number): void;
  /**
   * The platform answered 429 for `chatId`: that chat waits `retryAfterMs`; when 429s cluster (TOKEN_429_BURST within
   * a second) the token is over its limit and everyone waits.
   */
  rateLimited(chatId: string, retryAfterMs: number): void;
  /** A limiter view for the broadcast dispatcher: it is granted a slot only when no reply or correction waits. */
  limiter: RateLimiter;
  /** Senders waiting now (for benchmarks and tests). */
  waiting(): number;
}

interface Waiter {
  chatId: string;
  resolve(): void;
  reject(error: unknown): void;
}

/** How soon a broadcast asks again when replies are queued ahead of it. */
const YIELD_MS = 20;

/** Creates a pacer granting at most `perSecond` messages in any second (and about one per second per chat). */
export function createPacer(options: { perSecond: number; now?: () => number }): Pacer {
  const now = options.now ?? (() => Date.now());
  const limiter = createRateLimiter({ perSecond: options.perSecond });
  const queues = new Map<SendPriority, Waiter[]>(ORDER.map((p) => [p, []]));
  let timer: NodeJS.Timeout | undefined;
  const heldChats = new Map<string, number>();
  let recent429: number[] = [];
  const size = () => ORDER.reduce((n, p) => n + (queues.get(p)?.length ?? 0), 0);

  const schedule = (ms: number) => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void pump();
    }, Math.max(1, ms));
  };

  /** Grants every waiter it can, in priority order; true when a waiter is still held by the token's budget (not only by its chat). */
  const pump = (): boolean => {
    let soonest = Number.POSITIVE_INFINITY;
    for (const priority of ORDER) {
      const queue = queues.get(priority) ?? [];
      for (let i = 0; i < queue.length; ) {
        const waiter = queue[i]!;
        const held = heldChats.get(waiter.chatId);
        if (held !== undefined) {
          if (held > now()) {
            soonest = Math.min(soonest, held - now());
            i++;
            continue;
          }
          heldChats.delete(waiter.chatId);
        }
        const permit = limiter.take(waiter.chatId, now());
        if (permit.ok) {
          queue.splice(i, 1);
          waiter.resolve();
          continue;
        }
        soonest = Math.min(soonest, permit.waitMs);
        if (permit.scope === 'global') {
          schedule(permit.waitMs);
          return true;
        }
        i++;
      }
    }
    if (Number.isFinite(soonest)) schedule(soonest);
    return false;
  };

  return {
    acquire(priority, chatId, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const queue = queues.get(priority)!;
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          chatId,
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject,
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
        void pump();
      });
    },
    pauseFor(ms) {
      limiter.pauseUntil(now() + ms);
    },
    rateLimited(chatId, retryAfterMs) {
      const t = now();
      recent429 = [...recent429.filter((at) => t - at < 1000), t];
      if (recent429.length >= TOKEN_429_BURST) limiter.pauseUntil(t + retryAfterMs);
      else heldChats.set(chatId, t + retryAfterMs);
    },
    limiter: {
      take(chatId, at, cost) {
        // Replies waiting only for their own chat's one-per-second slot do not hold broadcasts back.
        if (size() > 0 && pump()) return { ok: false, waitMs: YIELD_MS, scope: 'global' };
        return limiter.take(chatId, at, cost);
      },
      pauseUntil: (until) => limiter.pauseUntil(until),
    },
    waiting: size,
  };
}
