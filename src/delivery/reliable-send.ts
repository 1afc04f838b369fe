// Sends one message through a channel's pacer until the platform confirms it: 429 waits retry_after, 5xx and timeouts back off.
import { setTimeout as delay } from 'node:timers/promises';
import type { SendOutcome } from '../core/channel.js';
import type { Pacer, SendPriority } from './pacer.js';
import { withDeadline } from './deadline.js';
import { REPLY_MAX_AGE_MS, SEND_TIMEOUT_MS, transientBackoffMs } from './tuning.js';

/** How one message is sent. */
export interface ReliableSendOptions {
  pacer: Pacer;
  priority: SendPriority;
  chatId: string;
  /** Aborts waiting and sending (shutdown); the promise then rejects and nothing is recorded. */
  signal: AbortSignal;
  /** Per-attempt timeout (default SEND_TIMEOUT_MS): a hung call is abandoned and retried. */
  timeoutMs?: number;
  /** 5xx and timeouts are retried until this age since `startedAt` (default REPLY_MAX_AGE_MS). */
  maxAgeMs?: number;
  startedAt?: number;
  backoffMs?: (attempt: number) => number;
}

/**
 * Calls `attempt` (with a signal that aborts on timeout or shutdown) until it succeeds. A 429 makes the chat (or,
 * when 429s cluster, the whole token) wait retry_after and tries again — never dropped; 5xx, network errors and timeouts back off up to the
 * bounded age and then return the last failure; blocked and other permanent failures return at once.
 */
export async function sendReliably(attempt: (signal: AbortSignal) => Promise<SendOutcome>, options: ReliableSendOptions): Promise<SendOutcome> {
  const { pacer, signal } = options;
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const maxAgeMs = options.maxAgeMs ?? REPLY_MAX_AGE_MS;
  const startedAt = options.startedAt ?? Date.now();
  const backoff = options.backoffMs ?? transientBackoffMs;
  for (let failures = 1; ; ) {
    signal.throwIfAborted();
    await pacer.acquire(options.priority, options.chatId, signal);
    const outcome = await withDeadline(timeoutMs, signal, attempt);
    if (outcome.ok) return outcome;
    signal.throwIfAborted();
    if (outcome.kind === 'rate_limited') {
      pacer.rateLimited(options.chatId, outcome.retryAfterMs);
      continue;
    }
    if (outcome.kind !== 'transient' || Date.now() - startedAt >= maxAgeMs) return outcome;
    await delay(backoff(failures++), undefined, { signal });
  }
}
