// Answers Zalo Bot updates: claims each one durably (answered once, even across restarts), then replies in the background.
import type { Assistant } from '../../core/assistant.js';
import type { Messages } from '../../core/messages.js';
import type { ProcessedUpdates } from '../../store/processed-updates.js';
import type { Logger } from '../../logger.js';
import { renderTextOnly } from '../../core/text/render.js';
import type { ZaloBotSender } from './send-text.js';
import type { ZaloBotTexts } from './texts.js';
import { dedupeKey, HIDDEN_CONTENT_EVENT, toIncoming, type ZaloBotUpdate } from './update.js';

/** What happened to an update handed to `accept`. */
export type Acceptance = 'accepted' | 'duplicate' | 'ignored';

/** Incoming side of the Zalo Bot channel, shared by the webhook and long polling. */
export interface ZaloBotUpdates {
  /** Claims the update and starts answering it without waiting; duplicates and non-message events are skipped. */
  accept(update: ZaloBotUpdate): Acceptance;
  /** Resolves once every accepted update has been answered (or has failed and been logged). */
  idle(): Promise<void>;
}

/** Dependencies of the update handler. */
export interface ZaloBotUpdatesDeps {
  assistant: Assistant;
  processed: ProcessedUpdates;
  sender: ZaloBotSender;
  messages: Messages;
  texts: ZaloBotTexts;
  logger: Logger;
  now?: () => Date;
}

/** Creates the update handler. */
export function createZaloBotUpdates(deps: ZaloBotUpdatesDeps): ZaloBotUpdates {
  const now = deps.now ?? (() => new Date());
  const pending = new Set<Promise<void>>();

  const answer = async (update: ZaloBotUpdate, chatId: string): Promise<void> => {
    const logger = deps.logger.child({ event: update.event_name, chatId });
    let text: string;
    if (update.event_name === HIDDEN_CONTENT_EVENT) {
      text = deps.texts.hiddenContent;
    } else {
      const incoming = toIncoming(update, now());
      if (!incoming) return;
      await deps.sender.typing(chatId);
      text = renderTextOnly(await deps.assistant.handle(incoming), deps.messages);
    }
    const outcome = await deps.sender.send(chatId, text);
    if (!outcome.ok) logger.warn(`Zalo Bot reply not delivered (${outcome.kind}: ${outcome.message})`);
  };

  return {
    accept(update) {
      const chatId = update.message?.chat.id;
      if (!chatId || !update.event_name.startsWith('message.')) return 'ignored';
      const key = dedupeKey(update);
      if (key !== undefined && !deps.processed.claim('zalo-bot', key)) return 'duplicate';
      const task = answer(update, chatId)
        .catch((error: unknown) => deps.logger.error({ err: error, event: update.event_name }, 'Zalo Bot update failed'))
        .finally(() => pending.delete(task));
      pending.add(task);
      return 'accepted';
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
