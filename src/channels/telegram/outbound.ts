// Proactive sends (broadcasts, reminders) to Telegram chats, reporting what happened instead of retrying.
import { Api } from 'grammy';
import type { OutboundChannel } from '../../core/channel.js';
import type { CallbackData } from './callback-data.js';
import { TELEGRAM_TEXT_LIMIT, toMessages } from './render.js';
import { sendMessages } from './send-text.js';
import { toSendOutcome } from './send-outcome.js';

/** What the outbound sender needs. */
export interface TelegramOutboundDeps {
  apiRoot: string;
  callbackData: CallbackData;
}

/**
 * Creates the Telegram OutboundChannel. It uses its own Api without auto-retry, so a 429 comes back as
 * `rate_limited` with Telegram's retry_after for the delivery engine to honour. A text longer than 4096
 * characters goes out as several messages; if a later part fails, the earlier parts were already delivered.
 */
export function createTelegramOutbound(token: string, deps: TelegramOutboundDeps): OutboundChannel {
  const api = new Api(token, { apiRoot: deps.apiRoot });
  return {
    name: 'telegram',
    maxLength: TELEGRAM_TEXT_LIMIT,
    async send(chatId, text, buttons) {
      const messages = toMessages(text, buttons, deps.callbackData);
      if (messages.length === 0) return { ok: false, kind: 'permanent', message: 'nothing to send: the text is empty' };
      try {
        await sendMessages(api, chatId, messages);
        return { ok: true };
      } catch (error) {
        return toSendOutcome(error);
      }
    },
  };
}
