// The outbox worker: sends due rows through each channel's limiter, records every outcome, and never sends a row twice.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { OutboundChannel, SendOutcome } from '../core/channel.js';
import { nextSendable, type QuietHours } from '../core/quiet-hours.js';
import { splitMessage } from '../core/text/split.js';
import type { Address, ChannelName } from '../core/types.js';
import type { Logger } from '../logger.js';
import type { OutboxItem, OutboxStore } from '../store/outbox.js';
import type { Clock } from './clock.js';
import type { RateLimiter } from './rate-limit.js';
import { OUTBOX_429_STREAK, OUTBOX_MAX_RETRY_AGE_MS } from './tuning.js';

/** A channel the dispatcher can send on, with its own limiter. */
export interface DeliveryChannel {
  outbound: OutboundChannel;
  limiter: RateLimiter;
}

/** Consent checks made right before each send, and the "blocked the bot" update. */
export interface DeliveryConsent {
  isActive(address: Address): boolean;
  markInactive(address: Address, method: string, at: Date): void;
}

/** Dependencies and tuning of the dispatcher. */
export interface DispatcherDeps {
  outbox: OutboxStore;
  consent: DeliveryConsent;
  channels: readonly DeliveryChannel[];
  quietHours: QuietHours;
  clock: Clock;
  logger?: Logger;
  /** Called when the loop runs out of due rows, e.g. to mark finished broadcasts done. */
  onIdle?: () => void;
  /** Sends in flight at once per process (default 16): enough to keep a slow platform at its rate. */
  maxInFlight?: number;
  /** Rows read per query (default 50). */
  batchSize?: number;
  /** How long after its first 5xx / network failure a row is still retried (default OUTBOX_MAX_RETRY_AGE_MS); a 429
   * is always retried after its retry_after. */
  maxRetryAgeMs?: number;
  /** Wait before retry number `attempt` after a 5xx or network error (default 1 s, 2 s, 4 s… up to 60 s). */
  backoffMs?: (attempt: number) => number;
  /** Longest sleep when nothing is due (default 60 s); `wake()` cuts it short. */
  idleMs?: number;
}

/** The running worker. */
export interface Dispatcher {
  /** Marks rows a previous process left in 'sending' as unconfirmed, then sends until stopped. */
  start(): void;
  /** Cuts an idle sleep short and reads the due rows again (a broadcast was just expanded, a correction queued). */
  wake(): void;
  /** Stops taking rows and waits until every send in flight is recorded. */
  stop(): Promise<void>;
  /** Recovers, then sends until nothing is pending on its channels (tests, benchmarks). */
  drain(): Promise<void>;
}

