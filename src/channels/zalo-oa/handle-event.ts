// Acts on Zalo OA events: answers texts, politely declines other messages, subscribes on follow, unsubscribes on unfollow.
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import type { Address, IncomingMessage } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { ProcessedUpdates } from '../../store/processed-updates.js';
import type { SubscriptionStore } from '../../store/subscriptions.js';
import type { OaEvent } from './events.js';
import { renderTextOnly } from '../../core/text/render.js';
import type { ZaloOaSender } from './send-text.js';
import type { ZaloOaTexts } from './texts.js';

/** Incoming side of the Zalo OA channel. */
export interface ZaloOaEvents {
  /** Claims the event durably and handles it without waiting; false for a duplicate. */
  accept(event: OaEvent): boolean;
  /** Resolves once every accepted event has been handled (or has failed and been logged). */
  idle(): Promise<void>;
}

/** Dependencies of the event handler. */
export interface ZaloOaEventsDeps {
  assistant: Assistant;
  processed: ProcessedUpdates;
  subscriptions: SubscriptionStore;
  sender: ZaloOaSender;
  messages: Messages;
  texts: ZaloOaTexts;
  logger: Logger;
  now?: () => Date;
}

/** Creates the event handler. */
export function createZaloOaEvents(deps: ZaloOaEventsDeps): ZaloOaEvents {
  const now = deps.now ?? (() => new Date());
  const pending = new Set<Promise<void>>();

  const reply = async (userId: string, text: string, event: OaEvent['type']): Promise<void> => {
    const outcome = await deps.sender.send(userId, text);
    if (!outcome.ok) deps.logger.warn({ userId, event }, `Zalo OA reply not delivered (${outcome.kind}: ${outcome.message})`);
  };

  const handle = async (event: OaEvent): Promise<void> => {
    const address: Address = { channel: 'zalo-oa', chatId: event.userId };
    switch (event.type) {
      case 'follow':
        deps.subscriptions.optIn(address, event.userId, 'zalo-oa:follow', now());
        return reply(event.userId, deps.texts.oaFollowWelcome, event.type);
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
        return reply(event.userId, renderTextOnly(await deps.assistant.handle(incoming), deps.messages), event.type);
      }
    }
  };

  return {
    accept(event) {
      if (!deps.processed.claim('zalo-oa', event.key)) return false;
      const task = handle(event)
        .catch((error: unknown) => deps.logger.error({ err: error, event: event.type }, 'Zalo OA event failed'))
        .finally(() => pending.delete(task));
      pending.add(task);
      return true;
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
