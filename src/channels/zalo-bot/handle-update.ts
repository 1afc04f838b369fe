// Answers Zalo Bot updates through the durable inbox: stored once (by message id, or a hash when there is none), answered in order per chat.
import { createHash } from 'node:crypto';
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import { renderTextOnly } from '../../core/text/render.js';
import { splitMessage } from '../../core/text/split.js';
import { createInboxWorker, ReplyFailed, type InboxJob } from '../../delivery/inbox-worker.js';
import type { Pacer } from '../../delivery/pacer.js';
import { sendReliably } from '../../delivery/reliable-send.js';
import type { Logger } from '../../logger.js';
import type { InboxStore } from '../../store/inbox.js';
import { ZALO_BOT_TEXT_LIMIT } from './render.js';
import type { ZaloBotSender } from './send-text.js';
import type { ZaloBotTexts } from './texts.js';
import { dedupeKey, HIDDEN_CONTENT_EVENT, toIncoming, type ZaloBotUpdate } from './update.js';

/** What happened to an update handed to `accept`. */
export type Acceptance = 'accepted' | 'duplicate' | 'ignored';

/** Incoming side of the Zalo Bot channel, shared by the webhook and long polling. */
export interface ZaloBotUpdates {
  /** Stores the update (synchronously, before the caller acknowledges it); duplicates and non-message events are skipped. */
  accept(update: ZaloBotUpdate): Acceptance;
  /** Starts answering stored updates, including those a previous process left unfinished. */
  start(): void;
  /** Resolves once every stored update has been answered (or has failed and been logged). */
  idle(): Promise<void>;
  /** Stops answering; unfinished updates resume at the next start. */
  stop(): Promise<void>;
}

/** Timing of replies (tests shorten it). */
export interface ZaloBotReplyTiming {
  /** Per-attempt timeout of a send (default SEND_TIMEOUT_MS). */
  timeoutMs?: number;
  /** How long 5xx and timeouts are retried (default REPLY_MAX_AGE_MS). */
  maxAgeMs?: number;
  backoffMs?: (attempt: number) => number;
  stopGraceMs?: number;
}

/** Dependencies of the update handler. */
export interface ZaloBotUpdatesDeps {
  assistant: Assistant;
  store: InboxStore;
  pacer: Pacer;
  sender: ZaloBotSender;
  messages: Messages;
  texts: ZaloBotTexts;
  logger: Logger;
  timing?: ZaloBotReplyTiming;
  now?: () => Date;
}

/** The inbox key: Zalo's message id when there is one, else a hash of the update, so a repeated delivery is answered once. */
export function inboxKey(update: ZaloBotUpdate): string {
  return dedupeKey(update) ?? `sha256:${createHash('sha256').update(JSON.stringify(update)).digest('hex')}`;
}

/** Creates the update handler (not started). */
export function createZaloBotUpdates(deps: ZaloBotUpdatesDeps): ZaloBotUpdates {
  const now = deps.now ?? (() => new Date());
  const timing = deps.timing ?? {};

  const answer = async (job: InboxJob): Promise<void> => {
    const update = job.item.payload as ZaloBotUpdate;
    const chatId = job.item.chatId;
    let text: string;
    if (update.event_name === HIDDEN_CONTENT_EVENT) {
      text = deps.texts.hiddenContent;
    } else {
      const incoming = toIncoming(update, now());
      if (!incoming) return;
      if (job.item.attempts === 0) await deps.sender.typing(chatId);
      text = renderTextOnly(await deps.assistant.handle(incoming), deps.messages);
    }
    const parts = splitMessage(text, ZALO_BOT_TEXT_LIMIT);
    for (const [seq, part] of parts.entries()) {
      await job.once(seq, async () => {
        const outcome = await sendReliably((signal) => deps.sender.attempt(chatId, part, signal), {
          pacer: deps.pacer,
          priority: 'reply',
          chatId,
          signal: job.signal,
          timeoutMs: timing.timeoutMs,
          maxAgeMs: timing.maxAgeMs,
          backoffMs: timing.backoffMs,
        });
        if (!outcome.ok) throw new ReplyFailed(`${outcome.kind}: ${outcome.message}`);
        return true;
      });
    }
  };

  const worker = createInboxWorker({ store: deps.store, channel: 'zalo-bot', handle: answer, logger: deps.logger, stopGraceMs: timing.stopGraceMs });
  return {
    accept(update) {
      const chatId = update.message?.chat.id;
      if (!chatId || !update.event_name.startsWith('message.')) return 'ignored';
      return worker.accept(inboxKey(update), chatId, update) ? 'accepted' : 'duplicate';
    },
    start: () => worker.start(),
    idle: () => worker.idle(),
    stop: () => worker.stop(),
  };
}