/**
 * Creates the dispatcher. Per row: wait for the channel's limiter, check the recipient is still subscribed,
 * commit 'sending', send, commit the outcome. A row is sent only after 'sending' is committed and is resent
 * only when the platform said it did not deliver (429, 5xx, network error), so a crash can leave at most the
 * rows in flight unconfirmed — never a duplicate. Each step yields to the event loop, so answers to residents are not
 * held up by a running broadcast. Console corrections come first in each read of due rows and need no subscription.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { outbox, consent, clock } = deps;
  const maxInFlight = deps.maxInFlight ?? 16;
  const batchSize = deps.batchSize ?? 50;
  const maxRetryAgeMs = deps.maxRetryAgeMs ?? OUTBOX_MAX_RETRY_AGE_MS;
  const backoff = deps.backoffMs ?? ((attempt: number) => Math.min(60_000, 1000 * 2 ** (attempt - 1)));
  const idleMs = deps.idleMs ?? 60_000;
  const channels = new Map<string, DeliveryChannel>(deps.channels.map((c) => [c.outbound.name, c]));
  const names = [...channels.keys()];
  const streaks = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const costs = new Map<string, number>();
  let stopping = false;
  let sleeper = new AbortController();
  /** Set by wake(): the batch in hand is left so that newly queued rows (a correction goes first) are read. */
  let reread = false;
  let running: Promise<void> | undefined;

  const sleep = async (ms: number) => {
    if (stopping || ms <= 0) return;
    await clock.sleep(ms, sleeper.signal);
    if (sleeper.signal.aborted) sleeper = new AbortController();
  };

  const costOf = (text: string, channel: DeliveryChannel) => {
    const key = `${channel.outbound.name}:${text}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = Math.max(1, splitMessage(text, channel.outbound.maxLength).length);
      if (costs.size > 100) costs.clear();
      costs.set(key, cost);
    }
    return cost;
  };

  const record = (item: OutboxItem, channel: DeliveryChannel, outcome: SendOutcome) => {
    const now = clock.now();
    const name = item.channel;
    if (outcome.ok) {
      streaks.set(name, 0);
      outbox.markSent(item.id, now);
      return;
    }
    const attempts = item.attempts + 1;
    deps.logger?.debug({ channel: name, chat: item.chatId, outbox: item.id, kind: outcome.kind, error: outcome.message }, 'broadcast send failed');
    if (outcome.kind === 'rate_limited') {
      const streak = (streaks.get(name) ?? 0) + 1;
      streaks.set(name, streak);
      if (streak >= OUTBOX_429_STREAK) channel.limiter.pauseUntil(now + outcome.retryAfterMs);
      outbox.retryAt(item.id, now + outcome.retryAfterMs, outcome.message, now, false);
      return;
    }
    streaks.set(name, 0);
    if (outcome.kind === 'blocked') {
      outbox.markFailed(item.id, `blocked: ${outcome.message}`, now);
      consent.markInactive({ channel: name as ChannelName, chatId: item.chatId }, `delivery:${outcome.message}`.slice(0, 120), new Date(now));
    } else if (outcome.kind === 'transient' && now - (item.firstFailedAt ?? now) < maxRetryAgeMs) {
      outbox.retryAt(item.id, now + backoff(attempts), outcome.message, now, true);
    } else if (outcome.kind === 'transient') {
      outbox.markFailed(item.id, `${outcome.message} (gave up after ${Math.round((now - (item.firstFailedAt ?? now)) / 60_000)} min)`, now);
    } else {
      outbox.markFailed(item.id, outcome.message, now);
    }
  };

  const send = async (item: OutboxItem, channel: DeliveryChannel) => {
    let outcome: SendOutcome;
    try {
      outcome = await channel.outbound.send(item.chatId, item.text);
    } catch (error) {
      outcome = { ok: false, kind: 'transient', message: (error as Error).message };
    }
    try {
      record(item, channel, outcome);
    } catch (error) {
      deps.logger?.error({ err: error, outbox: item.id }, 'could not record a send outcome; the row stays "sending" and becomes unconfirmed on restart');
    }
  };

  /** Handles one due row: pace, check consent, claim, send (not awaited). False when quiet hours began. */
  const dispatch = async (item: OutboxItem): Promise<boolean> => {
    const channel = channels.get(item.channel);
    if (!channel) return true;
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    const cost = costOf(item.text, channel);
    for (;;) {
      if (stopping) return true;
      const now = clock.now();
      if (nextSendable(new Date(now), deps.quietHours).getTime() > now) return false;
      const permit = channel.limiter.take(item.chatId, now, cost);
      if (permit.ok) break;
      if (permit.scope === 'chat') {
        outbox.defer(item.id, now + permit.waitMs);
        return true;
      }
      await sleep(permit.waitMs);
    }
    const now = clock.now();
    const address = { channel: item.channel as ChannelName, chatId: item.chatId };
    // A correction answers the resident's own question: it needs no subscription (a block is still recorded below).
    if (!item.correction && !consent.isActive(address)) {
      outbox.markSkipped(item.id, 'not subscribed at send time', now);
      return true;
    }
    if (!outbox.claim(item.id, now)) return true;
    const task = send(item, channel).finally(() => inFlight.delete(task));
    inFlight.add(task);
    return true;
  };

  const loop = async (untilIdle: boolean) => {
    const recovered = outbox.recoverInterrupted(clock.now());
    if (recovered > 0) deps.logger?.warn(`${recovered} broadcast message(s) were in flight at the last stop: marked unconfirmed, not resent`);
    while (!stopping) {
      const now = clock.now();
      const sendable = nextSendable(new Date(now), deps.quietHours).getTime();
      if (sendable > now) {
        await Promise.all(inFlight);
        if (untilIdle && outbox.nextDueAt(names) === undefined) break;
        await sleep(sendable - now);
        continue;
      }
      const items = outbox.due(now, batchSize, names);
      if (items.length === 0) {
        await Promise.all(inFlight);
        deps.onIdle?.();
        const next = outbox.nextDueAt(names);
        if (next === undefined && untilIdle) break;
        await sleep(next === undefined ? idleMs : Math.min(idleMs, Math.max(1, next - clock.now())));
        continue;
      }
      reread = false;
      for (const item of items) {
        if (stopping || !(await dispatch(item))) break;
        await yieldToEventLoop();
        if (reread) break;
      }
    }
    await Promise.all(inFlight);
  };

  const run = (untilIdle: boolean) => {
    stopping = false;
    running = loop(untilIdle).catch((error: unknown) => {
      deps.logger?.error({ err: error }, 'broadcast dispatcher stopped on an error; pending messages stay queued');
    });
    return running;
  };

  return {
    start() {
      if (!running) void run(false);
    },
    wake() {
      reread = true;
      sleeper.abort();
    },
    async stop() {
      stopping = true;
      sleeper.abort();
      await running;
      running = undefined;
    },
    async drain() {
      await run(true);
      running = undefined;
    },
  };
}
