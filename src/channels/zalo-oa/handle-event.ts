// Acts on Zalo OA events through the durable inbox: answers texts, declines other messages, subscribes on follow, unsubscribes on unfollow.
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import type { Address, IncomingMessage } from '../../core/types.js';
import { renderTextOnly } from '../../core/text/render.js';
import { createInboxWorker, ReplyFailed, type InboxJob } from '../../delivery/inbox-worker.js';
import type { Pacer } from '../../delivery/pacer.js';
import { sendReliably } from '../../delivery/reliable-send.js';
import type { Logger } from '../../logger.js';
import type { InboxStore } from '../../store/inbox.js';
import type { SubscriptionStore } from '../../store/subscriptions.js';
import type { OaEvent } from './events.js';
import type { ZaloOaSender } from './send-text.js';
import type { ZaloOaTexts } from './texts.js';

/** Incoming side of the Zalo OA channel. */
export interface ZaloOaEvents {
  /** Stores the event (synchronously, before the webhook acknowledges it); false for a duplicate. */
  accept(event: OaEvent): boolean;
  /** Starts handling stored events, including those a previous process left unfinished. */
  start(): void;
  /** Resolves once every stored event has been handled (or has failed and been logged). */
  idle(): Promise<void>;
  /** Stops handling; unfinished events resume at the next start. */
  stop(): Promise<void>;
}

/** Timing of replies (tests shorten it). */
export interface ZaloOaReplyTiming {
  maxAgeMs?: number;
  backoffMs?: (attempt: number) => number;
  stopGraceMs?: number;
}

/** Dependencies of the event handler. */
export interface ZaloOaEventsDeps {
  assistant: Assistant;
  store: InboxStore;
  pacer: Pacer;
  subscriptions: Pick<SubscriptionStore, 'optIn' | 'optOut'>;
  sender: ZaloOaSender;
  messages: Messages;
  texts: ZaloOaTexts;
  logger: Logger;
  timing?: ZaloOaReplyTiming;
  now?: () => Date;
}

/** Creates the event handler (not started). */
export function createZaloOaEvents(deps: ZaloOaEventsDeps): ZaloOaEvents {
  const now = deps.now ?? (() => new Date());
  const timing = deps.timing ?? {};

  /** The reply is one journaled step: the OA sender splits and sends its parts itself. */
  const reply = (job: InboxJob, userId: string, text: string) =>
    job.once(0, async () => {
      const outcome = await sendReliably(() => deps.sender.send(userId, text), {
        pacer: deps.pacer,
        priority: 'reply',
        chatId: userId,
        signal: job.signal,
        maxAgeMs: timing.maxAgeMs,
        backoffMs: timing.backoffMs,
      });
      if (!outcome.ok) throw new ReplyFailed(`${outcome.kind}: ${outcome.message}`);
      return true;
    });

  const handle = async (job: InboxJob): Promise<void> => {
    const event = job.item.payload as OaEvent;
    const address: Address = { channel: 'zalo-oa', chatId: event.userId };
    switch (event.type) {
      case 'follow':
        deps.subscriptions.optIn(address, event.userId, 'zalo-oa:follow', now());
        await reply(job, event.userId, deps.texts.oaFollowWelcome);
        return;
      case 'unfollow':
        deps.subscriptions.optOut(address, event.userId, 'zalo-oa:unfollow', now());
        return;
      case 'text':
      case 'unsupported': {
        const incoming: IncomingMessage = {
          address,
          userId: event.userId,
          kind: event.type === 'text' ? 'text' : 'unsupported',
          text: event.type === 'text' ? event.text : '',
          receivedAt: now(),
        };
        await reply(job, event.userId, renderTextOnly(await deps.assistant.handle(incoming), deps.messages));
      }
    }
  };

  const worker = createInboxWorker({ store: deps.store, channel: 'zalo-oa', handle, logger: deps.logger, stopGraceMs: timing.stopGraceMs });
  return {
    accept: (event) => worker.accept(event.key, event.userId, event),
    start: () => worker.start(),
    idle: () => worker.idle(),
    stop: () => worker.stop(),
  };
}
